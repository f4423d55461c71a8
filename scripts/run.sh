#!/usr/bin/env bash
# Sets up and runs DirectiveTracker on its embedded default: a SQLite store in ./data (or $DTRACK_DATA), fed from
# corpus/ on first run, a few searches a leader would type, then the web application on http://127.0.0.1:5080.
# DTRACK_NO_SERVE=1 stops after the searches.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" run
cd "$here"
echo "[run] building"
dotnet build src/Cli -c Release --nologo -v quiet   # builds src/Web too (dtrack user uses its account store)
dtrack() { dotnet "$here/src/Cli/bin/Release/net10.0/dtrack.dll" "$@"; }
export DTRACK_DATA="${DTRACK_DATA:-$here/data}"
echo "[run] adding corpus/ to the store in $DTRACK_DATA (unchanged files are skipped)"
dtrack add corpus/seeds corpus/realdocs
for q in 'so noi vu' 'tuyên truyền implements:41-CT/TW' '"thi đua" due:<2025-06-30'; do
  echo
  echo "[run] dtrack search '$q'"
  dtrack search "$q" --limit 5
done
echo
# The first administrator, once: its password is kept beside the data (readable by this user only) for the hint.
first="$DTRACK_DATA/first-admin.txt"
if [ ! -f "$DTRACK_DATA/users.db" ]; then
  password="$(head -c 12 /dev/urandom | base64 | tr '+/' 'xy')a1"  # Identity wants a digit and a lower-case letter
  dtrack user add admin@localhost --role admin --name "Quản trị" --password "$password"
  (umask 077; printf 'admin@localhost %s\n' "$password" > "$first")
fi
[ "${DTRACK_NO_SERVE:-0}" = "1" ] && { echo "[run] done (DTRACK_NO_SERVE=1: not serving)"; exit 0; }
echo "[run] starting the web application"
echo "[run] open http://127.0.0.1:5080 and sign in"
if [ -f "$first" ]; then
  read -r email pw < "$first"
  echo "[run]   first login: $email / $pw  (add users: dotnet src/Cli/bin/Release/net10.0/dtrack.dll user add EMAIL --role clerk|leader|agency [--agency \"Sở Nội vụ\"])"
fi
export Tracker__DataFolder="$DTRACK_DATA"
exec dotnet "$here/src/Web/bin/Release/net10.0/DirectiveTracker.Web.dll" --urls http://127.0.0.1:5080 --contentRoot "$here/src/Web"
