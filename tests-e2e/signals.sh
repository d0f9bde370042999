#!/usr/bin/env bash
# End-to-end: the terminal and the process (issue #14, class 9), in a real terminal (tmux).
# SIGQUIT and a crash with the Swift backtracer left at its defaults (interactive on a
# terminal): the terminal is given back first and nothing waits for a key; SIGUSR1, SIGALRM
# and a real-time signal (default: terminate) end the meeting cleanly with 128 + the signal
# and a sane terminal; TERM=dumb is refused with a message; without a terminal, status 64 and
# no journal file is created.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json

source tests-e2e/lib/tmux.sh

# check_sane WHAT: the shell prompt is back and the tty has echo and canonical input again.
check_sane() {
  local what=$1
  wait_for '^e2e\$ *$' 30 || { fail "$what: no shell prompt after exit"; return; }
  rm -f "$tmp/stty"
  keys "clear; stty -a > '$tmp/stty'" Enter
  wait_file "$tmp/stty" 5 || { fail "$what: stty did not run"; return; }
  if grep -Eq -- '(^| )-echo( |$)|(^| )-icanon( |$)|(^| )-isig( |$)' "$tmp/stty"; then
    fail "$what: terminal left without echo/icanon/isig"
  else
    ok "$what: terminal sane afterwards"
  fi
}

# start NAME [ENV...]: wbr meet in the pane, everything it writes logged; status in NAME.status.
start() {
  local name=$1
  shift
  rm -f "$tmp/$name.status" "$tmp/$name.log"
  tm pipe-pane -t e2e "cat >> '$tmp/$name.log'"
  keys "clear; $* '$BIN' meet '$DECK' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/$name.status'" Enter
  wait_for 'anomal' 15 || fail "$name: the meeting screen did not appear"
}

stop_log() { tm pipe-pane -t e2e; }
pid_of_wbr() { pgrep -f -n -- "$BIN meet $DECK" || true; }

# status_is NAME WANT SECONDS
status_is() {
  if wait_file "$tmp/$1.status" "$3" && [ "$(cat "$tmp/$1.status")" = "$2" ]; then
    ok "$1: exit status $2"
  else
    fail "$1: exit status $(cat "$tmp/$1.status" 2>/dev/null || echo none), expected $2"
  fi
}

tm new-session -d -s e2e -x 100 -y 30 "env -u SWIFT_BACKTRACE PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

# --- SIGQUIT: the backtracer's report on a sane terminal, never its 30-second prompt ------
start quit
pid=$(pid_of_wbr)
[ -n "$pid" ] && kill -QUIT "$pid"
# Within 25 s: the prompt would hold it for 30 (the backtrace itself can take seconds).
status_is quit 131 25
stop_log
# The backtracer may print its prompt, but it must not wait: with standard input on /dev/null
# it reads end of file at once, so its countdown never reaches 29 s.
if grep -q 'to quit (29s)' "$tmp/quit.log"; then fail "SIGQUIT: the backtracer waited for a key"
else ok "SIGQUIT: nothing waited for a key"; fi
# The alternate screen was left before the backtrace was written.
python3 - "$tmp/quit.log" <<'PY' && ok "SIGQUIT: terminal restored before the report" || fail "SIGQUIT: report drawn on the meeting screen"
import sys
log = open(sys.argv[1], "rb").read()
leave = log.rfind(b"\x1b[?1049l")
crash = log.find(b"crashed")
sys.exit(0 if leave >= 0 and (crash < 0 or leave < crash) else 1)
PY
check_sane "after SIGQUIT"

# --- a crash signal with the defaults: no prompt either ------------------------------------
start segv
pid=$(pid_of_wbr)
[ -n "$pid" ] && kill -SEGV "$pid"
status_is segv 139 25
stop_log
grep -q 'to quit (29s)' "$tmp/segv.log" && fail "SIGSEGV: the backtracer waited for a key" || ok "SIGSEGV: nothing waited for a key"
check_sane "after SIGSEGV"

# --- signals whose default is to terminate: a clean exit, 128 + the signal -----------------
for sig in USR1 ALRM RTMIN+1; do
  start "$sig"
  pid=$(pid_of_wbr)
  [ -n "$pid" ] && kill -s "$sig" "$pid"
  num=$(kill -l "$sig")
  status_is "$sig" $((128 + num)) 10
  stop_log
  check_sane "after SIG$sig"
done

# --- TERM=dumb: a message and status 1, not a blank screen; no journal ---------------------
rm -f "$tmp/dumb.jsonl"
keys "clear; TERM=dumb '$BIN' meet '$DECK' --journal '$tmp/dumb.jsonl'; echo \$? > '$tmp/dumb.status'" Enter
status_is dumb 1 10
wait_for 'cannot place the cursor' 5 && ok "TERM=dumb: says why" || fail "TERM=dumb: no message"
[ ! -e "$tmp/dumb.jsonl" ] && ok "TERM=dumb: no journal created" || fail "TERM=dumb created a journal"

# --- not a terminal: 64, no journal file ----------------------------------------------------
"$BIN" meet "$DECK" --journal "$tmp/none.jsonl" </dev/null >/dev/null 2>"$tmp/none.err"
status=$?
if [ "$status" = 64 ] && [ ! -e "$tmp/none.jsonl" ] && grep -q 'not a terminal' "$tmp/none.err"; then
  ok "no terminal: 64, no journal created"
else
  fail "no terminal: status $status, journal $( [ -e "$tmp/none.jsonl" ] && echo created || echo absent)"
fi

[ "$fails" = 0 ] && echo "signals: all passed" || echo "signals: $fails failed"
[ "$fails" = 0 ]
