#!/usr/bin/env bash
# Load on loopback: builds a generated store of N documents (default 5,000) with bench's Lucene store builder, starts the
# web application on it, and measures the search page and the search API with bench's load generator; prints the web
# process's peak memory (VmHWM). Usage: bash bench/web-load.sh [DOCS] [SECONDS] [STORE_FOLDER]
# STORE_FOLDER keeps the built store for the next run (a store already there is reused: 100,000 documents take ~20 min).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docs="${1:-5000}"; seconds="${2:-15}"; keep="${3:-}"
data="${keep:-$(mktemp -d /tmp/dtrack-webload-XXXXXX)}"
mkdir -p "$data"
cd "$here"
dotnet build src/Cli -c Release --nologo -v quiet > /dev/null
dotnet build bench/Bench -c Release --nologo -v quiet > /dev/null
dotnet build src/Web -c Release --nologo -v quiet > /dev/null
bench() { dotnet bench/Bench/bin/Release/net10.0/DirectiveTracker.Bench.dll "$@"; }
dtrack() { dotnet src/Cli/bin/Release/net10.0/dtrack.dll "$@"; }
if [ ! -f "$data/tracker.db" ]; then
  # The search bench's generated documents (corpus paragraphs, agencies, numbers, dates varied; one seed), Lucene store only.
  bench search --build lucene --dir "$data" --docs "$docs"
  mv "$data/lucene.db" "$data/tracker.db"; mv "$data/lucene.index" "$data/tracker.index"
fi
dtrack user add bench@localhost --role leader --password benchmark-pw1 --data "$data" > /dev/null 2>&1 || true
token="$(dtrack user token bench@localhost --data "$data")"
Tracker__DataFolder="$data" Logging__LogLevel__Default=Warning dotnet src/Web/bin/Release/net10.0/DirectiveTracker.Web.dll \
  --urls http://127.0.0.1:5081 --contentRoot "$here/src/Web" > "$data/web.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; tail -5 "$data/web.log"; [ -n "$keep" ] || rm -rf "$data"' EXIT
for _ in $(seq 300); do curl -sf http://127.0.0.1:5081/health > /dev/null && break; sleep 1; done
curl -sf http://127.0.0.1:5081/health > /dev/null || { echo "the web application did not start"; exit 1; }
bench web --url http://127.0.0.1:5081 --token "$token" --email bench@localhost --password benchmark-pw1 --seconds "$seconds" --concurrency 4
echo "web process peak memory: $(grep VmHWM /proc/$pid/status | awk '{printf "%.0f MiB", $2/1024}')"
