#!/usr/bin/env bash
# End-to-end: two writers on one record (docs/JOURNAL.md, "Several writers"). Two `wbr meet`
# in two tmux windows on the same deck and journal, as maria and zoe. A change in one shows in
# the other within a second without a key press there; an outcome set in one and then in the
# other is the later one's, and the first one's footer says whose replaced whose; `u` in one
# reverts its own change, never the other's. Then `wbr init --shared GROUP` with a group made
# here (root in CI: groupadd, removed at the end): the folder and record the group's, setgid,
# nothing world-readable, whatever the umask.
set -uo pipefail
cd "$(dirname "$0")/.."

source tests-e2e/lib/tmux.sh
cp sample-data/retail-deck.json sample-data/owners.json "$tmp/"
DECK=$tmp/retail-deck.json
OWNERS=$tmp/owners.json
J=$tmp/journal.jsonl

filter_to() {  # filter_to ID: selects a metric on the deck by filtering on its id
  keys /
  wait_for '^Filter:' 5 || fail "no filter prompt"
  text "$1"
  keys Enter
  wait_for "filter: $1" 5 || fail "filter $1 is not shown in the header"
}
start() {  # start WINDOW LEAD: wbr meet in the window's pane; status in $tmp/WINDOW.status
  pane=e2e:$1
  keys "clear; '$BIN' meet '$DECK' --owners '$OWNERS' --journal '$J' --lead $2 2>'$tmp/$1.err'; echo \$? > '$tmp/$1.status'" Enter
  expect 'anomal' "$2's meeting opens"
}

tm new-session -d -s e2e -n one -x 110 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
tm new-window -t e2e -n two "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
for w in one two; do pane=e2e:$w; wait_for '^e2e\$' 10 || { fail "tmux shell $w did not start"; exit 1; }; done
start one maria
start two zoe
pane=e2e:one
wait_for 'READ-ONLY' 1 && fail "the first wbr is read-only"
pane=e2e:two
wait_for 'READ-ONLY' 1 && fail "the second wbr on the record is read-only"

# maria marks a metric reviewed: zoe's screen counts it within a second, with no key pressed.
pane=e2e:one
filter_to hold_time
keys Space
expect 'Reviewed: Average hold time' "maria marks Average hold time reviewed"
pane=e2e:two
expect 'reviewed 1/42' "zoe's header counts maria's change without a key press" 2

# zoe explains new SKUs; maria's screen shows it.
filter_to new_skus
keys e e
expect 'Explained: New SKUs listed' "zoe explains New SKUs listed"
text "Vendor onboarding wave"
keys Enter
expect 'Saved: New SKUs listed explained' "zoe's explanation is saved"
pane=e2e:one
expect 'reviewed 2/42' "maria's header counts zoe's explanation without a key press" 2

# maria explains the same metric after zoe: the later one stands, and zoe is told.
keys Escape
filter_to new_skus
keys e e
expect 'Explained: New SKUs listed' "maria explains New SKUs listed too"
text "; seasonal sellers too"
keys Enter
expect "your outcome replaced Zoë Øster's" "maria's save says it replaced Zoë's (named as in the owners file)"
pane=e2e:two
expect "maria's outcome for New SKUs listed replaced yours" "zoe's footer says maria's replaced hers" 2

# zoe's undo reverts zoe's own latest change (her explanation, already replaced), never
# maria's explanation, which stays in effect.
keys u
expect 'Undone: ' "zoe's u undoes her own change"
python3 - "$J" >"$tmp/undo.check" 2>&1 <<'PY' && ok "the undo names zoe's event and maria's explanation stands" || fail "the undo took the wrong change: $(cat "$tmp/undo.check")"
import json, sys
events = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
undo = [e for e in events if e["type"] == "undo"]
assert len(undo) == 1, undo
target = next(e for e in events if e["id"] == undo[0]["target"])
assert target["by"] == "zoe" and target["type"] == "outcome.set", target
last = [e for e in events if e["type"] == "outcome.set" and e["metric"] == "new_skus"][-1]
assert last["by"] == "maria" and last["text"] == "Vendor onboarding wave; seasonal sellers too", last
PY
# maria's undo reverts her own latest (her explanation), not zoe's change.
pane=e2e:one
keys u
expect 'Undone: ' "maria's u undoes her own change"
keys u
expect 'Undone: ' "maria's second u undoes her reviewed mark"
keys u
expect 'Nothing of yours to undo' "then nothing of maria's is left to undo"
pane=e2e:two
expect 'reviewed 0/42' "zoe's header follows maria's undos without a key press" 2

for w in one two; do
  pane=e2e:$w
  keys q
  wait_for '^e2e\$' 10 || fail "$w did not quit"
  [ "$(cat "$tmp/$w.status" 2>/dev/null)" = 0 ] && ok "$w quits with status 0" || fail "$w status"
done
"$BIN" notes --deck "$DECK" --journal "$J" --format json >"$tmp/notes.json" 2>"$tmp/notes.err" \
  && ok "wbr notes reads the record both wrote" || fail "wbr notes: $(cat "$tmp/notes.err")"

# --- wbr init --shared -------------------------------------------------------------------------
if [ "$(id -u)" = 0 ] && command -v groupadd >/dev/null; then
  group=wbrteam$$
  groupadd "$group" || fail "groupadd $group"
  trap 'groupdel "$group" 2>/dev/null; tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
  mkdir "$tmp/series"
  (umask 022 && "$BIN" init "$tmp/series" --shared "$group") >"$tmp/init.out" 2>&1 \
    && ok "wbr init --shared $group" || fail "wbr init --shared: $(cat "$tmp/init.out")"
  [ "$(stat -c '%a %G' "$tmp/series")" = "2770 $group" ] && ok "the folder is the group's, setgid, 2770" \
    || fail "folder: $(stat -c '%a %G' "$tmp/series")"
  [ "$(stat -c '%a %G' "$tmp/series/wbr-journal.jsonl")" = "660 $group" ] && ok "the record is the group's, 660" \
    || fail "record: $(stat -c '%a %G' "$tmp/series/wbr-journal.jsonl")"
  "$BIN" init "$tmp/series" --shared no-such-group-$$ >/dev/null 2>"$tmp/init.err"
  [ $? = 67 ] && grep -q 'no group named' "$tmp/init.err" && ok "an unknown group exits 67 and says so" \
    || fail "unknown group: $(cat "$tmp/init.err")"
  mkdir "$tmp/private"
  (umask 000 && "$BIN" init "$tmp/private") >/dev/null 2>&1
  [ "$(stat -c '%a' "$tmp/private/wbr-journal.jsonl")" = 600 ] && ok "without --shared the record is 600 even with umask 000" \
    || fail "private record: $(stat -c '%a' "$tmp/private/wbr-journal.jsonl")"
  groupdel "$group" || fail "groupdel $group"
else
  fail "wbr init --shared needs root and groupadd to make a group (run as root, as CI does)"
fi

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all writers checks passed"
