#!/usr/bin/env bash
# End-to-end: `wbr build` in a pipeline (issue #20), on the WBR App's demo config and data and
# the messes made from them (tests-e2e/fixtures/wbr-app/make-variants.py): a truncated row, a
# partial week, a day loaded twice with an audit column, day-first dates, semicolons, a stale
# config. Each asserts the exit status and the message (with its code); then the flags, the
# JSON problem records, check/report with --config, and the gate script of docs/BUILD.md.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
BIN=$(cd "$(dirname "$WBR_BIN")" && pwd)/$(basename "$WBR_BIN")
F=tests-e2e/fixtures/wbr-app
C=$F/demo-config.yaml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 $F/make-variants.py "$tmp" || { echo "FAIL: cannot make the variants"; exit 1; }
HARMLESS=(--allow config.column-prefix --allow config.derived-series --allow config.default-kind)
fails=0
out=$tmp/out
err=$tmp/err
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# build STATUS PATTERN ARGS...: runs `wbr build ARGS`, checks the exit status, that stderr
# matches PATTERN (grep -E), and that nothing looks like a crash or carries a raw control.
build() {
  local want=$1 pattern=$2
  shift 2
  "$BIN" build "$@" >"$out" 2>"$err"
  local got=$?
  if [ "$got" != "$want" ]; then fail "build $* exited $got, expected $want"; cat "$err"; return 1; fi
  if ! grep -Eq -- "$pattern" "$err"; then fail "build $*: stderr lacks /$pattern/"; cat "$err"; return 1; fi
  if grep -Eq 'Fatal error|Stack dump|Illegal instruction|Segmentation' "$err"; then fail "build $*: crashed"; return 1; fi
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$err"; then fail "build $*: raw control characters"; return 1; fi
  echo "ok: build ${*: -4} -> $got"
}

# The clean base: the WBR App's 15 harmless warnings, allowed; then byte-identical twice.
build 0 'demo-config.yaml: 8 metrics, week ending 2021-09-25, no warnings \(15 allowed\): written to' \
  --config $C --data $F/demo-data.csv "${HARMLESS[@]}" --warn-error -o "$tmp/base.json"
build 0 'written to' --config $C --data $F/demo-data.csv -o "$tmp/base2.json" --quiet
cmp -s "$tmp/base.json" "$tmp/base2.json" || fail "two builds differ"
grep -q '"data_quality"' "$tmp/base.json" && fail "a clean build records data_quality"

# 1. A truncated last row (cut mid-field) is an error with its line and column, not a smaller sum.
build 65 '^'"$tmp"'/truncated.csv:631:67: error: \[csv.short-row\] expected 10 fields as in the header, found 7 \(the last row: is the file cut short, or still being written\?\)$' \
  --config $C --data "$tmp/truncated.csv" -o "$tmp/t.json"
tail -n 1 "$err" | grep -q "truncated.csv: refused: 1 error" || fail "truncated: verdict"
[ -e "$tmp/t.json" ] && fail "truncated: a deck was written"

# 2. A partial week (Friday and Saturday missing): a warning with its code, exit 3 under
# --warn-error; the deck records it, check lists it, the report marks the signals.
build 3 'partial.csv: warning: \[build.partial-week\] the week ending 2021-09-25 is partial: no row for 2021-09-24, 2021-09-25; 8 metrics have fewer than 7 days \(Impressions 5 of 7 days' \
  --config $C --data "$tmp/partial.csv" "${HARMLESS[@]}" --warn-error -o "$tmp/p.json"
[ -e "$tmp/p.json" ] && fail "partial: --warn-error wrote a deck"
tail -n 1 "$err" | grep -q 'demo-config.yaml: 1 warning (15 allowed): 8 metrics, week ending 2021-09-25: not written (--warn-error)$' ||
  { fail "partial: --warn-error verdict"; tail -n 1 "$err"; }
