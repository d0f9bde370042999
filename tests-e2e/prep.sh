#!/usr/bin/env bash
# End-to-end: owners' pre-read (issue #19) in a real terminal (tmux), sequential while the
# record has one writer at a time. Two owners prepare the week-47 meeting with `wbr prep`
# (Zoë explains her anomaly and watches her own gaps count fall to zero, her help offers no key
# the session refuses; 王小明 explains one
# of his, and Esc brings back his metrics and e e his text), `wbr gaps` and `wbr prep --status` list what is left, then the lead's meeting shows
# the explanations as prepared, `A` accepts Zoë's (one journal line), and the notes list
# 王小明's unaccepted one as "prepared, not discussed". Preparing a past week is refused.
# HOME is the scratch folder, so the record search stops there whatever /tmp holds.
set -uo pipefail
cd "$(dirname "$0")/.."

source tests-e2e/lib/tmux.sh
S=$tmp/retail
mkdir -p "$S/w46" "$S/w47"
cp sample-data/retail-series/2026-11-14/deck.json "$S/w46/deck.json"
cp sample-data/retail-series/2026-11-21/deck.json "$S/w47/deck.json"
cp sample-data/owners.json "$S/owners.json"
R=$S/wbr-journal.jsonl
HOME=$tmp "$BIN" init "$S" >/dev/null 2>&1 && [ -f "$R" ] || fail "wbr init did not make the series record"

tm new-session -d -s e2e -x 160 -y 50 "env PS1='e2e\$ ' HOME='$tmp' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

run() {  # run NAME COMMAND...: in the pane, in $week (w47 unless set); status in $tmp/NAME.status
  rm -f "$tmp/$1.status"
  local name=$1
  shift
  keys "clear; cd '$S/${week:-w47}' && '$BIN' $* 2>'$tmp/$name.err'; echo \$? > '$tmp/$name.status'" Enter
}
quit() {  # quit NAME
  keys q
  wait_file "$tmp/$1.status" 10 || fail "$1 did not quit"
  [ "$(cat "$tmp/$1.status" 2>/dev/null)" = 0 ] && ok "$1 quits with status 0" || fail "$1 status $(cat "$tmp/$1.status")"
}
filter_to() {
  keys /
  wait_for '^Filter:' 5 || fail "no filter prompt"
  text "$1"
  keys Enter
  wait_for "filter: $1" 5 || fail "filter $1 is not shown in the header"
}

# --- Zoë prepares: her anomaly first, her gaps fall to zero ------------------------------------
run zoe prep deck.json --owners ../owners.json --owner zoe
expect 'PREP Zoë Øster' "the prep screen says whose it is"
expect 'gaps 1' "Zoë's header counts her one gap"
expect 'x notes  \? help  q quit' "the prep footer says how to leave"
wait_for 'Space mark' 1 && fail "the prep footer offers Space, which a prep session refuses"
expect '^▶.*Page load time p90' "her anomaly is first and selected"
keys e e
expect 'Explained: Page load' "e e asks for the explanation"
text "CDN fault on Tuesday"
keys Enter
expect 'gaps 0' "her gaps count falls to zero"
expect '^▶P' "the row is marked as prepared"
keys Space
expect "Reviewed marks are the lead's" "a prep session refuses reviewed marks"
keys '?'
expect 'outcome: explained, investigating or routine' "help opens in a prep session"
wait_for 'mark reviewed' 1 && fail "prep help lists Space, which a prep session refuses"
wait_for "accept the owner's prepared entry" 1 && fail "prep help lists A, the lead's"
keys Escape
quit zoe
login=$(id -un)
grep -q "\"type\":\"prep.open\".*\"by\":\"$login\".*\"owner\":\"zoe\"" "$R" \
  && ok "the prep session is journaled as the login name, for Zoë" || fail "no prep.open by $login: $(head -c 400 "$R")"

# --- 王小明 prepares one of his anomalies ---------------------------------------------------------
run wang prep deck.json --owners ../owners.json --owner wang
expect 'PREP 王小明' "王小明's prep screen"
filter_to conversion
keys e e
text "A checkout bug on Android"
keys Enter
expect 'Prepared: Conversion rate explained' "his explanation is saved, as prepared"
keys Escape
expect 'Site visits' "Esc on the filter comes back to 王小明's metrics"
wait_for 'Page load time' 1 && fail "Esc on the filter showed the whole deck in a prep session"
keys e e
expect '▶ A checkout bug on Android' "e e starts from his prepared explanation"
keys Escape
quit wang

# --- reminders: wbr gaps and wbr prep --status --------------------------------------------------
(cd "$S/w47" && HOME=$tmp "$BIN" prep --status --owner zoe --owners ../owners.json >"$tmp/zoe.gaps" 2>/dev/null) \
  && grep -q 'response gaps before the meeting of the week ending 2026-11-21: none' "$tmp/zoe.gaps" \
  && ok "wbr prep --status says Zoë has no gaps left" || fail "zoe status: $(cat "$tmp/zoe.gaps")"
