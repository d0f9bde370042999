#!/usr/bin/env bash
# End-to-end: live reload. The deck is replaced on disk by an atomic rename (as a pipeline
# writes it): the header says it changed, Ctrl-R reloads in place (the drill-down stays open
# on its metric); a deck that fails to load keeps the last good one with the error in the
# header; with --watch a change is taken in by itself. Notes exported after a reload name the
# reloaded deck (its SHA-256, and that it was reloaded).
set -uo pipefail
cd "$(dirname "$0")/.."
SRC=$PWD/sample-data/retail-deck.json

source tests-e2e/lib/tmux.sh
command -v python3 >/dev/null || { echo "FAIL: python3 is needed for this test"; exit 1; }

DECK=$tmp/deck.json
cp "$SRC" "$DECK"
# rewrite NAME: the deck with the first metric's name changed, written beside and renamed over.
rewrite() {
  python3 - "$SRC" "$DECK" "$1" <<'PY'
import json, os, sys
src, dst, name = sys.argv[1:]
deck = json.load(open(src, encoding="utf-8"))
deck["metrics"][0]["name"] = name
tmp = dst + ".tmp"
with open(tmp, "w", encoding="utf-8") as f:
    json.dump(deck, f, ensure_ascii=False)
os.rename(tmp, dst)
PY
}
first=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["metrics"][0]["name"])' "$SRC")

tm new-session -d -s e2e -x 140 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm send-keys -t e2e "clear; HOME='$tmp' '$BIN' meet '$DECK' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
text "/$first"
keys Enter Enter
expect "$first" "the drill-down of the first metric is open"

rewrite "Renamed metric"
expect 'changed on disk: Ctrl-R reloads' "the header says the deck changed (atomic rename seen)" 5
keys C-r
expect 'Reloaded from disk' "Ctrl-R reloads"
expect 'Renamed metric' "the drill-down stays on its metric, with the new name"

# The notes exported now name the deck the meeting ended on: the reloaded file's SHA-256.
keys x
expect 'Export the notes' "x asks where to export"
keys Enter
expect 'Notes written to' "the notes are exported after the reload"
notes=$(ls "$tmp"/wbr-notes-*.md 2>/dev/null | head -1)
now=$(sha256sum "$DECK" | cut -c1-64)
was=$(sha256sum "$SRC" | cut -c1-64)
if [ -n "$notes" ] && grep -q "reloaded at .* UTC; SHA-256 as reloaded \`$now\`" "$notes"; then
  ok "the notes' checksum is sha256sum of the reloaded deck, and they say it was reloaded"
else
  fail "the notes do not name the reloaded deck ($now): $(grep -- '- Deck:' "$notes" 2>/dev/null)"
fi
grep -q "$was" "$notes" 2>/dev/null && fail "the notes still name the deck first opened ($was)"

printf '{"format": "wbr-deck", "version": 1, "title": ' >"$DECK.tmp" && mv "$DECK.tmp" "$DECK"
expect 'changed on disk' "a broken deck on disk is seen" 5
keys C-r
expect 'reload failed: ' "the header keeps the failure"
expect 'Renamed metric' "the last good deck stays on screen"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "quit, status 0" || fail "no clean exit"

# --watch: by itself, once the change stood still.
rewrite "Watched metric"
rm -f "$tmp/status"
tm send-keys -t e2e "clear; HOME='$tmp' '$BIN' meet '$DECK' --watch --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
rewrite "Rewritten while watched"
expect 'Rewritten while watched' "--watch reloads by itself" 5
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "quit, status 0" || fail "no clean exit"

[ "$fails" = 0 ] && echo "reload: all passed" || echo "reload: $fails failed"
[ "$fails" = 0 ]
