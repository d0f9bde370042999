#!/usr/bin/env bash
# End-to-end: `wbr meet` in a real terminal (tmux). Opens the sample deck, walks help, the
# filter and the drill-down, resizes down to 1x1 and back, quits with q (status 0), and checks
# the terminal is sane afterwards; then SIGTERM (143) and a crash signal (139) must also give
# the terminal back. Uses a private tmux server, never the user's, and never overrides TERM.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

# check_sane: the shell prompt is back and the tty has echo and canonical input again.
check_sane() {
  local what=$1
  # 30 s: after a crash the backtrace is symbolicated first, which a busy machine makes slow.
  wait_for '^e2e\$ *$' 30 || { fail "$what: no shell prompt after exit"; return; }
  rm -f "$tmp/stty"
  tm send-keys -t e2e "clear; stty -a > '$tmp/stty'" Enter
  wait_file "$tmp/stty" 5 || { fail "$what: stty did not run"; return; }
  if grep -Eq -- '(^| )-echo( |$)|(^| )-icanon( |$)|(^| )-isig( |$)' "$tmp/stty"; then
    fail "$what: terminal left without echo/icanon/isig: $(grep -Eo -- '-(echo|icanon|isig)( |$)' "$tmp/stty" | tr '\n' ' ')"
  else
    ok "$what: terminal sane afterwards"
  fi
}

# start NAME [ENV...]: runs wbr meet in the pane; its exit status lands in $tmp/NAME.status.
start() {
  local name=$1
  shift
  rm -f "$tmp/$name.status"
  tm send-keys -t e2e "clear; $* '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/$name.status'" Enter
  wait_for 'anomal' 15 || fail "$name: the meeting screen did not appear"
}

pid_of_wbr() { pgrep -f -n -- "$BIN meet $DECK" || true; }

metrics=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["metrics"]))' "$DECK")
title=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"])' "$DECK")

tm new-session -d -s e2e -x 80 -y 24 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

# --- one meeting, driven by keys -------------------------------------------------------
start keys
wait_for "^ $title" 5 && ok "header shows the deck title" || fail "no title in the header"
wait_for "reviewed 0/$metrics" 5 && ok "header shows progress (reviewed 0/$metrics)" || fail "no reviewed 0/$metrics"
wait_for "^ Inputs › " 5 && ok "section headings between groups" || fail "no section heading"
first=$(tm capture-pane -p -t e2e | grep -m1 '^▶' || true)
[ -n "$first" ] && ok "a metric is selected (▶)" || fail "no selected row"
tm send-keys -t e2e j
selection_moved() {
  second=$(tm capture-pane -p -t e2e | grep -m1 '^▶' || true)
  [ -n "$second" ] && [ "$second" != "$first" ]
}
wait_until selection_moved && ok "j moves down" || fail "j did not move"
wait_for 'x notes' 5 && ok "footer shows the keys" || fail "no key hints in the footer"
tm send-keys -t e2e '?'
wait_for 'Keys' 5 && wait_for 'previous anomaly' 5 && ok "? opens help" || fail "help did not open"
tm send-keys -t e2e Escape
wait_for 'x notes' 5 && ok "Esc closes help" || fail "help did not close"
# A bracketed paste outside text entry must not act as keys (q would quit).
tm set-buffer -b e2e "qqq"
tm paste-buffer -p -b e2e -t e2e
# The keys after the paste are read after it: the filter prompt showing proves the paste was
# taken, and wbr still running then proves it did not quit.
tm send-keys -t e2e / z
tm set-buffer -b e2e "o"
tm paste-buffer -p -b e2e -t e2e
wait_for '^Filter: zo' 5 && ok "/ starts a filter; a paste types into it" || fail "no filter prompt with the paste"
[ -n "$(pid_of_wbr)" ] && ok "a pasted q does not quit" || fail "a pasted q quit the meeting"
tm send-keys -t e2e Escape
wait_for "reviewed 0/$metrics *\$" 5 && ! tm capture-pane -p -t e2e | grep -q 'filter:' \
  && ok "Esc drops the filter" || fail "filter not dropped"
tm send-keys -t e2e Enter
wait_for 'Esc back' 5 && ok "Enter drills down" || fail "no drill-down"
tm send-keys -t e2e Escape
wait_for 'c commits' 5 && ok "Esc returns to the deck" || fail "did not return to the deck"

# --- resizes: minimum, too small, 1x1, and back ----------------------------------------
tm resize-window -t e2e -x 40 -y 10
wait_for "^ $(cut -c1-8 <<<"$title")" 5 && ok "40x10 still shows the meeting" || fail "40x10 lost the meeting"
tm resize-window -t e2e -x 20 -y 5
wait_for 'too small' 5 && ok "20x5 says the terminal is too small" || fail "20x5: no too-small message"
# At 1x1 the pane shows nothing to wait for: wait instead for wbr to write its 1x1 frame
# (the bytes it sends to the terminal, logged by pipe-pane), then check it is still running.
tm pipe-pane -t e2e "cat >> '$tmp/1x1.out'"
tm resize-window -t e2e -x 1 -y 1
wait_file "$tmp/1x1.out" 5 || fail "nothing drawn at 1x1"
tm pipe-pane -t e2e
[ -z "$(pid_of_wbr)" ] && fail "wbr died at 1x1" || ok "1x1 survives"
tm resize-window -t e2e -x 80 -y 24
wait_for "^ $title" 5 && ok "back to 80x24 recovers the meeting" || fail "did not recover after resize"

tm send-keys -t e2e q
if wait_file "$tmp/keys.status" 10 && [ "$(cat "$tmp/keys.status")" = 0 ]; then
  ok "q quits with status 0"
else
  fail "q: exit status $(cat "$tmp/keys.status" 2>/dev/null || echo none), expected 0"
fi
check_sane "after q"

# --- SIGTERM: clean exit, 128 + 15 -------------------------------------------------------
start term
pid=$(pid_of_wbr)
[ -n "$pid" ] && kill -TERM "$pid"
if wait_file "$tmp/term.status" 10 && [ "$(cat "$tmp/term.status")" = 143 ]; then
  ok "SIGTERM exits with 143"
else
  fail "SIGTERM: exit status $(cat "$tmp/term.status" 2>/dev/null || echo none), expected 143"
fi
check_sane "after SIGTERM"

# --- a crash signal: terminal restored before the backtrace, dies of the signal --------------
start crash SWIFT_BACKTRACE=enable=yes,interactive=no
pid=$(pid_of_wbr)
[ -n "$pid" ] && kill -SEGV "$pid"
if wait_file "$tmp/crash.status" 30 && [ "$(cat "$tmp/crash.status")" = 139 ]; then
  ok "SIGSEGV dies of the signal (139)"
else
  fail "SIGSEGV: exit status $(cat "$tmp/crash.status" 2>/dev/null || echo none), expected 139"
fi
check_sane "after a crash"

# --- not a terminal: one line pointing at wbr report, status 64 ---------------------------
msg=$("$BIN" meet "$DECK" --journal "$tmp/j.jsonl" </dev/null 2>&1 >/dev/null)
status=$?
if [ "$status" = 64 ] && grep -q 'wbr report' <<<"$msg" && [ "$(wc -l <<<"$msg")" = 1 ]; then
  ok "no terminal: status 64 and a pointer to wbr report"
else
  echo "FAIL: no terminal: status $status, message: $msg"
  fails=$((fails + 1))
fi

[ "$fails" = 0 ] && echo "meet-basic: all passed" || echo "meet-basic: $fails failed"
[ "$fails" = 0 ]
