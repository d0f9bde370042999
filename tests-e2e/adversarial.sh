#!/usr/bin/env bash
# End-to-end: a hostile deck (scripts/gen-deck.py --adversarial: escape sequences, control
# characters, RTL, CJK, emoji, +-1e308, zeros, empty series) through `wbr report`, `report
# --json` and `wbr notes --format txt|md`. Nothing from the files may reach the terminal as a
# control sequence, and no number may print as NaN or infinity. Also the size bounds:
# --max-file-size and WBR_MAX_FILE_SIZE refuse a file with a message (exit 65).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
# 144 metrics: every combination of the generator's cycled corners (series kind i%6, section
# i%9, format i%8, comparison i%2, owner i%16) once; the random ones (names, prefixes, values)
# recur dozens of times. Size is not what this checks (scripts/monkey.py --metrics 10000 is);
# 2,000 metrics cost over 100 s in a debug build for the same findings.
METRICS=${ADVERSARIAL_METRICS:-144}
fails=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

deck="$dir/adversarial.json"
owners="$dir/owners.json"
python3 scripts/gen-deck.py --metrics "$METRICS" --adversarial -o "$deck" --owners "$owners" || exit 1
# The bounds below refuse this deck at 1M: it must be larger.
[ "$(wc -c <"$deck")" -gt $((1024 * 1024)) ] || { echo "FAIL: the deck is under 1 MiB"; exit 1; }
# The lead's own text, hostile too: outcomes and commitments on the first metrics.
line() { printf '{"v":1,"id":"%s","at":"2026-11-23T15:00:00Z","by":"lead\\u001b[31m","week":"2026-11-21",%s}\n' "$@"; }
{
  line e1 '"type":"outcome.set","metric":"x00000","outcome":"explained","text":"bell\u0007 esc\u001b]0;pwned\u0007 c1\u009b2J rtl\u202e done","signals":[]'
  line e2 '"type":"commitment.add","metric":"x00001","commitment":{"id":"c1","text":"csi\u001b[2J\u001b[H del\u007f","owner":"o\u001b[1m","due":"2026-11-28"}'
  line e3 '"type":"outcome.set","metric":"x00002","outcome":"routine","text":"tab\tcr\rnul\u0000","signals":[]'
} >"$dir/wbr-journal.jsonl"

# scan FILE WHAT [json]: no C0 byte but \n, no DEL, no C1, none of Unicode's bidi controls,
# no invisible format control (the set of SafeText.isUnsafe); JSON parses
# without NaN/Infinity; text shows no "nan"/"inf" that the deck did not spell.
scan() {
  python3 - "$1" "$2" "${3:-}" <<'PY' || fail "$2"
import json, re, sys
path, what, kind = sys.argv[1:4]
data = open(path, "rb").read()
bad = [b for b in data if (b < 0x20 and b != 0x0A) or b == 0x7F]
if bad:
    sys.exit(f"{what}: control byte 0x{bad[0]:02x}")
text = data.decode("utf-8")
for ch in text:
    o = ord(ch)
    if (0x80 <= o <= 0x9F or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069 or 0x2060 <= o <= 0x2064
            or 0x206A <= o <= 0x206F or 0xFFF9 <= o <= 0xFFFB
            or o in (0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0xE0001)):
        sys.exit(f"{what}: unsafe character U+{o:04X}")
if kind == "json":
    def no_constant(c):
        raise ValueError(f"non-finite number {c}")
    json.loads(text, parse_constant=no_constant)
elif re.search(r"(?<![A-Za-z])(nan|-?inf)(?![A-Za-z])", text, re.IGNORECASE):
    sys.exit(f"{what}: shows nan or inf")
print(f"ok: {what} ({len(data)} bytes) is terminal-safe")
PY
}

# bounds WHAT CMD...: refused unread with a message, status 65.
bounds() {
  local what=$1
  shift
  "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  if [ $got = 65 ] && grep -q "larger than the limit" "$dir/err"; then echo "ok: $what refused (65)"
  else fail "$what: status $got, $(head -2 "$dir/err")"; fi
}

