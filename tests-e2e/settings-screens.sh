#!/usr/bin/env bash
# End-to-end: every screen reads the settings file as `wbr meet` does. One file, found through
# $XDG_CONFIG_HOME, asks for ASCII, a colour for anomalies and quit on Q, and names the owners
# file: `wbr prep` (no --owners) opens on Zoë's metrics drawn in ASCII, with that colour, and
# only Q quits its deck; the follower (`wbr meet --follow`) is drawn the same way and quits on
# Q; a bad line is the same located warning in prep's footer as in the meeting's.
# HOME is the scratch folder, so neither the record search nor a user's own settings leak in.
set -uo pipefail
cd "$(dirname "$0")/.."

source tests-e2e/lib/tmux.sh
S=$tmp/retail
mkdir -p "$S/w47" "$tmp/xdg/wbr"
cp sample-data/retail-series/2026-11-21/deck.json "$S/w47/deck.json"
cp sample-data/owners.json "$S/owners.json"
cat >"$tmp/xdg/wbr/settings.toml" <<TOML
[meeting]
owners = "$S/owners.json"

[display]
ascii = true

[colors]
bad = "cyan"

[keys.deck]
quit = ["Q"]
TOML
ENV="env HOME='$tmp' XDG_CONFIG_HOME='$tmp/xdg'"

tm new-session -d -s e2e -x 120 -y 40 "$ENV PS1='e2e\$ ' HISTFILE=/dev/null bash --norc --noprofile"
wait_for '^e2e\$' 10 || { fail "tmux shell did not start"; exit 1; }

run() {  # run NAME COMMAND...: in the pane, in the week's folder; status in $tmp/NAME.status
  rm -f "$tmp/$1.status"
  local name=$1
  shift
  keys "clear; cd '$S/w47' && '$BIN' $* 2>'$tmp/$name.err'; echo \$? > '$tmp/$name.status'" Enter
}
# unicode_free WHAT: the pane shows none of the Unicode glyphs wbr draws with.
unicode_free() {
  local screen
  screen=$(tm capture-pane -p -t "$pane")
  if grep -q '[▶…›─▁█●○−±│┌┐└┘]' <<<"$screen"; then fail "$1: Unicode glyphs on screen"; else ok "$1"; fi
}
# coloured WHAT: the pane has text in the settings' colour for anomalies (cyan, SGR 36), which
# no built-in theme uses.
coloured() {
  if tm capture-pane -p -e -t "$pane" | grep -Eq $'\e\\[([0-9]*;)*36(;[0-9]*)*m'; then
    ok "$1"
  else
    fail "$1: no cyan on screen"
  fi
}

# --- wbr prep: the owners file, ASCII, the colour and the keys of the settings ------------------
run zoe prep deck.json --owner zoe
# ASCII folds the names too: Zoë Øster is "Zoe ?ster".
expect 'PREP Zoe .ster' "wbr prep finds Zoë in the owners file the settings name, in ASCII"
expect '^>.*Page load time p90' "her anomaly is selected with the ASCII pointer"
unicode_free "the prep screen is drawn in ASCII"
coloured "the prep screen colours the anomaly as the settings say"
keys q
sleep 0.5
[ ! -s "$tmp/zoe.status" ] && ok "q no longer quits prep's deck" || fail "q still quits prep"
keys '?'
expect 'Q +quit' "prep's help lists the rebound key"
keys Escape
keys Q
wait_file "$tmp/zoe.status" 10 && [ "$(cat "$tmp/zoe.status")" = 0 ] && ok "Q quits prep (status 0)" \
  || fail "Q did not quit prep: $(cat "$tmp/zoe.status" 2>/dev/null) $(cat "$tmp/zoe.err")"
[ -f "$S/w47/wbr-journal.jsonl" ] && ok "prep made the record next to the deck" || fail "no record after prep"

# --- the follower: read-only, drawn and keyed the same way ---------------------------------------
run follow meet --follow deck.json
expect 'Following the lead' "the follower opens"
expect '^>' "the follower's pointer is ASCII"
unicode_free "the follower is drawn in ASCII"
coloured "the follower colours anomalies as the settings say"
keys Q
wait_file "$tmp/follow.status" 10 && [ "$(cat "$tmp/follow.status")" = 0 ] && ok "Q quits the follower" \
  || fail "Q did not quit the follower: $(cat "$tmp/follow.status" 2>/dev/null) $(cat "$tmp/follow.err")"

# --- a bad line: the same located warning in prep's footer, the rest still applies --------------
sed -i 's/^bad = "cyan"$/&\ngood = "mauve"/' "$tmp/xdg/wbr/settings.toml"
run bad prep deck.json --owner zoe
expect 'settings: .*settings.toml:9: unknown colour "mauve" for good' \
  "a bad colour is a located warning in prep's footer, prep open"
unicode_free "the lines that were fine still apply"
keys Q
wait_file "$tmp/bad.status" 10 && [ "$(cat "$tmp/bad.status")" = 0 ] && ok "Q quits" || fail "Q did not quit"

[ "$fails" = 0 ] && echo "settings-screens: all passed" || echo "settings-screens: $fails failed"
[ "$fails" = 0 ]
