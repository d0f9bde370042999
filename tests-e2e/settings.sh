#!/usr/bin/env bash
# End-to-end: the settings file (settings.toml). `wbr settings --print-defaults` writes a file
# that reads back with no problems; a file found through $XDG_CONFIG_HOME rebinds quit on the
# deck (help and footer follow), names the owners file for meet and check, and its bad colour
# is a located warning in the footer while the meeting opens; a file that is not TOML
# ($WBR_SETTINGS) opens the meeting with the defaults and its line; --settings wins over both.
set -uo pipefail
cd "$(dirname "$0")/.."
DECK=$PWD/sample-data/retail-deck.json
OWNERS=$PWD/sample-data/owners.json

source tests-e2e/lib/tmux.sh

# The defaults, printed and read back.
"$BIN" settings --print-defaults >"$tmp/defaults.toml" || fail "--print-defaults failed"
grep -q '^\[keys.deck\]' "$tmp/defaults.toml" && grep -q '^quit = \["q"' "$tmp/defaults.toml" \
  && ok "the defaults list the deck's keys" || fail "the defaults lack the deck's keys"
out=$("$BIN" settings --settings "$tmp/defaults.toml" 2>&1) && [[ $out == *"no problems"* ]] \
  && ok "the printed defaults read back with no problems" || fail "the printed defaults have problems: $out"

mkdir -p "$tmp/xdg/wbr"
cat >"$tmp/xdg/wbr/settings.toml" <<TOML
# the team's settings
[meeting]
owners = "$OWNERS"
budget_minutes = 45

[colors]
good = "mauve"

[keys.deck]
quit = ["Q"]
undo = ["U"]
TOML
out=$(XDG_CONFIG_HOME=$tmp/xdg HOME=$tmp "$BIN" settings 2>&1); status=$?
[ "$status" = 65 ] && [[ $out == *"settings.toml:7: unknown colour \"mauve\" for good"* ]] \
  && ok "wbr settings lists a bad colour with its line, status 65" || fail "wbr settings: $status $out"
out=$(XDG_CONFIG_HOME=$tmp/xdg HOME=$tmp "$BIN" check "$DECK" 2>&1)
[[ $out == *"owners"* && $out == *"settings.toml:7"* ]] \
  && ok "wbr check reads the owners file the settings name, and warns of the bad line" \
  || fail "wbr check with settings: $out"

tm new-session -d -s e2e -x 100 -y 30 "env PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }
tm send-keys -t e2e "clear; XDG_CONFIG_HOME='$tmp/xdg' HOME='$tmp' '$BIN' meet '$DECK' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting screen did not appear"
expect 'settings: .*settings.toml:7: unknown colour' "the bad colour is a warning in the footer, the meeting open"
keys q
sleep 0.5
[ ! -s "$tmp/status" ] && ok "q no longer quits on the deck" || fail "q still quits"
keys '?'
expect 'Q +quit' "help lists the rebound key"
keys Escape
# The deck's footer hints what the lead needs now (quit is in help): a rebound key there follows.
expect 'U undo' "the footer names the rebound key"
keys Enter
expect 'Last 6 weeks' "the drill-down opens"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "q still quits on the drill-down" \
  || fail "q on the drill-down did not quit"

# Not TOML, named by the environment: the defaults, the line, and q quits again.
printf '[keys.deck]\nquit = ["Q"\n' >"$tmp/broken.toml"
rm -f "$tmp/status"
tm send-keys -t e2e "clear; WBR_SETTINGS='$tmp/broken.toml' XDG_CONFIG_HOME='$tmp/xdg' '$BIN' meet '$DECK' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting did not open under a broken settings file"
expect 'broken.toml:[23](:[0-9]+)?: not valid TOML' "a file that is not TOML: its line, in the footer"
keys q
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "the defaults: q quits" \
  || fail "q did not quit under the default keys"

# --settings wins over $WBR_SETTINGS.
rm -f "$tmp/status"
printf '[keys.deck]\nquit = "Z"\nundo = "Y"\n' >"$tmp/flag.toml"
tm send-keys -t e2e "clear; WBR_SETTINGS='$tmp/broken.toml' '$BIN' meet '$DECK' --settings '$tmp/flag.toml' --journal '$tmp/j.jsonl'; echo \$? > '$tmp/status'" Enter
wait_for 'anomal' 15 || fail "the meeting did not open with --settings"
keys j
expect 'Y undo' "--settings wins over WBR_SETTINGS"
keys Z
wait_file "$tmp/status" 10 && [ "$(cat "$tmp/status")" = 0 ] && ok "Z quits" || fail "Z did not quit"

[ "$fails" = 0 ] && echo "settings: all passed" || echo "settings: $fails failed"
[ "$fails" = 0 ]