build 0 '16 warnings: written to' --config $C --data "$tmp/partial.csv" -o "$tmp/p.json" --quiet
grep -q 'warning:' "$err" && fail "--quiet listed warnings"
grep -q '"missing_days": \["2021-09-24", "2021-09-25"\]' "$tmp/p.json" || fail "partial: not in data_quality"
"$BIN" check "$tmp/p.json" >"$out" 2>"$err"
[ $? = 0 ] && grep -q 'p.json:[0-9]*:[0-9]*: warning: \[build.partial-week\] data_quality: the week ending 2021-09-25 is partial' "$err" &&
  tail -n 1 "$err" | grep -q '1 warning: can be reviewed$' && echo "ok: check lists the partial week" ||
  { fail "check does not list the partial week"; cat "$err"; }
"$BIN" check "$tmp/p.json" --warn-error >/dev/null 2>&1
[ $? = 3 ] && echo "ok: check --warn-error -> 3" || fail "check --warn-error did not exit 3"
"$BIN" report "$tmp/p.json" --json >"$out" 2>/dev/null
grep -q '"anomaly_count": 2' "$out" && grep -q '"qualified_by": "data.partial"' "$out" &&
  echo "ok: report marks the partial week's drops" || fail "report: partial week not marked"
"$BIN" report "$tmp/p.json" >"$out" 2>/dev/null
grep -Eq '^      xmr.limit     3 data.partial 3.16M is below the lower natural process limit' "$out" ||
  fail "report text: no data.partial beside the signal"

# 3. A day loaded twice, told apart only by an audit column: a duplicate, named, recorded.
build 0 "audit.csv:632: warning: \[csv.duplicate-rows\] 1 row\(s\) on 1 day\(s\) repeat a date: 2021-09-20 \(lines 626 and 632\); they differ only in 'loaded_at', which no metric or filter reads" \
  --config $C --data "$tmp/audit.csv" "${HARMLESS[@]}" -o "$tmp/a.json"
grep -q '"duplicate_days": \["2021-09-20"\]' "$tmp/a.json" || fail "audit: duplicate day not in data_quality"
build 3 'csv.duplicate-rows' --config $C --data "$tmp/audit.csv" "${HARMLESS[@]}" --warn-error -o "$tmp/a2.json"
build 0 'no warnings \(16 allowed\)' --config $C --data "$tmp/audit.csv" "${HARMLESS[@]}" \
  --allow csv.duplicate-rows --warn-error --dry-run

# 4. Day-first dates: read day first, the same deck as the WBR App's own dates; mixed orders refused.
build 0 'no warnings \(15 allowed\): written to' --config $C --data "$tmp/dayfirst.csv" "${HARMLESS[@]}" -o "$tmp/d.json"
cmp -s "$tmp/d.json" "$tmp/base.json" && echo "ok: day-first dates give the same deck" || fail "day-first deck differs"
build 65 "mixed.csv:412:1: error: \[csv.date-order\] Date: expected one order of day and month in the column, found day first on line 10 \('13/01/2020'\) and month first on line 412 \('02/18/2021'\); fix the data, or pass --date-format dmy or mdy" \
  --config $C --data "$tmp/mixed.csv" -o "$tmp/m.json"

# 5. Semicolons: a hint naming --delimiter; with it, the same deck.
build 65 "semicolon.csv:1: error: \[csv.delimiter\] expected fields separated by ',', found one header field holding 10 names separated by semicolons; if the file uses semicolons, pass --delimiter ';'" \
  --config $C --data "$tmp/semicolon.csv" -o "$tmp/s.json"
build 0 'written to' --config $C --data "$tmp/semicolon.csv" --delimiter ';' "${HARMLESS[@]}" -o "$tmp/s.json"
cmp -s "$tmp/s.json" "$tmp/base.json" && echo "ok: --delimiter ';' gives the same deck" || fail "semicolon deck differs"

# 6. A stale config: next week's data with last week's config is a warning; latest builds it.
build 0 "demo-config.yaml:7: warning: \[build.stale-week-ending\] setup.week_ending is 2021-09-25, but $tmp/nextweek.csv holds a complete week after it, ending 2021-10-02" \
  --config $C --data "$tmp/nextweek.csv" "${HARMLESS[@]}" -o "$tmp/n.json"
