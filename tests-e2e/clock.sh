#!/usr/bin/env bash
# End-to-end: the meeting clock (issue #13). `t` shows "0 of N min, …" in the header with the
# budget from the settings file, `--budget` wins over it, `t` hides it again; a bad --budget is
# refused with status 64 before any screen.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json

source tests-e2e/lib/tmux.sh

out=$("$BIN" meet "$DECK" --budget 0 2>&1); status=$?
[ "$status" = 64 ] && [[ $out == *"--budget: expected minutes from 1 to 1440, found 0"* ]] \
  && ok "--budget 0 is refused with status 64 and says why" || fail "--budget 0: $status $out"

mkdir -p "$tmp/xdg/wbr"
printf '[meeting]\nbudget_minutes = 45\n' >"$tmp/xdg/wbr/settings.toml"
tm new-session -d -s e2e -x 140 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

tm send-keys -t e2e "clear; XDG_CONFIG_HOME='$tmp/xdg' HOME='$tmp' '$BIN' meet '$DECK' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
keys t
expect '0 of 45 min, on pace' "t shows the clock with the settings' budget"
keys t
expect 'Meeting clock off' "t hides it again"
wait_for '0 of 45 min' 1 && fail "the clock still shows after t" || ok "the header drops the clock"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "q quits" || fail "q did not quit"

rm -f "$tmp/status"
tm send-keys -t e2e "clear; XDG_CONFIG_HOME='$tmp/xdg' HOME='$tmp' '$BIN' meet '$DECK' --budget 30 --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting did not open with --budget"
keys t
expect '0 of 30 min, on pace' "--budget wins over the settings' budget_minutes"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "q quits" || fail "q did not quit"

[ "$fails" = 0 ] && echo "clock: all passed" || echo "clock: $fails failed"
[ "$fails" = 0 ]
