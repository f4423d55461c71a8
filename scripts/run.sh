#!/usr/bin/env bash
# Sets up and runs DirectiveTracker on its embedded default: a SQLite store in ./data, fed from corpus/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" run
cd "$here"
dotnet build src/Cli -c Release --nologo -v quiet
dtrack() { dotnet "$here/src/Cli/bin/Release/net10.0/dtrack.dll" "$@"; }
export DTRACK_DATA="${DTRACK_DATA:-$here/data}"
dtrack ingest corpus/seeds corpus/realdocs --summary