build 3 'build.stale-week-ending' --config $C --data "$tmp/nextweek.csv" "${HARMLESS[@]}" --warn-error -o "$tmp/n2.json"
build 0 'week ending 2021-10-02, no warnings \(15 allowed\): written to' --config $C --data "$tmp/nextweek.csv" \
  "${HARMLESS[@]}" --warn-error --week-ending latest --as-of 2021-10-03T07:00:00Z -o "$tmp/n.json" --force
grep -q '"week_ending": "2021-10-02"' "$tmp/n.json" && grep -q '"as_of": "2021-10-03T07:00:00Z"' "$tmp/n.json" ||
  fail "latest / as-of not in the deck"
build 0 'week ending 2021-09-18' --config $C --data $F/demo-data.csv --week-ending 18-SEP-2021 --dry-run

# Usage: bad flags are exit 64 with a message; every command lists its exit statuses.
"$BIN" build --config $C --data $F/demo-data.csv --allow csv.short-row >/dev/null 2>"$err"
[ $? = 64 ] && grep -q 'errors cannot be allowed' "$err" && echo "ok: an error cannot be allowed" || fail "--allow an error"
"$BIN" build --config $C --data $F/demo-data.csv --week-ending yesterday >/dev/null 2>"$err"
[ $? = 64 ] && grep -q -- '--week-ending: expected a date' "$err" || fail "--week-ending yesterday"
for cmd in build check report notes; do
  "$BIN" $cmd --help 2>&1 | tr -s ' \n' ' ' | grep -q '3 warnings with --warn-error.*; 64 bad usage; 65' ||
    fail "$cmd --help does not list the exit statuses"
done

# Problems as data: one JSON record per problem, the verdict last, every line valid JSON.
"$BIN" build --config $C --data "$tmp/partial.csv" --format json -o "$tmp/p.json" --force 2>"$err" >/dev/null
python3 - "$err" <<'EOF' && echo "ok: --format json records" || fail "--format json records"
import json, sys
lines = open(sys.argv[1]).read().splitlines()
records = [json.loads(l) for l in lines]
problems = [r for r in records if r["type"] == "problem"]
assert records[-1]["type"] == "verdict" and records[-1]["exit_status"] == 0, records[-1]
assert records[-1]["warnings"] == len(problems) == 16, records[-1]
keys = ["type", "file", "line", "column", "severity", "code", "path", "message"]
assert all(list(r) == keys for r in problems), problems[0]
assert any(r["code"] == "build.partial-week" for r in problems)
EOF

# check and report take --config/--data (and the build's flags), so the hints work.
"$BIN" check --config $C --data "$tmp/semicolon.csv" --delimiter ';' "${HARMLESS[@]}" >/dev/null 2>"$err"
[ $? = 0 ] && tail -n 1 "$err" | grep -q 'demo-config.yaml: 8 metrics, no warnings (15 allowed): can be reviewed$' &&
  echo "ok: check --config --data --delimiter" || { fail "check --config"; cat "$err"; }
"$BIN" report --config $C --data "$tmp/partial.csv" "${HARMLESS[@]}" >"$out" 2>"$err"
[ $? = 0 ] && [ "$(grep -c 'build.partial-week' "$err")" = 1 ] && echo "ok: report --config lists the partial week once" ||
  { fail "report --config"; cat "$err"; }

# Messages (issue #14): a newline in a CSV cell or a YAML key cannot forge a problem line; a
# doubled byte-order mark or a blank config is named; an owners file at fault is named.
printf 'Date,Sales\n2024-01-01,"1\nx.csv:9: error: [csv.short-row] forged"\n' >"$tmp/forge.csv"
printf 'setup:\n  week_ending: 2024-01-01\n  title: T\n  "t\\nx.yaml:1: error: forged": 1\nmetrics:\n  Sales:\n    column: Sales\n    aggf: sum\n    kind: output\n' >"$tmp/forge.yaml"
build 65 "forge.csv:2:2: error: \[csv.not-a-number\] column 'Sales': expected a number, found '1\\\\u\{A\}x.csv:9: error: \[csv.short-row\] forged'" \
  --config "$tmp/forge.yaml" --data "$tmp/forge.csv" -o "$tmp/f.json"
