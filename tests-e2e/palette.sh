#!/usr/bin/env bash
# End-to-end: the command palette (`:`) in a real terminal (tmux): it opens over the deck,
# typing narrows it, Enter runs the chosen command (the help opens), and `quit` run from it
# ends the meeting with status 0.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

tm new-session -d -s e2e -x 80 -y 24 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm send-keys -t e2e "clear; '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"

text ':'
expect 'Commands' ": opens the palette"
expect 'Enter run' "the footer names the palette's keys"
text 'this help'
expect ':this help' "letters type the query (none runs its key)"
if tm capture-pane -p -t e2e | grep -q 'next anomaly'; then fail "the query did not narrow the list"; else ok "the query narrows the list"; fi
keys Enter
expect '─ Keys ' "Enter runs the chosen command (help opens)"
keys Escape
text ':'
expect 'Commands' "the palette opens again"
text 'quit'
keys Enter
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "quit from the palette: status 0" \
  || fail "quit from the palette did not exit 0 ($(cat "$tmp/status" 2>/dev/null))"

[ "$fails" = 0 ] && echo "palette: all passed" || echo "palette: $fails failed"
[ "$fails" = 0 ]
