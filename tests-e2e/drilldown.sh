#!/usr/bin/env bash
# End-to-end: the drill-down of `wbr meet` in a real terminal (tmux). Walks to the first
# anomaly, opens it, checks the 6-12 chart, the summary box and the signal sentence, scrolls
# the body (j, PgDn, End, Home), walks to the next anomaly with n, widens to 160x48 (no
# scrolling needed), then the same in --ascii; quits with q (status 0). Private tmux server.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

# meeting NAME FLAGS...: opens the drill-down of the first anomaly and checks it.
meeting() {
  local name=$1
  shift
  tm resize-window -t e2e -x 80 -y 24
  tm send-keys -t e2e "clear; '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$tmp/j.jsonl' $*; echo \$? > '$tmp/$name.status'" Enter
  wait_for 'anomal' 15 || { fail "$name: the meeting screen did not appear"; return; }
  tm send-keys -t e2e n Enter
  wait_for 'anomaly 1 of [0-9]+' 5 && ok "$name: n, Enter opens the first anomaly" || fail "$name: no anomaly header"
  wait_for 'Last 6 weeks.*Last 12 months' 5 && ok "$name: the 6-12 chart is drawn" || fail "$name: no chart"
  wait_for 'this year +. prior year' 5 && ok "$name: the chart has a legend" || fail "$name: no legend"
  wait_for '^Last week ' 5 && ok "$name: the summary box is on the first screen" || fail "$name: no summary box"
  if [ "$name" = ascii ]; then
    local marks='[\x{2800}-\x{28FF}\x{25CF}\x{25CB}\x{25C6}\x{254C}\x{250A}\x{2502}]'  # braille ● ○ ◆ ╌ ┊ │
    tm capture-pane -p -t e2e | LC_ALL=C.UTF-8 grep -qP "$marks" && fail "ascii: Unicode chart marks on screen" \
      || ok "ascii: the chart is drawn in ASCII"
  fi
  wait_for 'is larger than the upper range limit|natural process limit' 5 \
    && ok "$name: the signal reads as a sentence" || fail "$name: no signal sentence"
  wait_for ' 1.20/[0-9]+' 5 && ok "$name: the body scrolls (lines 1-20)" || fail "$name: no scroll position"
  tm send-keys -t e2e j
  wait_for ' 2.21/[0-9]+' 5 && ok "$name: j scrolls one line" || fail "$name: j did not scroll"
  tm send-keys -t e2e NPage
  wait_for ' 21.40/[0-9]+' 5 && ok "$name: PgDn scrolls a page" || fail "$name: PgDn did not scroll"
  tm send-keys -t e2e End
  wait_for 'Values' 5 && ok "$name: End shows the values table" || fail "$name: End did not reach the end"
  tm send-keys -t e2e Home
  wait_for ' 1.20/[0-9]+' 5 && ok "$name: Home goes back to the top" || fail "$name: Home did not go back"
  tm send-keys -t e2e n
  wait_for 'anomaly 2 of [0-9]+' 5 && ok "$name: n opens the next anomaly" || fail "$name: n did not walk on"
  tm resize-window -t e2e -x 160 -y 48
  wait_for 'Values' 5 && ok "$name: 160x48 shows the values table too" || fail "$name: 160x48 lacks the values"
  tm send-keys -t e2e q
  wait_file "$tmp/$name.status" 10
  [ "$(cat "$tmp/$name.status" 2>/dev/null)" = 0 ] && ok "$name: q quits with status 0" || fail "$name: exit status"
}

tm new-session -d -s e2e -x 80 -y 24 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
meeting unicode
meeting ascii --ascii

[ "$fails" = 0 ] && echo "drilldown: all passed" || { echo "drilldown: $fails failed"; exit 1; }
