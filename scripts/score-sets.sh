#!/usr/bin/env bash
# Scores every corpus set: extracts it with the Release dtrack and scores the predictions against that set's labels
# (corpus/gold for the seeds, corpus/labels for the real documents; r3-, r4-, … are the blind sets' labels).
# Usage: bash scripts/score-sets.sh [OUTDIR]   (predictions stay in OUTDIR/p-SET for diff -r between builds)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$(mktemp -d)}"; mkdir -p "$out"
dotnet build "$root/src/Cli" -c Release -v quiet --nologo > "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
dll="$root/src/Cli/bin/Release/net10.0/dtrack.dll"
for set in seeds realdocs realdocs2 realdocs3 realdocs4 realdocs5 realdocs6 realdocs7 realdocs8 realdocs9 realdocs10 realdocs11 realdocs12 realdocs13 realdocs14 realdocs15 realdocs16 realdocs17 realdocs18 realdocs19 realdocs20 realdocs21; do
  rm -rf "$out/p-$set" "$out/g-$set"; mkdir -p "$out/g-$set"
  dotnet "$dll" extract "$root/corpus/$set" --out "$out/p-$set" > "$out/extract-$set.log" 2>&1
  if [ "$set" = seeds ]; then g="$root/corpus/gold"; else
    for f in "$root/corpus/$set"/*; do
      stem="$(basename "${f%.*}")"
      for l in "$root/corpus/labels/$stem.json" "$root/corpus/labels"/r[0-9]*-"$stem.json"; do
        if [ -f "$l" ]; then cp "$l" "$out/g-$set/"; fi
      done
    done
    g="$out/g-$set"
  fi
  echo "=== $set ($(ls "$g" | wc -l) labelled)"
  dotnet "$dll" score "$g" "$out/p-$set" 2>&1 | tail -25
done
echo "predictions in $out"
