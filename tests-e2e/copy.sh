#!/usr/bin/env bash
# End-to-end: `y` copies with OSC 52. tmux with set-clipboard on takes an application's
# OSC 52 into a paste buffer, so `tmux show-buffer` holds exactly what was sent: the deck's
# summary line, then the drill-down's Markdown. With set-clipboard off the footer says tmux
# drops it; with `[display] copy = false` in the settings, y copies nothing and says so.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

tm new-session -d -s e2e -x 120 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm set-option -g set-clipboard on
tm send-keys -t e2e "clear; HOME='$tmp' '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"

keys y
expect "Sent the metric's summary line \([0-9]+ characters\) to the terminal's clipboard" "the footer says what was sent"
buffer=$(tm show-buffer 2>/dev/null)
[[ $buffer == *": "*" · WoW "*" · YoY "* ]] && ok "tmux's buffer holds the summary line: $buffer" \
  || fail "tmux's buffer: '$buffer'"

keys Enter
sleep 0.3
keys y
expect "summary as Markdown" "the drill-down copies its summary"
buffer=$(tm show-buffer 2>/dev/null)
grep -q '^| --- | ---: |' <<<"$buffer" && grep -q '^\*\*' <<<"$buffer" \
  && ok "tmux's buffer holds the Markdown table" || fail "tmux's buffer: '$buffer'"

tm set-option -g set-clipboard off
keys y
expect "tmux's set-clipboard is off" "inside tmux with set-clipboard off, the footer says so"
keys q
wait_file "$tmp/status" 10 || fail "the meeting did not end"

# Off in the settings.
rm -f "$tmp/status"
printf '[display]\ncopy = false\n' >"$tmp/s.toml"
tm set-option -g set-clipboard on
while tm delete-buffer 2>/dev/null; do :; done
tm send-keys -t e2e "clear; '$BIN' meet '$DECK' --settings '$tmp/s.toml' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
keys y
expect 'Copy is off in the settings' "copy off by settings"
[ -z "$(tm show-buffer 2>/dev/null)" ] && ok "nothing was sent" || fail "a buffer appeared: $(tm show-buffer)"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "status 0" || fail "no clean exit"

[ "$fails" = 0 ] && echo "copy: all passed" || echo "copy: $fails failed"
[ "$fails" = 0 ]
