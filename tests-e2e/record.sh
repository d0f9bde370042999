#!/usr/bin/env bash
# End-to-end: the meeting record in a real terminal (tmux). Week 1 on the sample deck with a
# temporary journal: an explanation, an "investigating", two commitments (one for Zoë Øster
# through the owner picker), a reviewed mark, a Markdown export, and a second wbr that opens
# read-only while the journal is locked for a whole session. Week 2 on a deck shifted by a week: it opens on the
# commitments screen, one is marked done, then wbr is SIGKILLed mid-entry; reopened, every
# saved change is there exactly once and the half-typed text is not; `wbr notes --format
# json` lists it all. Private tmux server and polling helpers from tests-e2e/lib/tmux.sh;
# TERM left alone.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "FAIL: python3 is needed for this test"; exit 1; }

source tests-e2e/lib/tmux.sh
cp sample-data/retail-deck.json sample-data/owners.json "$tmp/"
DECK=$tmp/retail-deck.json
NEXT=$tmp/retail-deck-next.json
OWNERS=$tmp/owners.json
J=$tmp/journal.jsonl

# filter_to ID: selects a metric on the deck by filtering on its id.
filter_to() {
  keys /
  wait_for '^Filter:' 5 || fail "no filter prompt"
  text "$1"
  keys Enter
  wait_for "filter: $1" 5 || fail "filter $1 is not shown in the header"
  wait_for '^▶' 5 || fail "filter $1 left no metric selected"
}
lines() { grep -c "$1" "$J" 2>/dev/null || true; }
# changes: the journal's change lines (each session also writes its first lines: series, meeting).
changes() { grep -vc '"type":"\(series\|meeting\)\.' "$J" 2>/dev/null || true; }

# The next week's deck: week_ending + 7 and one more weekly point per metric.
python3 - "$DECK" "$NEXT" <<'PY'
import datetime, json, sys
deck = json.load(open(sys.argv[1]))
week = datetime.date.fromisoformat(deck["week_ending"]) + datetime.timedelta(days=7)
deck["week_ending"] = week.isoformat()
deck["as_of"] = (week + datetime.timedelta(days=2)).isoformat() + "T07:00:00Z"
for m in deck["metrics"]:
    known = [p["value"] for p in m["weekly"] if p["value"] is not None]
    m["weekly"].append({"week_ending": week.isoformat(), "value": known[-1] if known else None})
json.dump(deck, open(sys.argv[2], "w"))
PY
"$BIN" check "$NEXT" --owners "$OWNERS" >/dev/null 2>&1 && ok "next week's deck is valid" \
  || { echo "FAIL: the shifted deck is refused:"; "$BIN" check "$NEXT" --owners "$OWNERS"; exit 1; }

tm new-session -d -s e2e -x 100 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
start() {  # start NAME DECK: wbr meet in the pane; exit status lands in $tmp/NAME.status
  rm -f "$tmp/$1.status"
  keys "clear; '$BIN' meet '$2' --owners '$OWNERS' --journal '$J' --lead maria; echo \$? > '$tmp/$1.status'" Enter
}

# --- week 1 -----------------------------------------------------------------------------------
start week1 "$DECK"
expect 'anomal' "week 1 opens on the deck"
filter_to new_skus
keys e
expect 'Outcome: New SKUs listed' "e opens the outcome menu"
keys e
expect 'Explained: New SKUs listed' "e again asks for the explanation"
text "Vendor onboarding wave: 3 big sellers, 漢字 and all"
keys Enter
expect 'Saved: New SKUs listed explained' "the explanation is saved"
keys Escape
wait_for "reviewed [0-9]+/42" 5 || fail "filter not cleared"
filter_to page_load
keys e i
expect 'Investigating: Page load time' "investigating asks what is being checked (optional)"
keys Enter
expect 'Saved: Page load time p90 \(ms\) investigating; Zoë Øster reports back on 2026-11-28' \
  "investigating creates Zoë's report-back"
keys Escape
filter_to promise_met
keys a
expect 'New commitment' "a opens the commitment form"
text "Fix the carrier feed"
keys Enter
expect 'Saved: commitment for Amara Okafor, due 2026-11-28' "a commitment for the metric's owner"
keys a
text "Audit the CDN config"
keys Tab
expect 'type to find' "Tab moves to the owner picker"
text "zoe"
expect 'Zoë Øster \(Site reliability\)' "the picker finds Zoë by zoe"
keys Enter
expect 'Saved: commitment for Zoë Øster, due 2026-11-28' "a commitment for Zoë Øster"
keys Escape
filter_to hold_time
keys Space
expect "Reviewed: Average hold time" "Space marks reviewed"
expect 'reviewed' "the header counts reviewed metrics"
keys x
expect 'Export the notes' "x asks where to export"
keys Enter
expect "Notes written to $tmp/wbr-notes-2026-11-21.md" "the export says where it was written"
md=$tmp/wbr-notes-2026-11-21.md
if grep -q 'Vendor onboarding wave' "$md" && grep -q 'Zoë Øster' "$md" && grep -q 'Fix the carrier feed' "$md"; then
  ok "the Markdown notes hold the meeting"
