#!/usr/bin/env bash
# End-to-end: `wbr check` on good and bad decks — exit statuses 0/65/66, diagnostics with
# their location, no stack trace, no raw control characters from the files.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
F=tests-e2e/fixtures
fails=0
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT

# expect STATUS PATTERN -- ARGS...: runs `wbr check ARGS`, checks the exit status, that
# stdout+stderr contain PATTERN (a grep -E regex), and that nothing looks like a crash.
expect() {
  local want=$1 pattern=$2
  shift 3
  "$WBR_BIN" check "$@" >"$out" 2>"$err"
  local got=$?
  local all
  all=$(cat "$out" "$err")
  if [ "$got" != "$want" ]; then
    echo "FAIL: check $* exited $got, expected $want"; echo "$all"; fails=$((fails + 1)); return
  fi
  if ! grep -Eq -- "$pattern" <<<"$all"; then
    echo "FAIL: check $*: output lacks /$pattern/"; echo "$all"; fails=$((fails + 1)); return
  fi
  if grep -Eq 'Fatal error|Stack dump|Current stack trace|Illegal instruction|Segmentation' <<<"$all"; then
    echo "FAIL: check $*: crashed"; echo "$all"; fails=$((fails + 1)); return
  fi
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$out" "$err"; then
    echo "FAIL: check $*: raw control characters in the output"; fails=$((fails + 1)); return
  fi
  echo "ok: check $* -> $got"
}

expect 0 '^tests-e2e/fixtures/good-deck.json: 2 metrics in 1 section, 1 owner, no warnings: can be reviewed$' \
  -- "$F/good-deck.json" --owners "$F/owners.json"
expect 0 'warning: \[deck.point-left-out\] metrics\[0\]\.weekly\[3\]\.week_ending: week 2026-11-20 is not a whole number' \
  -- "$F/warnings-deck.json"
expect 0 'unknown key "\\u\{1B\}\]0;pwned\\u\{7\}" is ignored' -- "$F/warnings-deck.json"
expect 65 'truncated-deck.json:[0-9]+:[0-9]+: error: \[json.syntax\] not valid JSON: expected .*, found end of input' \
  -- "$F/truncated-deck.json"
expect 65 'string-number-deck.json:285:15: error: \[json.type\] metrics\[1\]\.weekly\[3\]\.value: expected a number or null, found a string "12"' \
  -- "$F/string-number-deck.json"
expect 65 'duplicate-id-deck.json:265:10: error: \[deck.duplicate-id\] metrics\[1\]\.id: duplicate metric id "in_stock"' \
  -- "$F/duplicate-id-deck.json"
expect 65 'version 2 is newer than this wbr understands \(1\)' -- "$F/version2-deck.json"
expect 65 'metrics: expected at least one metric, found an empty array' -- "$F/empty-metrics-deck.json"
expect 65 'binary-deck.json:1:1: error: \[json.syntax\] not valid JSON' -- "$F/binary-deck.json"
expect 65 'duplicate owner id "ana"' -- "$F/good-deck.json" --owners "$F/duplicate-owner.json"
expect 65 'found a string "wbr-deck" \(this is a deck file' -- "$F/good-deck.json" --owners "$F/good-deck.json"
expect 66 'no-such-deck.json: error: \[file.unreadable\] cannot read the file: No such file or directory' -- "$F/no-such-deck.json"
expect 66 'cannot read the file: it is a directory' -- "$F"
expect 66 'no-such-owners.json: error: \[file.unreadable\] cannot read the file' -- "$F/good-deck.json" --owners "$F/no-such-owners.json"

# A doubled byte-order mark is named, not printed; whitespace is not "empty" (issue #14).
printf '\xef\xbb\xbf\xef\xbb\xbf{}' >"$out.bom.json"
expect 65 'bom.json:1:1: error: \[json.syntax\] not valid JSON: expected a JSON value, found a byte-order mark \(U\+FEFF\) after the start of the file' -- "$out.bom.json"
printf ' \n\t\n' >"$out.ws.json"
expect 65 'found end of input \(the file holds only whitespace\)' -- "$out.ws.json"
rm -f "$out.bom.json" "$out.ws.json"
expect 0 'partial-week-deck.json:6:19: warning: \[build.partial-week\] data_quality: the week ending 2026-11-21 is partial: no data on 2026-11-20, 2026-11-21' \
  -- "$F/partial-week-deck.json"

# Problems and the verdict, whatever it says, are on stderr, the verdict last; stdout is empty.
"$WBR_BIN" check "$F/warnings-deck.json" >"$out" 2>"$err"
tail -n 1 "$err" | grep -q 'can be reviewed$' || { echo "FAIL: verdict not last on stderr"; fails=$((fails + 1)); }
[ -s "$out" ] && { echo "FAIL: check wrote to stdout"; fails=$((fails + 1)); }
"$WBR_BIN" check "$F/truncated-deck.json" >"$out" 2>"$err"
tail -n 1 "$err" | grep -q 'refused: 1 error$' || { echo "FAIL: refusal not last on stderr"; fails=$((fails + 1)); }
[ -s "$out" ] && { echo "FAIL: check wrote to stdout on a refusal"; fails=$((fails + 1)); }

# An owners file at fault is named in the verdict, not the deck (issue #14).
"$WBR_BIN" check "$F/good-deck.json" --owners "$F/duplicate-owner.json" >"$out" 2>"$err"
tail -n 1 "$err" | grep -q '^tests-e2e/fixtures/duplicate-owner.json: refused: 1 error$' ||
  { echo "FAIL: owners refusal blamed on another file"; cat "$err"; fails=$((fails + 1)); }

if [ "$fails" -gt 0 ]; then echo "check.sh: $fails failures"; exit 1; fi
echo "check.sh: all passed"
