#!/usr/bin/env bash
# End-to-end: the WBR as a weekly series (issue #12), in a real terminal (tmux). Three
# consecutive weeks with their decks in separate folders under one series folder, as a
# pipeline writes them: week 1 starts a new record next to its deck, explains, investigates and
# commits; week 2 is stopped until `wbr init` makes that record the series record, then follows
# up (done with a note, carry, drop), reads a repeat signal against week 1's explanation and
# investigates again (the report-back continues, no second one); week 3 carries the carried
# item a second time. Reopening week 1 shows it as it ended (read-only, its export equal to the
# one made at the end of its meeting), and `wbr notes --week` for each week equals what `x`
# wrote at the end of that week's meeting; `wbr log` and `wbr commitments` list the series (the
# report-back left open at week 3 is overdue: its meeting passed). HOME is the scratch folder,
# so the record search stops there whatever /tmp holds.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "FAIL: python3 is needed for this test"; exit 1; }

source tests-e2e/lib/tmux.sh
S=$tmp/retail
mkdir -p "$S/w46" "$S/w47" "$S/w48"
cp sample-data/retail-series/2026-11-14/deck.json "$S/w46/deck.json"
cp sample-data/retail-series/2026-11-21/deck.json "$S/w47/deck.json"
cp sample-data/owners.json "$S/owners.json"
# Week 3's deck: the week after, one more weekly point per metric (the last value again).
python3 - "$S/w47/deck.json" "$S/w48/deck.json" <<'PY'
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
R=$S/wbr-journal.jsonl

filter_to() {  # filter_to ID: selects a metric on the deck by filtering on its id
  keys /
  wait_for '^Filter:' 5 || fail "no filter prompt"
  text "$1"
  keys Enter
  wait_for "filter: $1" 5 || fail "filter $1 is not shown in the header"
}
clear_filter() {
  keys Escape
  wait_for 'reviewed [0-9]+/42' 5 || fail "filter not cleared"
}
start() {  # start WEEK-FOLDER NAME: wbr meet in that folder; status in $tmp/NAME.status
  rm -f "$tmp/$2.status"
  keys "clear; cd '$S/$1' && '$BIN' meet deck.json --owners ../owners.json --lead maria 2>'$tmp/$2.err'; echo \$? > '$tmp/$2.status'" Enter
}
quit() {  # quit NAME
  keys q
  wait_file "$tmp/$1.status" 10 || fail "$1 did not quit"
  [ "$(cat "$tmp/$1.status" 2>/dev/null)" = 0 ] && ok "$1 quits with status 0" || fail "$1 status $(cat "$tmp/$1.status")"
}
export_notes() {  # export_notes PATH COPY: x, Enter, the notes at PATH, kept as COPY
  rm -f "$1"
  keys x
  expect 'Export the notes' "x asks where to export"
  keys Enter
  expect "Notes written to $1" "the notes are written next to the record"
  cp "$1" "$2" 2>/dev/null || fail "no notes at $1"
}

tm new-session -d -s e2e -x 160 -y 50 "env PS1='e2e\$ ' HOME='$tmp' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

# --- week 1 (2026-11-14): a new record next to the deck -----------------------------------------
start w46 week1
expect 'new meeting record at' "week 1 says it starts a new record"
filter_to new_skus
keys e e
expect 'Explained: New SKUs listed' "e e asks for the explanation"
text "Supplier feed failed on Tuesday"
keys Enter
expect 'Saved: New SKUs listed explained' "the explanation is saved"
clear_filter
filter_to click_to_door
keys e i
expect 'Investigating: Click-to-door' "investigating asks what is being checked"
text "Checking the north-east sort centre"
keys Enter
expect 'Saved: Click-to-door time \(hours\) investigating; Amara Okafor reports back on 2026-11-21' \
  "investigating creates Amara's report-back"
