#!/usr/bin/env bash
# Perturbation check: extracts perturbed copies of the labelled sets' documents (scripts/perturb.py: re-wrapped lines,
# blank lines dropped or doubled, other bullets, page numbers between pages, CRLF, NFD, NBSP, old tone placement …)
# and scores each kind against the same labels, beside the unperturbed copy ("none"). The blind sets (realdocs20,
# realdocs21) are never read. Perturbed files go to OUTDIR (default a new /tmp directory), never into the repository.
# Usage: bash scripts/perturb-sets.sh [OUTDIR] [KIND,KIND… | all] [SET…]
#   OUTDIR/p-KIND/NAME.json are the predictions (diff -r between builds); OUTDIR/table.txt is the table printed.
#   PERTURB_NO_BUILD=1 skips the build (a dtrack.dll already built from this tree).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d /tmp/perturb.XXXXXX)}"; mkdir -p "$out"
kinds="${2:-all}"
[ "$kinds" = all ] && kinds="$(python3 "$root/scripts/perturb.py" --kinds | tr ' ' ,)"
case ",$kinds," in *,none,*) ;; *) kinds="none,$kinds" ;; esac
shift $(( $# > 2 ? 2 : $# ))
sets=("$@")
[ ${#sets[@]} -eq 0 ] && sets=(seeds realdocs realdocs2 realdocs3 realdocs4 realdocs5 realdocs6 realdocs7 realdocs8 realdocs9 realdocs10 realdocs11 realdocs12 realdocs13 realdocs14 realdocs15 realdocs16 realdocs17 realdocs18 realdocs19)

if [ -z "${PERTURB_NO_BUILD:-}" ]; then
  dotnet build "$root/src/Cli" -c Release -v quiet --nologo > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
fi
dll="$root/src/Cli/bin/Release/net10.0/dtrack.dll"

# The labels of every chosen set in one folder, found as scripts/score-sets.sh finds them; the documents beside them.
rm -rf "$out/gold" "$out/in" "$out/x"; mkdir -p "$out/gold" "$out/in" "$out/x"
docs=()
for set in "${sets[@]}"; do
  case "$set" in realdocs20|realdocs21) echo "skipping blind set $set" >&2; continue ;; esac
  for f in "$root/corpus/$set"/*.txt; do
    stem="$(basename "${f%.*}")"
    if [ "$set" = seeds ]; then labels=("$root/corpus/gold/$stem.json")
    else labels=("$root/corpus/labels/$stem.json" "$root/corpus/labels"/r[0-9]*-"$stem.json"); fi
    for l in "${labels[@]}"; do
      if [ -f "$l" ]; then cp "$l" "$out/gold/"; docs+=("$f"); fi
    done
  done
done
python3 "$root/scripts/perturb.py" "$out/in" "$kinds" "${docs[@]}"

# One extraction for every kind (one process start), then each kind's predictions in their own folder.
dotnet "$dll" extract "$out/in" --out "$out/x" > "$out/extract.log" 2>&1 || true
IFS=, read -r -a kindlist <<< "$kinds"
for kind in "${kindlist[@]}"; do
  rm -rf "$out/p-$kind"; mkdir -p "$out/p-$kind"
  for p in "$out/x/$kind~"*.json; do [ -e "$p" ] && mv "$p" "$out/p-$kind/${p##*/$kind~}"; done
  dotnet "$dll" score "$out/gold" "$out/p-$kind" > "$out/score-$kind.txt" 2>&1
done
python3 "$root/scripts/perturb-table.py" "$out" "${kindlist[@]}" | tee "$out/table.txt"
echo "predictions in $out/p-KIND, scores in $out/score-KIND.txt"