else
  fail "the Markdown notes lack the meeting"; cat "$md"
fi
[ "$(changes)" = 5 ] && ok "5 changes in the journal" || fail "journal has $(changes) changes, expected 5"

# A second wbr while the journal is locked for a whole session (as an older wbr, or one on a
# network file system, holds it; a python3 process holding flock stands in for it): read-only,
# says so, refuses edits. (Two wbr meet on one record both write: tests-e2e/writers.sh.)
python3 -c 'import fcntl, sys, time; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(60)' "$J" &
holder=$!
sleep 0.3
tm new-window -t e2e -n second "env PS1='two\$ ' HISTFILE=/dev/null bash --norc --noprofile"
pane=e2e:second
wait_for '^two\$' 10 || fail "second shell did not start"
keys "clear; '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$J' 2>'$tmp/second.err'; echo \$? > '$tmp/second.status'" Enter
expect 'READ-ONLY' "a second wbr opens read-only while another holds the journal for itself"
keys e
expect 'READ-ONLY: another wbr holds this journal for itself' "read-only refuses edits with the reason"
keys q
wait_for '^two\$' 10 || fail "second wbr did not quit"
grep -q 'opening read-only' "$tmp/second.err" && ok "the second wbr says so on standard error" \
  || fail "no read-only message on stderr: $(cat "$tmp/second.err")"
[ "$(wc -l <"$J")" = 8 ] && ok "the read-only wbr wrote nothing (5 changes after the series and session lines, the export's meeting.held)" || fail "journal changed"
tm kill-window -t e2e:second
kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null
pane=e2e:0
keys q
wait_for '^e2e\$' 10 || fail "week 1 did not quit"
[ "$(cat "$tmp/week1.status" 2>/dev/null)" = 0 ] && ok "q quits with status 0" || fail "week 1 status"

# --- week 2: follow-up first, then SIGKILL mid-entry -------------------------------------------
start week2 "$NEXT"
expect 'From earlier meetings: 3 open of 3' "week 2 opens on the earlier commitments"
expect '3 wk|1 wk' "ages are shown"
keys d
expect 'Done: Report back on Page load time p90 \(ms\)' "d asks what was reported back (optional)"
keys Enter
wait_until grep -q '"commitment.done"' "$J" && ok "Enter marks it done" || fail "no done saved"
keys Down D
expect 'Drop: Audit the CDN config' "D asks why"
text "half-typed reason that must not be saved"
expect 'half-typed reason' "the reason is on screen"
pid=$(pgrep -f -n -- "$BIN meet $NEXT") || pid=
[ -n "$pid" ] && kill -KILL "$pid" && ok "SIGKILL mid-entry" || fail "no wbr to kill"
wait_for '^e2e\$' 10 || keys Enter
[ "$(lines '"commitment.done"')" = 1 ] && ok "the done is on disk once" || fail "done lines: $(lines commitment.done)"
[ "$(lines 'half-typed')" = 0 ] && ok "the half-typed reason is not in the journal" || fail "unsaved text saved"
tm send-keys -t e2e "reset; clear; echo reset-done" Enter
wait_for '^reset-done' 10 || fail "the shell did not come back after reset"

start reopen "$NEXT"
expect 'From earlier meetings: 2 open of 3' "reopened: the done is still done"
expect 'Audit the CDN config' "the open commitments are still listed"
keys q
wait_for '^e2e\$' 10 || fail "reopened wbr did not quit"
[ "$(changes)" = 6 ] && ok "6 changes in the journal" || fail "journal has $(changes) changes, expected 6"

# --- wbr notes --format json: everything, exactly once ------------------------------------------
"$BIN" notes --journal "$J" --deck "$DECK" --owners "$OWNERS" --format json >"$tmp/w1.json" 2>/dev/null
"$BIN" notes --journal "$J" --deck "$NEXT" --owners "$OWNERS" --format json >"$tmp/w2.json" 2>/dev/null
if python3 - "$tmp/w1.json" "$tmp/w2.json" <<'PY'
import json, sys
w1, w2 = (json.load(open(p)) for p in sys.argv[1:3])
t1, t2 = json.dumps(w1, ensure_ascii=False), json.dumps(w2, ensure_ascii=False)
checks = [
    t1.count("Vendor onboarding wave") == 1,
    t1.count('"investigating"') >= 1,
    t1.count("Fix the carrier feed") == 1,
    t1.count("Audit the CDN config") == 1,
    t1.count("Report back on Page load time p90 (ms)") == 1,
    "Zoë Øster" in t1 and "Amara Okafor" in t1,
    t2.count("Audit the CDN config") == 1,
    t2.count("Fix the carrier feed") == 1,
    t2.count("Report back on Page load time p90 (ms)") == 1,
    '"done"' in t2,
    "half-typed" not in t1 + t2,
]
sys.exit(0 if all(checks) else 1)
PY
then
  ok "wbr notes --format json lists both meetings, each change once"
else
  echo "FAIL: wbr notes json"; fails=$((fails + 1)); head -c 3000 "$tmp/w2.json"
fi

[ "$fails" = 0 ] && echo "record: all passed" || echo "record: $fails failed"
[ "$fails" = 0 ]
