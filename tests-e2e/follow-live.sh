#!/usr/bin/env bash
# End-to-end: the follower (`wbr meet --follow`) shows another writer's change within its poll,
# without a key anywhere. The lead (`wbr meet`), a follower and an owner's `wbr prep` run at the
# same time in separate tmux windows against one series record. The lead opens a metric; the
# owner explains it in prep; the follower's drill-down shows the proposal and its footer names
# it as the lead's does, within a second of the owner's Enter (the follower reads only the lines
# appended). An owner's undo and the lead's accept reach the follower the same way, and a record
# replaced on disk (a restore from a backup) is read again from its start.
set -uo pipefail
cd "$(dirname "$0")/.."

source tests-e2e/lib/tmux.sh
S=$tmp/retail
mkdir -p "$S/w47"
cp sample-data/retail-series/2026-11-21/deck.json "$S/w47/deck.json"
python3 - sample-data/owners.json "$S/owners.json" <<'PY' || { fail "could not write the owners file"; exit 1; }
import json, sys
owners = json.load(open(sys.argv[1]))
owners["assignments"]["page_load"] = "zoe"
owners["assignments"]["search_success"] = "zoe"
json.dump(owners, open(sys.argv[2], "w"), ensure_ascii=False)
PY
R=$S/wbr-journal.jsonl
HOME=$tmp "$BIN" init "$S" >/dev/null 2>&1 && [ -f "$R" ] || fail "wbr init did not make the series record"

win() {  # win NAME COMMAND...: a window running wbr in the week folder; status in $tmp/NAME.status
  local name=$1
  shift
  tm new-window -d -t e2e -n "$name" \
    "env HOME='$tmp' bash --norc --noprofile -c \"cd '$S/w47' && '$BIN' $* 2>'$tmp/$name.err'; echo \\\$? > '$tmp/$name.status'\""
}
filter_to() {  # filter_to ID: the deck (or the owner's list) narrowed to one metric
  keys Escape
  keys /
  wait_for '^Filter:' 5 || fail "no filter prompt"
  text "$1"
  keys Enter
  wait_for "filter: $1" 5 || fail "filter $1 is not shown in the header"
}
now_ms() { date +%s%3N; }
# within MS REGEX WHAT: the follower's screen matches REGEX within MS (times the patience) of $t0.
within() {
  local limit=$1 pattern=$2 what=$3
  pane=e2e:follow
  if wait_for "$pattern" 5; then
    local took=$(($(now_ms) - t0))
    if [ "$took" -le $((limit * patience)) ]; then ok "$what, in ${took} ms"; else fail "$what took ${took} ms"; fi
  else
    fail "$what: not on the follower's screen (no /$pattern/)"
  fi
}

tm new-session -d -s e2e -n shell -x 150 -y 40 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

win lead meet deck.json --owners ../owners.json --lead maria
pane=e2e:lead
expect 'Retail WBR' "the lead's meeting opens"
win follow meet --follow deck.json --owners ../owners.json
win zoe prep deck.json --owners ../owners.json --owner zoe
pane=e2e:follow
expect 'Following the lead' "the follower opens, read-only"
pane=e2e:zoe
expect 'PREP Zoë Øster' "Zoë's prep session opens beside the meeting"

# --- the lead opens a metric; the follower goes there ----------------------------------------
pane=e2e:lead
filter_to page_load
keys Enter
pane=e2e:follow
expect '^Page load time p90 \(ms\) .*anomaly' "the follower shows the metric the lead opened"
expect 'Following maria' "and says whom it follows"

# --- the owner explains it: the follower shows it without a key, as the lead does -------------
pane=e2e:zoe
filter_to page_load
keys e e
wait_for 'Explained: Page load' 5 || fail "zoe: no explanation prompt"
text "CDN fault on Tuesday"
t0=$(now_ms)
keys Enter
within 1000 'Prepared, explained: CDN fault on Tuesday \(prepared by Zoë Øster' \
  "the follower's drill-down shows Zoë's explanation"
within 1000 'Zoë Øster prepared an explanation for Page load time p90 \(ms\)$' \
  "the follower's footer names it as the lead's does, without the lead's key (A)"
pane=e2e:lead
expect 'Zoë Øster prepared an explanation for Page load time p90 \(ms\) \(A accepts\)' "the lead's footer names it"
cp "$R" "$tmp/backup.jsonl"

# --- her undo, and a second explanation elsewhere ---------------------------------------------
pane=e2e:zoe
keys Escape
t0=$(now_ms)
keys u
within 1000 'Nothing recorded for this metric in this meeting yet' "Zoë's undo reaches the follower's drill-down"
pane=e2e:follow
wait_for 'Prepared, explained: CDN fault' 1 && fail "the follower still shows the undone proposal"
pane=e2e:zoe
filter_to page_load
keys e e
wait_for 'Explained: Page load' 5 || fail "zoe: no explanation prompt"
text "CDN fault, again"
t0=$(now_ms)
keys Enter
within 1000 'Prepared, explained: CDN fault, again' "her second explanation reaches the follower"

# --- the lead accepts it: the follower shows the outcome, and still the lead's view ------------
pane=e2e:lead
# The lead polls the record on its own clock: A before the lead has read her second
# explanation would have nothing new to accept.
expect 'Prepared, explained: CDN fault, again' "the lead's drill-down has her second explanation"
keys A
expect 'Accepted: Page load time p90 \(ms\) explained, prepared by Zoë Øster' "A accepts it"
t0=$(now_ms)
within 1000 'Explained: CDN fault, again \(prepared by Zoë Øster' "the follower shows the accepted explanation"

# --- the record replaced on disk (restored from a copy): read again from its start -------------
mv "$tmp/backup.jsonl" "$R"
t0=$(now_ms)
within 1000 'Prepared, explained: CDN fault on Tuesday' "the follower reads the restored record again"
wait_for 'CDN fault, again' 1 && fail "the follower still shows what the restored record does not have"

for w in zoe lead follow; do
  pane=e2e:$w
  keys Escape
  keys q
  wait_file "$tmp/$w.status" 10 && [ "$(cat "$tmp/$w.status")" = 0 ] && ok "$w quits with status 0" \
    || fail "$w status $(cat "$tmp/$w.status" 2>/dev/null): $(cat "$tmp/$w.err" 2>/dev/null)"
done

[ "$fails" = 0 ] || { echo "follow-live: $fails failed"; exit 1; }
echo "follow-live: all passed"
