#!/usr/bin/env bash
# End-to-end: `wbr notes` from a hand-written journal on the sample deck — every format, a
# torn last line, unknown events, atomic output with --force, exit statuses 0/64/66/73.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
fails=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp sample-data/retail-deck.json sample-data/owners.json "$dir/"
deck="$dir/retail-deck.json"
owners="$dir/owners.json"
J="$dir/wbr-journal.jsonl"
line() { printf '{"v":1,"id":"%s","at":"2026-11-23T15:0%s:00Z","by":"maria","week":"%s",%s}\n' "$@"; }
{
  line e1 0 2026-11-14 '"type":"commitment.add","commitment":{"id":"c1","text":"Fix the feed","owner":"amara","due":"2026-11-21"}'
  line e2 1 2026-11-21 '"type":"commitment.carry","commitment_id":"c1","due":"2026-11-28"'
  line e3 2 2026-11-21 '"type":"metric.starred","metric":"orders"'
  line e4 3 2026-11-21 '"type":"outcome.set","metric":"new_skus","outcome":"explained","text":"Vendor | onboarding\nwave"'
  printf '{"v":1,"id":"e5","type":"metric.rev'
} >"$J"
before=$(cksum <"$J")

# check NAME STATUS PATTERN -- ARGS...: runs `wbr notes ARGS`; checks status and output.
check() {
  local name=$1 want=$2 pattern=$3
  shift 4
  local all got
  all=$("$WBR_BIN" notes "$@" 2>&1)
  got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $name: exit $got, expected $want"; echo "$all"; fails=$((fails + 1)); return
  fi
  if ! grep -Eq -- "$pattern" <<<"$all"; then
    echo "FAIL: $name: output lacks /$pattern/"; echo "$all" | head -20; fails=$((fails + 1)); return
  fi
  if grep -Eq 'Fatal error|Stack dump|Current stack trace' <<<"$all"; then
    echo "FAIL: $name: crashed"; fails=$((fails + 1)); return
  fi
  echo "ok: $name"
}

check "markdown to stdout" 0 'Vendor \\\| onboarding<br>wave' -- --deck "$deck" --owners "$owners"
check "torn line reported" 0 'wbr-journal.jsonl:5: warning: \[journal.bad-line\] the last line is incomplete' -- --deck "$deck"
check "carried commitment" 0 'Fix the feed \(Amara Okafor\): carried, now due next WBR \(w/e 11-28\)' -- --deck "$deck" --owners "$owners" --format txt
check "csv row" 0 '^c1,,,amara,Amara Okafor,amara.okafor@example.com,Fix the feed,2026-11-14,2026-11-28,open,carried,1,,' -- --deck "$deck" --owners "$owners" --format csv
check "html for mail" 0 '<strong>Explained</strong>: <span style="white-space:pre-line">Vendor \| onboarding' -- --deck "$deck" --owners "$owners" --format html
check "json" 0 '"format": "wbr-notes"' -- --deck "$deck" --format json
check "--ascii text" 0 'WoW -' -- --deck "$deck" --owners "$owners" --format txt --ascii
if "$WBR_BIN" notes --deck "$deck" --ascii 2>/dev/null | LC_ALL=C grep -q '[^ -~]'; then
  echo "FAIL: --ascii markdown has non-ASCII glyphs"; fails=$((fails + 1))
else
  echo "ok: --ascii markdown is ASCII"
fi
sha=$(sha256sum "$deck" | cut -d' ' -f1)
check "deck SHA-256 of the file" 0 "^  Deck SHA-256: $sha\$" -- --deck "$deck" --format txt
check "journal alone" 0 'Anomalies: not known' -- --journal "$J" --week 2026-11-21
check "bad week" 64 'expected a date' -- --deck "$deck" --week 2026-13-01
check "missing journal folder" 66 'cannot open the journal' -- --journal "$dir/nope/j.jsonl" --week 2026-11-21
check "write file" 0 '' -- --deck "$deck" -o "$dir/notes.md"
[ -s "$dir/notes.md" ] || { echo "FAIL: notes.md not written"; fails=$((fails + 1)); }
check "existing file kept" 73 'already exists \(use --force' -- --deck "$deck" -o "$dir/notes.md" --format txt
grep -q '^# ' "$dir/notes.md" || { echo "FAIL: notes.md was replaced"; fails=$((fails + 1)); }
check "--force replaces" 0 '' -- --deck "$deck" -o "$dir/notes.md" --format txt --force
grep -q '^Retail WBR' "$dir/notes.md" || { echo "FAIL: --force did not replace"; fails=$((fails + 1)); }
check "missing folder" 73 'does not exist' -- --deck "$deck" -o "$dir/nope/notes.md"
ls -a "$dir" | grep -q '\.tmp-' && { echo "FAIL: temporary file left behind"; fails=$((fails + 1)); }
WBR_JOURNAL="$J" "$WBR_BIN" notes --week 2026-11-21 2>/dev/null | grep -q 'Fix the feed' \
  || { echo "FAIL: WBR_JOURNAL not used"; fails=$((fails + 1)); }
[ "$(cksum <"$J")" = "$before" ] || { echo "FAIL: the journal was changed"; fails=$((fails + 1)); }

[ "$fails" = 0 ] && echo "notes: all passed" || { echo "notes: $fails failed"; exit 1; }