clear_filter
add() {  # add METRIC TEXT OWNER
  filter_to "$1"
  keys a
  expect 'New commitment' "a opens the commitment form"
  text "$2"
  keys Enter
  expect "Saved: commitment for $3, due 2026-11-21" "a commitment for $3"
  clear_filter
}
add promise_met "Fix the carrier cut-off times" "Amara Okafor"
add contact_rate "Publish the peak-week staffing plan" "Priya Raman"
add gross_margin "Benchmark the price index" "Tom Becker"
export_notes "$S/w46/wbr-notes-2026-11-14.md" "$tmp/x46.md"
quit week1
grep -q "new meeting record at $S/w46/wbr-journal.jsonl; no earlier meetings found above $S" "$tmp/week1.err" \
  && ok "standard error says where the new record is and how far the search went" \
  || fail "no new-record note on stderr: $(cat "$tmp/week1.err")"
grep -q '"type":"series.start"' "$S/w46/wbr-journal.jsonl" && grep -q '"type":"meeting.open"' "$S/w46/wbr-journal.jsonl" \
  && ok "the record starts its series and the meeting's session" || fail "no series or session lines"

# --- week 2 (2026-11-21): stopped until wbr init, then the follow-up ----------------------------
start w47 week2-stopped
wait_file "$tmp/week2-stopped.status" 10 || fail "week 2 did not stop"
[ "$(cat "$tmp/week2-stopped.status")" = 78 ] && ok "a sibling week's record stops week 2 (exit 78)" \
  || fail "week 2 status $(cat "$tmp/week2-stopped.status")"
grep -q "wbr init $S" "$tmp/week2-stopped.err" && ok "it names the one command" \
  || fail "no wbr init in: $(cat "$tmp/week2-stopped.err")"
[ ! -e "$S/w47/wbr-journal.jsonl" ] && ok "no second record was started" || fail "a second record exists"
"$BIN" init "$S" >"$tmp/init.out" 2>&1 && [ -f "$R" ] && [ ! -e "$S/w46/wbr-journal.jsonl" ] \
  && ok "wbr init moves the record up to the series folder" || fail "wbr init: $(cat "$tmp/init.out")"

start w47 week2
expect 'From earlier meetings: 4 open of 4' "week 2 opens on week 1's commitments"
keys Down r
expect 'Carried to 2026-11-28: Fix the carrier cut-off times' "r carries the carrier fix"
keys Down d
expect 'Done: Publish the peak-week staffing plan' "d asks what was reported back"
text "Plan on the ops wiki; 12 agents added"
keys Enter
wait_for 'Done: Publish the peak-week staffing plan' 5
wait_until grep -q '"note":"Plan on the ops wiki; 12 agents added"' "$R" && ok "done is saved with its note" \
  || fail "no done note in the record"
keys Down D
expect 'Drop: Benchmark the price index' "D asks why"
text "Folded into the Q1 pricing review"
keys Enter
expect 'Dropped: Benchmark the price index' "the drop is saved"
keys Escape
wait_for 'reviewed [0-9]+/42' 5 || fail "Esc does not go back to the deck"
expect 'New SKUs listed ↻2' "the deck marks new_skus: its signal was discussed last meeting too"
expect 'Click-to-door time \(hours\) ↻2' "and click_to_door"
filter_to new_skus
keys Enter
expect 'Earlier meetings \(discussed last meeting too\)' "the drill-down remembers the metric"
expect '2026-11-14: Explained: Supplier feed failed on Tuesday' "a repeat signal shows week 1's explanation"
keys Escape
clear_filter
filter_to click_to_door
keys e i
text "Now the sort-centre scanners"
keys Enter
expect "Amara Okafor's report-back from 2026-11-14 continues, due 2026-11-28" \
  "investigating again continues the open report-back"
[ "$(grep -c '"text":"Report back on Click-to-door time (hours)"' "$R")" = 1 ] \
  && ok "no second report-back" || fail "a second report-back was created"
clear_filter
export_notes "$S/wbr-notes-2026-11-21.md" "$tmp/x47.md"
quit week2

