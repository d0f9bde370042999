#!/usr/bin/env bash
# CPU a follower (`wbr meet --follow`) spends on each line another writer appends to a large
# record: a year of a 1,500-metric deck (scripts/gen-series-journal.py, 80,123 lines, 11 MB)
# followed at its latest week in a detached tmux pane, then LINES lines appended one every
# 0.4 s (each its own poll: the poll is every 0.2 s). The follower's CPU (every thread's
# on-CPU time from /proc/PID/task/*/schedstat, in ns) over the appends, less the same
# length of idle polling measured just before, divided by LINES: the poll, the fold and the
# frame each line costs. Also the follower's resident memory after the appends (VmRSS) and its
# peak (VmHWM). The machine is shared: run it several times, binaries alternated.
# Usage: scripts/bench-follow.sh WBR_BINARY [LINES]   (a release build: swift build -c release)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
lines=${2:-40}
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
work="$(mktemp -d)"
sock="$work/tmux.sock"
trap 'tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$work"' EXIT
python3 "$root/scripts/gen-series-journal.py" "$work" >/dev/null
mv "$work/series.jsonl" "$work/wbr-journal.jsonl"
python3 "$root/scripts/gen-deck.py" --metrics 1500 -o "$work/deck.json" >/dev/null
# The lead is on the deck: the follower's header counts the metrics marked reviewed.
echo '{"v":1,"week":"2026-11-21","lead":"maria","screen":"deck","metric":null,"walk":""}' \
  >"$work/wbr-journal.jsonl.view.json"
tmux -S "$sock" new-session -d -s b -x 200 -y 50 \
  "cd '$work' && LC_ALL=C.UTF-8 HOME='$work' '$bin' meet --follow deck.json --journal wbr-journal.jsonl 2>'$work/err'"
for _ in $(seq 600); do
  tmux -S "$sock" capture-pane -p -t b 2>/dev/null | grep -q 'Following the lead' && break
  sleep 0.1
done
tmux -S "$sock" capture-pane -p -t b | grep -q 'Following the lead' || { cat "$work/err"; exit 1; }
pid=$(pgrep -n -f "$bin meet --follow deck.json --journal wbr-journal.jsonl")
cpu_ns() { cat /proc/"$pid"/task/*/schedstat | awk '{ s += $1 } END { printf "%d", s }'; }
sleep 2
t0=$(cpu_ns)
sleep "$(awk -v n="$lines" 'BEGIN { print n * 0.4 }')"
t1=$(cpu_ns)
for i in $(seq "$lines"); do
  printf '{"v":1,"type":"metric.reviewed","id":"bench-%d","at":"2026-11-21T16:00:00Z","by":"zoe","week":"2026-11-21","metric":"m%05d"}\n' \
    "$i" "$i" >>"$work/wbr-journal.jsonl"
  sleep 0.4
done
sleep 1
t2=$(cpu_ns)
shown=$(tmux -S "$sock" capture-pane -p -t b | grep -o "reviewed [0-9]*/1500" || true)
[ "$shown" = "reviewed $lines/1500" ] || tmux -S "$sock" capture-pane -p -t b | head -3 >&2
[ "$shown" = "reviewed $lines/1500" ] || echo "warning: the follower's header says '$shown', not 'reviewed $lines/1500'" >&2
rss=$(awk '/VmRSS/ { print $2 }' /proc/"$pid"/status)
hwm=$(awk '/VmHWM/ { print $2 }' /proc/"$pid"/status)
idle=$((t1 - t0))
busy=$((t2 - t1))
awk -v b="$busy" -v i="$idle" -v n="$lines" -v r="$rss" -v h="$hwm" 'BEGIN {
  printf "idle %.1f ms; with %d lines %.1f ms; per line %.2f ms CPU; RSS %d MB, peak %d MB\n",
    i / 1e6, n, b / 1e6, (b - i * (n * 0.4 + 1) / (n * 0.4)) / n / 1e6, r / 1024, h / 1024 }'
