#!/usr/bin/env bash
# Times `wbr build` from data_sources (a throwaway PostgreSQL server on loopback) against the
# same data as CSV: the seeded 1,000-metric × 3-year set of scripts/bench-build.sh, in four
# tables queried on one connection (scripts/bench-sources.py). Checks both give the same deck,
# then alternates the two builds.
#   scripts/bench-sources.sh [runs]     (default 7; release build expected at .build/release/wbr)
# Prints wall, user+sys CPU and peak RSS per run, then median/min/max for each path.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
bin=${WBR_RELEASE:-.build/release/wbr}
dir=${TMPDIR:-/tmp}/wbr-bench-build
[ -x "$bin" ] || swift build -c release --product wbr
[ -f "$dir/daily.csv" ] || python3 scripts/gen-build-data.py "$dir" --metrics 1000 --years 3 --seed 7
. tests-e2e/lib/pg.sh
work=$(mktemp -d)
trap 'pg_stop; rm -rf "$work"' EXIT
pg_start "$work"
export WBR_BENCH_PASSWORD=bench-only
PGOPTIONS="-c client_min_messages=warning" "${PGT_PSQL[@]}" -d postgres \
  -c "CREATE ROLE wbr LOGIN PASSWORD '$WBR_BENCH_PASSWORD'" -c "CREATE DATABASE wbr OWNER wbr"
python3 scripts/bench-sources.py "$dir" "$work" "$PGT_PORT"
PGOPTIONS="-c client_min_messages=warning" "${PGT_PSQL[@]}" -d wbr -f "$work/load.sql"
"$bin" build --config "$work/wbr.yaml" -o "$work/db.json" --quiet
"$bin" build --config "$dir/wbr.yaml" --data "$dir/daily.csv" -o "$work/csv.json" --quiet
cmp -s "$work/db.json" "$work/csv.json" || { echo "the decks differ"; exit 1; }
echo "same deck from both ($(du -h "$work/db.json" | cut -f1)); load: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A walls cpus rss
one() {
  local name=$1 out w u s m
  shift
  out=$( { /usr/bin/time -v "$bin" build "$@" -o "$work/$name.json" --force --quiet; } 2>&1 )
  w=$(echo "$out" | awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); print a[1]*60+a[2]}')
  u=$(echo "$out" | awk -F': ' '/User time/ {print $2}')
  s=$(echo "$out" | awk -F': ' '/System time/ {print $2}')
  m=$(echo "$out" | awk -F': ' '/Maximum resident/ {print $2}')
  walls[$name]+="$w "; cpus[$name]+="$(echo "$u + $s" | bc) "; rss[$name]+="$m "
  echo "$name: wall ${w}s cpu $(echo "$u + $s" | bc)s rss ${m}KB"
}
for i in $(seq "$runs"); do
  one postgres --config "$work/wbr.yaml"
  one csv --config "$dir/wbr.yaml" --data "$dir/daily.csv"
done
stats() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {printf "median %.3f min %.3f max %.3f", a[int((NR+1)/2)], a[1], a[NR]}'; }
for name in postgres csv; do
  echo "$name wall (s): $(stats "${walls[$name]}")"
  echo "$name cpu  (s): $(stats "${cpus[$name]}")"
  echo "$name peak RSS (KB): $(stats "${rss[$name]}")"
done
# The server's own CPU for one pull, for scale.
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
