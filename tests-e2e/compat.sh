#!/usr/bin/env bash
# End-to-end: the compatibility gate (docs/JOURNAL.md, "Compatibility") through the real
# binary. For every case of Tests/WBRCompatTests/cases.txt, `wbr notes --journal J OPTIONS
# --format F` prints the golden notes byte for byte in every format (md and txt with --ascii),
# exit 0, no crash; `-o FILE` writes the same bytes. Then, in tmux, `wbr meet` on a copy of each
# journal whose case has a deck of the meeting week exports (x) the very same notes in each
# format (html: the bytes `wbr notes --format html` prints for the case), and leaves the journal byte for byte as it was. The unit tests (WBRCompatTests)
# check the same goldens through the library. Private tmux server from tests-e2e/lib/tmux.sh.
set -uo pipefail
cd "$(dirname "$0")/.."
source tests-e2e/lib/tmux.sh
C=$(pwd)/Tests/WBRCompatTests
unset WBR_JOURNAL

# differs WHAT GOLDEN ACTUAL: a failure with the start of the diff.
differs() {
  echo "FAIL: $1 differs from $2 (- golden, + actual):"
  diff -u "$2" "$3" | sed -n '3,22p'
  fails=$((fails + 1))
}
# crashed FILE: whether stderr looks like a trap or a trace.
crashed() { grep -Eq 'Fatal error|Stack dump|Current stack trace' "$1"; }

cases=$(grep -Ev '^[[:space:]]*(#|$)' "$C/cases.txt")
[ "$(wc -l <<<"$cases")" -ge 10 ] || { echo "FAIL: too few cases in $C/cases.txt"; exit 1; }

# --- wbr notes, every case and format -----------------------------------------------------------
while read -r name journal opts; do
  formats="md txt json csv"
  [[ " $opts " == *" --ascii "* ]] && formats="md txt"
  bad=$fails
  for f in $formats; do
    golden=$C/Golden/notes/$name.$f
    # shellcheck disable=SC2086  # OPTIONS are words without spaces (cases.txt)
    (cd "$C" && "$BIN" notes --journal "Journals/$journal" $opts --format "$f") </dev/null >"$tmp/out" 2>"$tmp/err"
    status=$?
    if [ "$status" != 0 ] || crashed "$tmp/err"; then
      echo "FAIL: $name.$f: exit $status"; head -5 "$tmp/err"; fails=$((fails + 1)); continue
    fi
    cmp -s "$golden" "$tmp/out" || differs "wbr notes $name --format $f" "$golden" "$tmp/out"
  done
  rm -f "$tmp/notes.md"
  # shellcheck disable=SC2086
  (cd "$C" && "$BIN" notes --journal "Journals/$journal" $opts -o "$tmp/notes.md") </dev/null 2>"$tmp/err" \
    || { echo "FAIL: $name -o: exit $?"; fails=$((fails + 1)); }
  cmp -s "$C/Golden/notes/$name.md" "$tmp/notes.md" || differs "$name -o" "$C/Golden/notes/$name.md" "$tmp/notes.md"
  [ "$fails" = "$bad" ] && ok "wbr notes $name: $formats and -o equal the goldens"
done <<<"$cases"

# --- wbr meet, x: the meeting's export is the same notes -----------------------------------------
tm new-session -d -s e2e -x 120 -y 40 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
meetings=0
while read -r name journal opts; do
  # Only a case with a deck of the meeting week: `wbr meet` has no --week or --ascii.
  [[ " $opts " == *" --deck "* && " $opts " != *" --week "* && " $opts " != *" --ascii "* ]] || continue
  meetings=$((meetings + 1))
  bad=$fails
  J=$tmp/$name.jsonl
  cp "$C/Journals/$journal" "$J"
  rm -f "$tmp/meet.status"
  keys "clear; cd '$C' && '$BIN' meet ${opts/--deck /} --journal '$J'; echo \$? > '$tmp/meet.status'" Enter
  # A past week (held.jsonl goes on to week 48) opens read-only, its header saying "w/e".
  wait_for '(week ending|w/e) 2026-11-21' 20 || { fail "$name: the meeting did not open"; continue; }
  # HTML has no golden of its own: the meeting's export is what `wbr notes --format html` prints.
  # shellcheck disable=SC2086
  (cd "$C" && "$BIN" notes --journal "Journals/$journal" $opts --format html) </dev/null >"$tmp/$name-notes.html" 2>/dev/null \
    || { echo "FAIL: $name: wbr notes --format html: exit $?"; fails=$((fails + 1)); }
  for f in md txt json csv html; do
    golden=$C/Golden/notes/$name.$f
    [ "$f" = html ] && golden=$tmp/$name-notes.html
    keys x
    wait_for 'Export the notes' 5 || { fail "$name: x did not open the export dialog"; break; }
    keys C-u
    text "$tmp/$name-x.$f"
    keys Enter
    wait_file "$tmp/$name-x.$f" 10 || { fail "$name: no $f export"; break; }
    cmp -s "$golden" "$tmp/$name-x.$f" \
      || differs "the meeting's $f export of $name" "$golden" "$tmp/$name-x.$f"
  done
  keys q
  wait_file "$tmp/meet.status" 10 || { fail "$name: q did not end the meeting"; continue; }
  [ "$(cat "$tmp/meet.status")" = 0 ] || { echo "FAIL: $name: wbr meet exited $(cat "$tmp/meet.status")"; fails=$((fails + 1)); }
  cmp -s "$C/Journals/$journal" "$J" || { echo "FAIL: $name: the meeting changed the journal"; fails=$((fails + 1)); }
  [ "$fails" = "$bad" ] && ok "wbr meet on $name: x exports md, txt, json, csv (the goldens) and html (wbr notes')"
done <<<"$cases"
[ "$meetings" -ge 5 ] || { echo "FAIL: only $meetings cases went through wbr meet"; fails=$((fails + 1)); }

[ "$fails" = 0 ] && echo "compat: all passed" || { echo "compat: $fails failed"; exit 1; }
