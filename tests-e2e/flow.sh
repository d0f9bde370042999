#!/usr/bin/env bash
# End-to-end (issue #13): a whole meeting of a generated 200-metric deck with 15 anomalies,
# opened with no earlier record, driven through tmux the way a lead would: every anomaly
# walked and given an outcome (10 routine, 5 explained with a text), 5 commitments, every
# other metric marked reviewed with `R`, the notes exported, `q`. Every key sent is counted
# (typed text is not) and must be at most 60; the journal and the notes must say 200
# reviewed, 15 outcomes and 5 commitments.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests-e2e/lib/tmux.sh

BUDGET=60
python3 tests-e2e/lib/gen-flow-deck.py "$tmp/deck.json" "$tmp/owners.json" || { echo "FAIL: deck generator"; exit 1; }
J=$tmp/record/journal.jsonl
mkdir -p "$tmp/record"

sent=0
# k KEY...: sends keys and counts each one; t TEXT: types text, not counted.
k() {
  sent=$((sent + $#))
  keys "$@"
}
t() { text "$1"; }
# step REGEX WHAT: waits for the screen to say REGEX after the keys of a step.
step() { wait_for "$1" 10 || fail "$2 (no /$1/)"; }

tm new-session -d -s e2e -x 100 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm send-keys -t e2e "clear; cd '$tmp'; '$BIN' meet '$tmp/deck.json' --owners '$tmp/owners.json' --journal '$J'; echo \$? > '$tmp/status'" Enter
wait_for 'reviewed 0/200' 20 || { fail "the meeting did not open"; exit 1; }
ok "the meeting opens with nothing recorded (reviewed 0/200)"

anomalies=(003 017 030 044 058 071 085 099 112 126 140 153 167 181 195)
k n
step '^▶.*Metric 003' "n walks to the first anomaly"
for i in "${!anomalies[@]}"; do
  m=${anomalies[$i]}
  if [ "$i" -lt 5 ]; then
    k a
    step 'New commitment' "a opens the commitment form on Metric $m"
    t "Fix the cause behind metric $m"
    k Enter
    step 'Saved: commitment for' "Enter saves the commitment on Metric $m"
    k e
    step "Outcome: Metric $m" "e opens the outcome menu of Metric $m"
    k e
    step "Explained: Metric $m" "e e asks for the explanation"
    t "Promotion moved demand on $m"
    k Enter
    step "Saved: Metric $m explained" "the explanation of Metric $m is saved"
  else
    k e
    step "Outcome: Metric $m" "e opens the outcome menu of Metric $m"
    k r
    step "Saved: Metric $m routine" "r alone saves Metric $m as routine"
  fi
done
ok "15 outcomes and 5 commitments given in $sent keys"
k R
step 'Mark 185 metrics reviewed\? Enter' "R asks before marking the other 185"
k Enter
step 'reviewed 200/200' "Enter marks them: reviewed 200/200"
k x
step 'Export the notes' "x offers the notes file"
k Enter
step 'Notes written to' "Enter writes the notes"
k q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "q leaves with status 0" \
  || fail "q: status $(cat "$tmp/status" 2>/dev/null || echo none)"

echo "keys sent: $sent (budget $BUDGET, typed text excluded)"
if [ "$sent" -le "$BUDGET" ]; then ok "the meeting took $sent keys (<= $BUDGET)"; else fail "$sent keys > $BUDGET"; fi

# The journal, folded by hand: what the meeting recorded.
python3 - "$J" <<'PY' && ok "journal: 200 reviewed, 15 outcomes (10 routine, 5 explained), 5 commitments" || fail "journal"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
undone = {e["target"] for e in events if e["type"] == "undo"}
live = [e for e in events if e["id"] not in undone and e["type"] != "undo"]
reviewed, outcomes, commitments = set(), {}, set()
for e in live:
    if e["type"] == "metric.reviewed": reviewed.add(e["metric"])
    if e["type"] == "metrics.reviewed": reviewed.update(e["metrics"])
    if e["type"] == "outcome.set": outcomes[e["metric"]] = e["outcome"]
    if e["type"] == "commitment.add": commitments.add(e["commitment"]["id"])
marked = reviewed | set(outcomes)
kinds = sorted(outcomes.values())
ok = (len(marked) == 200 and len(outcomes) == 15 and kinds.count("routine") == 10
      and kinds.count("explained") == 5 and len(commitments) == 5)
print(f"journal: marked {len(marked)}, outcomes {len(outcomes)} {kinds.count('routine')} routine"
      f" {kinds.count('explained')} explained, commitments {len(commitments)}, lines {len(events)}")
sys.exit(0 if ok else 1)
PY

notes=$(ls "$tmp"/record/*.md 2>/dev/null | head -1)
if [ -n "$notes" ]; then
  explained=$(grep -c 'Promotion moved demand on' "$notes")
  commitments=$(grep -c 'Fix the cause behind metric' "$notes")
  [ "$explained" -ge 5 ] && [ "$commitments" -ge 5 ] && grep -Eq '200 of 200|200/200' "$notes" \
    && ok "notes: 200 of 200 reviewed, the 5 explanations and 5 commitments" \
    || { fail "notes: explanations $explained, commitments $commitments"; head -40 "$notes"; }
else
  fail "no notes file next to the journal"
fi

# No UTF-8 locale (LANG=C): the screen falls back to ASCII by itself, without --ascii.
tm send-keys -t e2e "clear; env LC_ALL=C LANG=C '$BIN' meet '$tmp/deck.json' --owners '$tmp/owners.json' --journal '$J'; echo \$? > '$tmp/c.status'" Enter
if wait_for '^>' 20; then
  if tm capture-pane -p -t e2e | grep -q '[▶✓●…]'; then fail "LANG=C: Unicode glyphs on screen"
  else ok "LANG=C: the screen is ASCII by itself"; fi
else
  fail "LANG=C: no ASCII pointer"
fi
keys q
wait_file "$tmp/c.status" 10 || fail "LANG=C: q did not quit"

[ "$fails" = 0 ] && echo "flow: all passed ($sent keys)" || echo "flow: $fails failed"
[ "$fails" = 0 ]
