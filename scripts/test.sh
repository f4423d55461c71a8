#!/usr/bin/env bash
# Sets up and runs every test of DirectiveTracker, then prints one summary line.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" test
cd "$here"
log="$here/artifacts/test.log"
mkdir -p "$here/artifacts"
status=0
# Every project compiles, warnings as errors (dotnet test alone would not build src/Web or bench/).
if ! dotnet build DirectiveTracker.sln --nologo --no-restore -c Release -warnaserror -v quiet 2>&1 | tee "$log"; then
  echo "Tests: 0 passed, 1 failed, 0 skipped (the solution does not build)"
  exit 1
fi
dotnet test DirectiveTracker.sln --nologo --no-restore --no-build -c Release 2>&1 | tee -a "$log" || status=${PIPESTATUS[0]}
# One closing line over all test projects, summed from dotnet test's per-assembly lines.
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" \
  | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\1 \2 \3/' \
  | awk '{f+=$1; p+=$2; s+=$3} END {print p+0, f+0, s+0}')
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
