#!/usr/bin/env bash
# End-to-end: the mouse, through tmux. The pane's program asks for mouse reports; tmux passes
# the bytes of a report sent to the pane (`send-keys -H`, the X10 encoding ncurses reads
# under TERM=screen: ESC [ M, then 32+button, 32+column+1, 32+row+1), so these are the bytes
# a terminal sends for a click. A double click opens the metric under the pointer (and runs the
# palette's command under it), the wheel scrolls; with --no-mouse the program does not ask for mouse reports (tmux's pane flags say
# which it asked for), so the terminal keeps its own selection.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

# bytes BUTTON COL ROW (0-based cells): the hex bytes of one X10 mouse report; report sends one.
bytes() { echo 1b 5b 4d "$(printf %x $((32 + $1)))" "$(printf %x $((33 + $2)))" "$(printf %x $((33 + $3)))"; }
report() { keys -H $(bytes "$@"); }
# A double click: press, release, press, release, in one write (within ncurses' interval).
double_click() { keys -H $(bytes 0 "$1" "$2") $(bytes 3 "$1" "$2") $(bytes 0 "$1" "$2") $(bytes 3 "$1" "$2"); }

tm new-session -d -s e2e -x 120 -y 30 "env TERM=screen PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm send-keys -t e2e "clear; HOME='$tmp' '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"

flags=$(tm display-message -p -t e2e '#{mouse_standard_flag}#{mouse_button_flag}#{mouse_all_flag}')
[[ $flags == *1* ]] && ok "the meeting asks for mouse reports ($flags)" || fail "no mouse reports asked for ($flags)"

# The fifth line of the pane (row 4) is a metric row of the sample deck: read its name.
sleep 0.5
row=$(tm capture-pane -p -t e2e | sed -n 5p)
name=$(sed -E 's/^[^A-Za-z]*//; s/ {2,}.*//' <<<"$row")
[ -n "$name" ] || fail "no metric name on row 4: '$row'"
report 0 10 6
report 3 10 6
sleep 0.6
tm capture-pane -p -t e2e | sed -n 7p | grep -q '^▶' && ok "a click selects the row under it" \
  || fail "a click on row 6 did not select it"
double_click 10 4
expect "Esc back" "a double click opens the drill-down"
top=$(tm capture-pane -p -t e2e | sed -n 1,3p)
[[ $top == *"$name"* ]] && ok "the drill-down is of the clicked metric ($name)" || fail "not $name: $top"
before=$(tm capture-pane -p -t e2e | sed -n 3p)
report 65 10 10
report 65 10 10
sleep 0.5
after=$(tm capture-pane -p -t e2e | sed -n 3p)
[ "$before" != "$after" ] && ok "the wheel scrolls the drill-down" || fail "the wheel did not scroll: $after"
# The palette: a double click on a command runs it, as Enter would.
keys Escape
keys :
text "follow up"
expect "follow up earlier" "the palette lists the commitments command"
line=$(tm capture-pane -p -t e2e | grep -n "follow up earlier" | head -1 | cut -d: -f1)
double_click 40 $((line - 1))
expect "From earlier meetings" "a double click in the palette runs the command under it"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "quit, status 0" || fail "no clean exit"

rm -f "$tmp/status"
tm send-keys -t e2e "clear; HOME='$tmp' '$BIN' meet '$DECK' --no-mouse --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
flags=$(tm display-message -p -t e2e '#{mouse_standard_flag}#{mouse_button_flag}#{mouse_all_flag}')
[ "$flags" = 000 ] && ok "--no-mouse: no mouse reports asked for" || fail "--no-mouse: the pane's mouse flags are $flags"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "quit, status 0" || fail "no clean exit"

[ "$fails" = 0 ] && echo "mouse: all passed" || echo "mouse: $fails failed"
[ "$fails" = 0 ]
