#!/usr/bin/env bash
# Times `wbr build` on the seeded 1,000-metric × 3-year data set (scripts/gen-build-data.py).
#   scripts/bench-build.sh [runs]     (default 11 runs; release build expected at .build/release/wbr)
# Prints wall, user+sys CPU and peak RSS per run, then median/min/max of wall and CPU.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
bin=.build/release/wbr
dir=${TMPDIR:-/tmp}/wbr-bench-build
[ -x "$bin" ] || swift build -c release --product wbr
[ -f "$dir/daily.csv" ] || python3 scripts/gen-build-data.py "$dir" --metrics 1000 --years 3 --seed 7
echo "data: $(du -h "$dir/daily.csv" | cut -f1) CSV, $(grep -c . "$dir/daily.csv") lines; load: $(cut -d' ' -f1-3 /proc/loadavg)"
walls=(); cpus=(); rss=()
for i in $(seq "$runs"); do
  out=$( { /usr/bin/time -v "$bin" build --config "$dir/wbr.yaml" --data "$dir/daily.csv" -o "$dir/deck.json" --quiet; } 2>&1 )
  w=$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}')
  u=$(echo "$out" | awk -F': ' '/User time/ {print $2}')
  s=$(echo "$out" | awk -F': ' '/System time/ {print $2}')
  m=$(echo "$out" | awk -F': ' '/Maximum resident/ {print $2}')
  c=$(echo "$u + $s" | bc)
  walls+=("$w"); cpus+=("$c"); rss+=("$m")
  echo "run $i: wall ${w}s cpu ${c}s rss ${m}KB"
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %.3f min %.3f max %.3f", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "wall (s): $(stats "${walls[@]}")"
echo "cpu  (s): $(stats "${cpus[@]}")"
echo "peak RSS (KB): $(stats "${rss[@]}")"