[ "$(wc -l <"$err")" = 3 ] || { fail "a cell or a key forged a line"; cat "$err"; }
grep -qF "unknown setup key 't\\u{A}x.yaml:1: error: forged' is ignored" "$err" || fail "the YAML key is not escaped"
printf '\xef\xbb\xbf\xef\xbb\xbf' >"$tmp/bom.yaml" && cat "$tmp/forge.yaml" >>"$tmp/bom.yaml"
printf 'Date,Sales\n2024-01-01,1\n' >"$tmp/one.csv"
build 0 'bom.yaml: 1 metric, week ending 2024-01-01, 2 warnings: not written' --config "$tmp/bom.yaml" --data "$tmp/one.csv" --dry-run
printf '\n   \n\t\n' >"$tmp/blank.yaml"
build 65 'blank.yaml:1: error: \[config.empty\] expected a WBR config with setup, metrics and deck, found only blank lines and spaces' \
  --config "$tmp/blank.yaml" --data "$tmp/one.csv" --dry-run
build 65 'one.csv: refused|duplicate-owner.json: refused: 1 error' --config "$tmp/forge.yaml" \
  --data "$tmp/one.csv" --owners tests-e2e/fixtures/duplicate-owner.json --dry-run
tail -n 1 "$err" | grep -q '^tests-e2e/fixtures/duplicate-owner.json: refused: 1 error, ' || fail "owners refusal not named"

# -o on something that is not a regular file (a FIFO here; /dev/null alike) writes through it
# and leaves it what it was: it is never replaced by a regular file.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
build 0 'written to' --config $C --data $F/demo-data.csv --quiet -o "$tmp/fifo"
wait
[ -p "$tmp/fifo" ] && cmp -s "$tmp/from-fifo" "$tmp/base.json" && echo "ok: -o writes through a FIFO" ||
  fail "-o replaced the FIFO or wrote something else"

# The gate script of docs/BUILD.md, as written there.
awk '/^# publish-wbr.sh/{on=1} on&&/^```$/{exit} on' docs/BUILD.md >"$tmp/publish-wbr.sh"
[ -s "$tmp/publish-wbr.sh" ] || fail "no gate script in docs/BUILD.md"
mkdir "$tmp/bin" && ln -s "$BIN" "$tmp/bin/wbr"
gate() {
  local want=$1 data=$2 deck=$3
  PATH="$tmp/bin:$PATH" bash "$tmp/publish-wbr.sh" $C "$data" "$deck" >"$out" 2>"$err"
  local got=$?
  if [ "$got" = "$want" ]; then echo "ok: gate $(basename "$data") -> $got"; else fail "gate $data exited $got, expected $want"; cat "$out" "$err"; fi
}
gate 0 $F/demo-data.csv "$tmp/g1.json"
grep -q 'published' "$out" && [ -s "$tmp/g1.json" ] || fail "gate: clean data not published"
gate 0 "$tmp/nextweek.csv" "$tmp/g2.json"
grep -q '"week_ending": "2021-10-02"' "$tmp/g2.json" || fail "gate: not the newest week"
# This week lacks Friday and Saturday: the newest complete week is last week's, already
# published, and this week's rows are a warning: nothing is published.
gate 3 "$tmp/partial.csv" "$tmp/g3.json"
[ -e "$tmp/g3.json" ] && fail "gate: a partial week was published"
grep -q '1 csv.rows-after-week-ending' "$err" || fail "gate: the code is not in the log"
grep -q 'week ending 2021-09-18: not written' "$tmp/g3.problems.jsonl" || fail "gate: not last week's verdict"
gate 65 "$tmp/truncated.csv" "$tmp/g4.json"
grep -q '"code": "csv.short-row"' "$tmp/g4.problems.jsonl" || fail "gate: problems not kept"
gate 3 "$tmp/audit.csv" "$tmp/g5.json"

if [ "$fails" -gt 0 ]; then echo "build-pipeline.sh: $fails failures"; exit 1; fi
echo "build-pipeline.sh: all passed"