(cd "$S/w47" && HOME=$tmp "$BIN" gaps --format json --owners ../owners.json >"$tmp/gaps.json" 2>/dev/null)
python3 - "$tmp/gaps.json" <<'PY' && ok "wbr gaps --format json lists the rest, not what was prepared" || fail "gaps json: $(head -c 600 "$tmp/gaps.json")"
import json, sys
g = json.load(open(sys.argv[1]))
metrics = [a["metric"] for o in g["owners"] for a in o["anomalies"]]
assert "page_load" not in metrics and "conversion" not in metrics, metrics
assert "search_success" in metrics and g["count"] == len(metrics), g
PY
(cd "$S/w47" && HOME=$tmp "$BIN" gaps --format xml >/dev/null 2>&1)
[ $? = 64 ] && ok "wbr gaps refuses an unknown format (64)" || fail "gaps --format xml was not 64"

# --- the lead's meeting, with a follower: prepared entries shown, A accepts, notes the rest ------
tm new-window -d -t e2e -n follow "env HOME='$tmp' bash --norc --noprofile -c \"cd '$S/w47' && '$BIN' meet --follow deck.json --owners ../owners.json 2>'$tmp/follow.err'; echo \\\$? > '$tmp/follow.status'\""
pane=e2e:follow
expect 'Following the lead' "the follower opens read-only"
pane=e2e
run lead meet deck.json --owners ../owners.json --lead maria
wait_for 'Retail WBR' 10 || fail "the meeting did not open"
keys Escape
filter_to page_load
keys Enter
expect 'Prepared, explained: CDN fault on Tuesday \(prepared by Zoë Øster at [0-9][0-9]:[0-9][0-9]' \
  "the lead sees Zoë's explanation as prepared, with who and when"
keys A
expect 'Accepted: Page load time p90 \(ms\) explained, prepared by Zoë Øster' "A accepts it"
expect 'Explained: CDN fault on Tuesday \(prepared by Zoë Øster' "it is now the record, still saying who prepared it"
tail -1 "$R" | grep -q '"type":"prep.accept".*"by":"maria"' && [ "$(grep -c '"type":"prep.accept"' "$R")" = 1 ] \
  && ok "accepting is one journal change, the lead's" || fail "journal after A: $(tail -2 "$R" | cut -c1-200)"
pane=e2e:follow
expect '^Page load time p90 \(ms\) .*anomaly' "the follower shows the metric the lead opened"
expect 'Following maria' "and says whom it follows"
expect 'Explained: CDN fault on Tuesday \(prepared by Zoë Øster' "and the accepted explanation, from the record"
keys q
wait_file "$tmp/follow.status" 10 && [ "$(cat "$tmp/follow.status")" = 0 ] && ok "the follower quits with status 0" \
  || fail "follower status $(cat "$tmp/follow.status" 2>/dev/null)"
pane=e2e
[ -f "$R.view.json" ] && grep -q '"screen"' "$R.view.json" && ! grep -q '"screen"' "$R" \
  && ok "where the lead looks is in the side file, not the journal" || fail "no side file $R.view.json"
quit lead
(cd "$S/w47" && HOME=$tmp "$BIN" notes --owners ../owners.json --deck deck.json --format txt >"$tmp/notes.txt" 2>/dev/null)
sed -n '/^Prepared, not discussed/,/^$/p' "$tmp/notes.txt" | grep -q 'Conversion rate: explained: A checkout bug on Android (prepared by 王小明' \
  && ok "the notes list 王小明's unaccepted explanation as prepared, not discussed" || fail "notes: $(cat "$tmp/notes.txt")"
sed -n '/^Prepared, not discussed/,/^$/p' "$tmp/notes.txt" | grep -q 'Page load' \
  && fail "the accepted one is still listed as not discussed" || ok "the accepted one is not"
grep -q 'led by maria' "$tmp/notes.txt" && ok "the lead is the meeting's, not the first owner who prepared" \
  || fail "notes header: $(head -5 "$tmp/notes.txt")"

# --- a past week cannot be prepared --------------------------------------------------------------
week=w46 run past prep deck.json --owners ../owners.json --owner zoe
wait_file "$tmp/past.status" 10 || fail "prep of a past week did not stop"
[ "$(cat "$tmp/past.status")" = 65 ] && grep -q 'owners prepare the coming meeting only' "$tmp/past.err" \
  && ok "preparing a past week is refused (65) with why" \
  || fail "past week: status $(cat "$tmp/past.status"), $(cat "$tmp/past.err")"

[ $fails -eq 0 ] && echo "prep: all passed" || { echo "prep: $fails failed"; exit 1; }
