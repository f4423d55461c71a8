#!/usr/bin/env bash
# What one `dtrack ingest FILE.pdf` process costs against `pdftotext -raw` alone on the same file, side by side:
# rounds alternate between the readers; medians of CPU (user + sys) and wall. Variants: the CLI as built (its project
# sets TieredPGO=false), with dynamic PGO turned back on (DOTNET_TieredPGO=1), with no tiering at all, and published
# ReadyToRun (R2R=folder of `dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o FOLDER`).
# Usage: bench/cli-pdf-cost.sh FILE.pdf [ROUNDS]   (build first: dotnet build src/Cli -c Release)
set -euo pipefail
file=$1; rounds=${2:-3}
cli=${CLI:-$(dirname "$0")/../src/Cli/bin/Release/net10.0/dtrack}
variants=(pdftotext "as built" "TieredPGO=1" "TieredCompilation=0")
[[ -n "${R2R:-}" ]] && variants+=("ReadyToRun")
out=$(mktemp); trap 'rm -f "$out"' EXIT
declare -A cpu wall
for ((r = 0; r < rounds; r++)); do
  for v in "${variants[@]}"; do
    case $v in
      pdftotext) cmd=(pdftotext -raw -enc UTF-8 "$file" -) ;;
      "as built") cmd=("$cli" ingest "$file") ;;
      TieredPGO=1) cmd=(env DOTNET_TieredPGO=1 "$cli" ingest "$file") ;;
      TieredCompilation=0) cmd=(env DOTNET_TieredCompilation=0 "$cli" ingest "$file") ;;
      ReadyToRun) cmd=("$R2R/dtrack" ingest "$file") ;;
    esac
    /usr/bin/time -f "%U %S %e" -o "$out" "${cmd[@]}" > /dev/null 2>&1
    read -r u s e < "$out"
    cpu[$v]+="$(echo "$u + $s" | bc) "; wall[$v]+="$e "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
base=$(echo "${cpu[pdftotext]}" | median)
echo "$(basename "$file"): $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
for v in "${variants[@]}"; do
  c=$(echo "${cpu[$v]}" | median); w=$(echo "${wall[$v]}" | median)
  printf '  %-20s CPU %6.2f s  wall %6.2f s  CPU/pdftotext %s\n' "$v" "$c" "$w" \
    "$(if [[ $base != 0 && $base != 0.00 ]]; then echo "scale=1; $c / $base" | bc; else echo n/a; fi)"
done