# --- week 3 (2026-11-28): the carried item carried twice -----------------------------------------
start w48 week3
expect 'From earlier meetings: 2 open of 2' "week 3 opens on the two still open"
keys Down
expect 'carried 1×' "the carrier fix was carried once"
keys r
expect 'Carried to 2026-12-05: Fix the carrier cut-off times' "carried again"
expect 'carried 2×' "week 3 sees the carried item as carried twice"
keys Escape
wait_for 'reviewed [0-9]+/42' 5 || fail "Esc does not go back to the deck"
export_notes "$S/wbr-notes-2026-11-28.md" "$tmp/x48.md"
quit week3

# --- no deck in the series folder: the newest week's -------------------------------------------
rm -f "$tmp/newest.status"
keys "clear; cd '$S' && '$BIN' meet --owners owners.json 2>'$tmp/newest.err'; echo \$? > '$tmp/newest.status'" Enter
expect 'week ending 2026-11-28' "wbr meet without a deck in the series folder opens the newest week"
quit newest
grep -q "the newest week's deck: w48/deck.json" "$tmp/newest.err" && ok "and says which deck" \
  || fail "no deck named: $(cat "$tmp/newest.err")"

# --- week 1 again: as it ended ----------------------------------------------------------------
start w46 reopen1
expect 'READ-ONLY' "a past week opens read-only"
expect 'in the past' "and says why"
keys c
expect 'Publish the peak-week staffing plan' "week 1's commitments are listed"
if wait_for 'Publish the peak-week staffing plan.* done' 2; then fail "week 2's done leaks into week 1"; else ok "week 2's done does not leak into week 1"; fi
keys Escape
export_notes "$S/wbr-notes-2026-11-14.md" "$tmp/x46-again.md"
cmp -s "$tmp/x46.md" "$tmp/x46-again.md" && ok "week 1 reopened exports exactly what its meeting did" \
  || { fail "week 1 reopened differs"; diff "$tmp/x46.md" "$tmp/x46-again.md" | head -20; }
quit reopen1
# 7 lines of week 1's meeting and the meeting.held its export wrote (its quit right after adds none).
grep -c '"type":"' "$R" >/dev/null && [ "$(grep -c '"week":"2026-11-14"' "$R")" = 8 ] \
  && ok "reopening wrote nothing" || fail "week 1 lines: $(grep -c '"week":"2026-11-14"' "$R")"

# --- wbr notes --week W equals what x wrote at the end of W's meeting -------------------------
for pair in "w46 2026-11-14 x46" "w47 2026-11-21 x47" "w48 2026-11-28 x48"; do
  set -- $pair
  (cd "$tmp" && HOME=$tmp "$BIN" notes --deck "$S/$1/deck.json" --week "$2" -o "$tmp/n-$2.md" 2>"$tmp/n-$2.err")
  cmp -s "$tmp/$3.md" "$tmp/n-$2.md" && ok "wbr notes --week $2 equals the meeting's export" \
    || { fail "wbr notes --week $2 differs"; diff "$tmp/$3.md" "$tmp/n-$2.md" | head -20; }
done

# --- the series at a glance ---------------------------------------------------------------------
(cd "$S" && HOME=$tmp "$BIN" log) >"$tmp/log" 2>&1
grep -q '"Retail WBR" (series series-' "$tmp/log" && [ "$(grep -c '^2026-11-' "$tmp/log")" = 3 ] \
  && ok "wbr log lists the three meetings" || { fail "wbr log"; cat "$tmp/log"; }
(cd "$S/w48" && HOME=$tmp "$BIN" commitments --open) >"$tmp/open" 2>&1
grep -q 'Fix the carrier cut-off times (agreed 2026-11-14, due 2026-12-05, carried 2×): open' "$tmp/open" \
  && grep -q 'Report back on Click-to-door time (hours) (agreed 2026-11-14, due 2026-11-28, carried 1×): OVERDUE' "$tmp/open" \
  && ! grep -q 'staffing' "$tmp/open" && ok "wbr commitments --open lists what is open, found from a week folder" \
  || { fail "wbr commitments --open"; cat "$tmp/open"; }

[ "$fails" = 0 ] && echo "series: all passed" || echo "series: $fails failed"
[ "$fails" = 0 ]