run() {
  local what=$1 out=$2
  shift 2
  "$WBR_BIN" "$@" >"$out" 2>"$dir/err"
  local got=$?
  [ $got = 0 ] || { fail "$what exited $got"; head -5 "$dir/err"; return 1; }
  scan "$dir/err" "$what stderr"
}
run "report" "$dir/report.txt" report "$deck" --owners "$owners" && scan "$dir/report.txt" "report text"
run "report --ascii" "$dir/report-ascii.txt" report "$deck" --owners "$owners" --ascii &&
  scan "$dir/report-ascii.txt" "report --ascii"
run "report --json" "$dir/report.json" report "$deck" --owners "$owners" --json &&
  scan "$dir/report.json" "report --json" json
for f in txt md; do
  run "notes --format $f" "$dir/notes.$f" notes --deck "$deck" --owners "$owners" --format "$f" &&
    scan "$dir/notes.$f" "notes $f"
done
run "notes --format json" "$dir/notes.json" notes --deck "$deck" --owners "$owners" --format json &&
  scan "$dir/notes.json" "notes json" json
# CSV ends its records with CRLF (RFC 4180): the CR of each record end is the format's own.
run "notes --format csv" "$dir/notes.csv" notes --deck "$deck" --owners "$owners" --format csv &&
  sed 's/\r$//' "$dir/notes.csv" >"$dir/notes-lf.csv" && scan "$dir/notes-lf.csv" "notes csv"
"$WBR_BIN" check "$deck" --owners "$owners" >"$dir/check.out" 2>"$dir/check.err"
scan "$dir/check.err" "check diagnostics"

# wbr build and report --config/--data on a hostile config: names, titles and a bad key with
# escape sequences, C1 controls and a bell.
cat >"$dir/hostile.yaml" <<'YAML'
setup:
  week_ending: 21-NOV-2026
  title: "t\e]0;pwned\a \x9b2J"
"\e[2Junknown": 1
metrics:
  "Orders\e[31m\x7f":
    column: Orders
    aggf: sum
  Missing:
    column: "Nope\e[5m"
    aggf: sum
deck:
  - block:
      ui_type: 6_12Graph
      title: "block \e[5m\u202e"
      metrics:
        "Orders\e[31m\x7f":
          line_style: primary
YAML
python3 -c '
import datetime
d = datetime.date(2026, 9, 27)
print("Date,Orders")
for k in range(56): print(f"{d + datetime.timedelta(days=k)},{100 + k % 7}")
' >"$dir/data.csv"
"$WBR_BIN" build --config "$dir/hostile.yaml" --data "$dir/data.csv" >"$dir/built.json" 2>"$dir/err"
[ $? = 65 ] && grep -q "Nope" "$dir/err" || fail "build on a missing column: $(head -2 "$dir/err")"
scan "$dir/err" "build refusal"
sed -i '/^  Missing:/,/^    aggf: sum/d' "$dir/hostile.yaml"
run "build" "$dir/built.json" build --config "$dir/hostile.yaml" --data "$dir/data.csv" &&
  scan "$dir/built.json" "build output" json
run "report --config" "$dir/built.txt" report --config "$dir/hostile.yaml" --data "$dir/data.csv" &&
  scan "$dir/built.txt" "report --config"
bounds "build --max-file-size 512" "$WBR_BIN" build --config "$dir/hostile.yaml" --data "$dir/data.csv" \
  --max-file-size 512

# Bounds: a file over the limit is refused unread, with a message, status 65.
bounds "report --max-file-size 1M" "$WBR_BIN" report "$deck" --max-file-size 1M
bounds "check --max-file-size 64K" "$WBR_BIN" check "$deck" --max-file-size 64K
bounds "WBR_MAX_FILE_SIZE=1M check" env WBR_MAX_FILE_SIZE=1M "$WBR_BIN" check "$deck"
"$WBR_BIN" check sample-data/retail-deck.json --max-string-length 8 >"$dir/out" 2>"$dir/err"
if [ $? = 65 ] && grep -q "a string of at most 8 bytes" "$dir/err"; then echo "ok: --max-string-length refuses"
else fail "--max-string-length 8 did not refuse: $(head -2 "$dir/err")"; fi
"$WBR_BIN" check sample-data/retail-deck.json --max-file-size lots >"$dir/out" 2>"$dir/err"
if [ $? = 64 ] && grep -q "expected a size" "$dir/err"; then echo "ok: a bad --max-file-size is a usage error"
else fail "--max-file-size lots: $(head -2 "$dir/err")"; fi

[ $fails = 0 ] && echo "adversarial: all passed" || { echo "adversarial: $fails failed"; exit 1; }
