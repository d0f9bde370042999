#!/usr/bin/env bash
# End-to-end: the pipe recipes of docs/SOURCES.md (issue #16) for sqlite3 and DuckDB's CLI
# (the psql recipe runs against the throwaway server in sources.sh): each warehouse's CLI
# writes the daily CSV, `wbr build --data -` reads it from standard input, and the deck is the
# same, byte for byte, as from the WBR App's CSV. Also: `--data -` on a terminal is refused.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
BIN=$(cd "$(dirname "$WBR_BIN")" && pwd)/$(basename "$WBR_BIN")
F=tests-e2e/fixtures/wbr-app
C=Tests/Fixtures/wbr-app/generated-output/1-wbr-sample-config-unprefixed.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
"$BIN" build --config $C --data $F/demo-data.csv -o "$tmp/csv.json" 2>"$tmp/err" || { fail "the CSV build"; cat "$tmp/err"; }

# The sample as a clean table: ISO dates, plain numbers (what a warehouse holds).
python3 - $F/demo-data.csv "$tmp/clean.csv" <<'PY'
import csv, datetime, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["day"] + rows[0][1:])
    for r in rows[1:]:
        d = datetime.datetime.strptime(r[0].split(", ")[1], "%d-%b-%Y").date().isoformat()
        w.writerow([d] + [c.replace(",", "") for c in r[1:]])
PY
COLUMNS='day AS "Date", "Impressions", "Clicks", "Defects/Million", "PageViews", "PageViews__Target", "MobilePageViews", pct_customer_group_1, pct_customer_group_2, pct_customer_group_3'

# same NAME: the deck from standard input is the CSV's.
same() {
  if cmp -s "$tmp/$1.json" "$tmp/csv.json"; then echo "ok: $1 | wbr build --data - gives the same deck"; else
    fail "$1: another deck"; diff "$tmp/$1.json" "$tmp/csv.json" | head -5; fi
}

# sqlite3 (docs/SOURCES.md, "SQLite").
if command -v sqlite3 >/dev/null; then
  sqlite3 "$tmp/wbr.db" '.import --csv '"$tmp/clean.csv"' wbr_sample_1'
  sqlite3 -csv -header "$tmp/wbr.db" "SELECT $COLUMNS FROM wbr_sample_1 ORDER BY day" |
    "$BIN" build --config $C --data - -o "$tmp/sqlite.json" 2>"$tmp/err" || { fail "sqlite3 recipe"; cat "$tmp/err"; }
  same sqlite
else
  fail "sqlite3 is not installed (.ci/run installs it)"
fi

# DuckDB's CLI (docs/SOURCES.md, "DuckDB"; PyPI's duckdb-cli).
if command -v duckdb >/dev/null; then
  duckdb -csv -c "SELECT $COLUMNS FROM read_csv('$tmp/clean.csv') ORDER BY day" |
    "$BIN" build --config $C --data - -o "$tmp/duckdb.json" 2>"$tmp/err" || { fail "duckdb recipe"; cat "$tmp/err"; }
  same duckdb
else
  fail "duckdb is not installed (.ci/run installs it: pip install duckdb-cli)"
fi

# Problems in piped data are named after standard input.
printf 'Date,Impressions\n2021-09-25,ten\n' | "$BIN" build --config $C --data - --dry-run >/dev/null 2>"$tmp/err"
status=$?
[ $status = 65 ] && grep -q '^-:2:2: error: \[csv.not-a-number\] column .Impressions.: expected a number, found .ten.$' "$tmp/err" ||
  { fail "standard input: a bad cell ($status)"; cat "$tmp/err"; }

# --data - on a terminal is refused (exit 64) instead of waiting for typing.
if command -v tmux >/dev/null; then
  sock=wbr-recipes-$$
  tmux -L $sock new-session -d -x 120 -y 10 "'$BIN' build --config $C --data - --dry-run; echo status=\$?; sleep 5"
  sleep 1
  for _ in $(seq 30); do tmux -L $sock capture-pane -p | grep -q 'status=' && break; sleep 0.2; done
  screen=$(tmux -L $sock capture-pane -p)
  tmux -L $sock kill-server 2>/dev/null
  echo "$screen" | grep -q 'standard input is a terminal; pipe the' && echo "$screen" | grep -q 'status=64' ||
    { fail "--data - on a terminal"; echo "$screen"; }
  echo "ok: --data - on a terminal -> 64"
fi

if [ $fails -gt 0 ]; then
  echo "sources-recipes: $fails failed"
  exit 1
fi
echo "sources-recipes: all passed"
