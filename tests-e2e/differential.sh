#!/usr/bin/env bash
# Differential test: `wbr report --json` against an independent reference implementation of
# analysis.md (tests-e2e/reference/analysis_ref.py, Python standard library only), on the
# sample deck and on generated decks (normal, corner cases, 52- and 53-week years, hostile values).
# Every number, signal, quality mark and the screen order must agree; the first differences
# are printed per deck. No terminal needed.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
REF=tests-e2e/reference/compare.py
export PYTHONDONTWRITEBYTECODE=1  # leave no __pycache__ in the tree
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0

# check DECK: report it and compare with the reference.
check() {
  local deck=$1 out="$tmp/report.json"
  if ! "$WBR_BIN" report "$deck" --json >"$out" 2>"$tmp/err"; then
    echo "FAIL: wbr report --json $deck exited non-zero"; cat "$tmp/err"; fails=$((fails + 1)); return
  fi
  python3 "$REF" "$deck" "$out" --max 10 || fails=$((fails + 1))
}

check sample-data/retail-deck.json
for seed in 1; do
  python3 scripts/gen-deck.py --metrics 300 --seed "$seed" -o "$tmp/normal-$seed.json"
  check "$tmp/normal-$seed.json"
done
# Corner cases; 2021-01-02 ends a 53-week year, 2020-12-27 is a Sunday.
for spec in "3 2026-11-21" "4 2021-01-02" "5 2020-12-27"; do
  set -- $spec
  python3 scripts/gen-deck.py --metrics 300 --edge --seed "$1" --week-ending "$2" \
    -o "$tmp/edge-$1.json"
  check "$tmp/edge-$1.json"
done
# Partial weeks under review and duplicate days: the same marks, the same qualified signals
# and the same (shorter) anomaly walk.
python3 scripts/gen-deck.py --metrics 300 --edge --quality --seed 6 -o "$tmp/quality-6.json"
check "$tmp/quality-6.json"
python3 scripts/gen-deck.py --metrics 300 --quality --seed 7 -o "$tmp/quality-7.json"
check "$tmp/quality-7.json"
# Hostile values (+-1e308, zeros, all missing) must not make the numbers diverge either.
python3 scripts/gen-deck.py --metrics 100 --adversarial --seed 1 -o "$tmp/adversarial.json"
check "$tmp/adversarial.json"

[ "$fails" = 0 ] || { echo "$fails deck(s) differ from the reference"; exit 1; }
echo "differential: all ok"
