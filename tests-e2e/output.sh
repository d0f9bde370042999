#!/usr/bin/env bash
# End-to-end: output that cannot be written (issue #14, class 1). Every command's standard
# output and error sent to /dev/full, closed (>&-) or into a pipe whose reader leaves
# (| head -1): status 74 with one line on standard error when stdout fails, 0 and silence when
# the reader left, never a crash; and the command lines that are usage errors (status 64).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
F=tests-e2e/fixtures
DECK=sample-data/retail-deck.json
OWNERS=sample-data/owners.json
APP=Tests/Fixtures/wbr-app
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
crashed() { grep -Eq 'Fatal error|Illegal instruction|Segmentation|Program crashed|Backtracing' "$1"; }

# A deck whose report is far larger than a pipe's buffer, so `| head -1` really closes early.
python3 scripts/gen-deck.py --metrics 300 -o "$tmp/big.json" >/dev/null
printf '{"v":1,"type":"outcome_set","at":"2026-11-23T10:00:00Z","week":"2026-11-21","by":"ana","session":"s","metric":"in_stock","kind":"explained","text":"ok"}\n' >"$tmp/j.jsonl"

# Each line: a name, then the arguments (one command per line, run by word splitting). Every
# one writes to standard output (`check` prints only on standard error: below).
commands=(
  "report|report $DECK --owners $OWNERS"
  "report-json|report --json $DECK"
  "notes|notes --journal $tmp/j.jsonl --week 2026-11-21"
  "notes-json|notes --journal $tmp/j.jsonl --week 2026-11-21 --format json"
  "build|build --config $APP/generated-output/1-wbr-sample-config-unprefixed.yaml --data $APP/demo_uploads/1-wbr-sample-dataset.csv --quiet"
  "help|--help"
  "version|--version"
)

for entry in "${commands[@]}"; do
  name=${entry%%|*}
  read -r -a args <<<"${entry#*|}"
  # stdout on a full device: 74 and the reason on stderr.
  "$WBR_BIN" "${args[@]}" >/dev/full 2>"$tmp/err"
  status=$?
  if [ "$status" = 74 ] && grep -q 'No space left on device' "$tmp/err" \
    && ! crashed "$tmp/err"; then
    ok "$name > /dev/full: 74 with the reason"
  else
    fail "$name > /dev/full: status $status"; cat "$tmp/err"
  fi
  # stdout closed: 74 (EBADF), nothing written anywhere else.
  "$WBR_BIN" "${args[@]}" >&- 2>"$tmp/err"
  status=$?
  if [ "$status" = 74 ] && grep -q 'Bad file descriptor' "$tmp/err" \
    && ! crashed "$tmp/err"; then
    ok "$name >&-: 74 with the reason"
  else
    fail "$name >&-: status $status"; cat "$tmp/err"
  fi
  # stderr on a full device: never 0 when something had to be said there, never a crash.
  "$WBR_BIN" "${args[@]}" >/dev/null 2>/dev/full
  status=$?
  case "$status" in 0 | 74) ok "$name 2> /dev/full: status $status" ;; *) fail "$name 2> /dev/full: status $status" ;; esac
done

# The reader leaves early: quiet, status 0 (as with other Unix tools under `| head`).
for args in "report $tmp/big.json" "report --json $tmp/big.json"; do
  read -r -a a <<<"$args"
  "$WBR_BIN" "${a[@]}" 2>"$tmp/err" | head -c 1 >/dev/null
  status=${PIPESTATUS[0]}
  if [ "$status" = 0 ] && ! grep -q 'cannot write' "$tmp/err" && ! crashed "$tmp/err"; then
    ok "${a[0]} ${a[1]} | head: quiet, status 0"
  else
    fail "${a[0]} ${a[1]} | head: status $status"; cat "$tmp/err"
  fi
done
# Both streams into one pipe that closes: still quiet and 0.
"$WBR_BIN" report "$tmp/big.json" 2>&1 | head -1 >/dev/null
[ "${PIPESTATUS[0]}" = 0 ] && ok "report 2>&1 | head -1: status 0" || fail "report 2>&1 | head -1: status ${PIPESTATUS[0]}"

# `check` says everything on standard error, its verdict last: with standard error full the
# verdict is lost, so the status cannot be 0; with standard output full nothing is lost.
"$WBR_BIN" check "$DECK" --owners "$OWNERS" 2>/dev/full
status=$?
[ "$status" = 74 ] && ok "check 2> /dev/full: 74" || fail "check 2> /dev/full: status $status"
"$WBR_BIN" check "$DECK" --owners "$OWNERS" >/dev/full 2>/dev/null
status=$?
[ "$status" = 0 ] && ok "check > /dev/full: 0 (nothing goes to standard output)" || fail "check > /dev/full: status $status"
"$WBR_BIN" check "$DECK" 2>&1 | head -c 1 >/dev/null
[ "${PIPESTATUS[0]}" = 0 ] && ok "check 2>&1 | head: quiet, status 0" || fail "check 2>&1 | head: status ${PIPESTATUS[0]}"

# A refused deck with stderr full: the refusal's status stands or becomes 74, never 0.
"$WBR_BIN" check "$F/truncated-deck.json" 2>/dev/full
status=$?
case "$status" in 65 | 74) ok "refused deck, stderr full: status $status" ;; *) fail "refused deck, stderr full: status $status" ;; esac

# Usage errors: no command, help for a command that does not exist.
"$WBR_BIN" >/dev/null 2>"$tmp/err"
status=$?
[ "$status" = 64 ] && grep -q 'USAGE: wbr' "$tmp/err" && ok "wbr alone: 64 with the usage" || fail "wbr alone: status $status"
"$WBR_BIN" help nonsense >/dev/null 2>"$tmp/err"
status=$?
[ "$status" = 64 ] && grep -q 'no such command: nonsense' "$tmp/err" && ok "wbr help nonsense: 64" || fail "wbr help nonsense: status $status"
"$WBR_BIN" help notes >"$tmp/out" 2>/dev/null
status=$?
[ "$status" = 0 ] && grep -q 'USAGE: wbr notes' "$tmp/out" && ok "wbr help notes: 0, on stdout" || fail "wbr help notes: status $status"

if [ "$fails" -gt 0 ]; then echo "output.sh: $fails failures"; exit 1; fi
echo "output.sh: all passed"
