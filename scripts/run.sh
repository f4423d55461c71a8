#!/usr/bin/env bash
# Sets up and runs DirectiveTracker on its embedded default: a SQLite store in ./data (or $DTRACK_DATA),
# fed from corpus/, then answers a few searches a leader would type.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" run
cd "$here"
echo "[run] building"
dotnet build src/Cli -c Release --nologo -v quiet
dtrack() { dotnet "$here/src/Cli/bin/Release/net10.0/dtrack.dll" "$@"; }
export DTRACK_DATA="${DTRACK_DATA:-$here/data}"
echo "[run] adding corpus/ to the store in $DTRACK_DATA"
dtrack add corpus/seeds corpus/realdocs
for q in 'so noi vu' 'tuyên truyền implements:41-CT/TW' '"thi đua" due:<2025-06-30'; do
  echo
  echo "[run] dtrack search '$q'"
  dtrack search "$q" --limit 5
done
echo
echo "[run] done. Try: dotnet src/Cli/bin/Release/net10.0/dtrack.dll search \"QUERY\" (data in $DTRACK_DATA)"
