#!/usr/bin/env bash
# End-to-end: `wbr report` on the sample deck (text, --ascii, --json equal the golden files),
# and on bad input the same messages and exit statuses as `wbr check` (65/66).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
DECK=sample-data/retail-deck.json
OWNERS=sample-data/owners.json
GOLDEN=Tests/WBRModelTests/Golden
fails=0
out=$(mktemp)
err=$(mktemp)
err2=$(mktemp)
trap 'rm -f "$out" "$err" "$err2"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# golden ARGS... FILE: the report's stdout equals the golden file, exit 0.
golden() {
  local file=${*: -1}
  "$WBR_BIN" report "$DECK" --owners "$OWNERS" "${@:1:$#-1}" >"$out" 2>"$err"
  local got=$?
  [ "$got" = 0 ] || { fail "report ${*:1:$#-1} exited $got"; cat "$err"; return; }
  if diff -u "$GOLDEN/$file" "$out" >/dev/null; then echo "ok: report ${*:1:$#-1} = $file"
  else fail "report ${*:1:$#-1} differs from $file"; diff -u "$GOLDEN/$file" "$out" | head -20; fi
}
golden retail-report.txt
golden --ascii retail-report-ascii.txt
golden --json retail-report.json

# Warnings are listed (with their codes) and counted on stderr only, as check lists them, with
# a verdict last; stdout is the report alone.
"$WBR_BIN" report "$DECK" --owners "$OWNERS" >"$out" 2>"$err"
grep -q 'retail-deck.json:[0-9:]*: warning: \[deck.missing-weeks\] ' "$err" || fail "warnings not listed on stderr"
[ "$(tail -n 1 "$err")" = "$DECK: 10 anomalies, 4 warnings: reported" ] || fail "no verdict last on stderr"
grep -q 'warning' "$out" && fail "warnings on stdout"
"$WBR_BIN" report "$DECK" --owners "$OWNERS" --ascii >"$out" 2>/dev/null
if grep -qF -e ▁ -e ▂ -e ▃ -e ▄ -e ▅ -e ▆ -e ▇ -e █ -e · -e − -e › -e ± "$out"; then
  fail "--ascii output has Unicode glyphs"
else echo "ok: --ascii has no Unicode glyphs"; fi

# same STATUS [--json] FILE...: report (with or without --json) and check fail alike
# (status and stderr).
same() {
  local want=$1 flag=
  shift
  if [ "$1" = --json ]; then flag=--json; shift; fi
  "$WBR_BIN" report $flag "$@" >"$out" 2>"$err"
  local got=$?
  "$WBR_BIN" check "$@" >/dev/null 2>"$err2"
  if [ "$got" != "$want" ]; then fail "report $* exited $got, expected $want"; cat "$err"; return; fi
  if ! diff -q "$err" "$err2" >/dev/null; then fail "report $*: messages differ from check"; diff "$err2" "$err"; return; fi
  [ -s "$out" ] && { fail "report $*: printed a report anyway"; return; }
  if grep -Eq 'Fatal error|Stack dump|Illegal instruction|Segmentation' "$err"; then fail "report $*: crashed"; return; fi
  echo "ok: report $* -> $got, as check"
}
same 66 tests-e2e/fixtures/no-such-deck.json
same 66 "$DECK" --owners tests-e2e/fixtures/no-such-owners.json
same 65 tests-e2e/fixtures/truncated-deck.json
same 65 --json tests-e2e/fixtures/duplicate-id-deck.json

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "report: all ok"
