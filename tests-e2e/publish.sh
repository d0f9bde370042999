#!/usr/bin/env bash
# End-to-end: `wbr publish` in a real browser. The sample deck's page (with a meeting's
# journal) and a hostile deck's page are rendered by headless Chromium: a screenshot must show
# the charts, the DOM must hold no script and no element or link from deck text (the hostile
# texts shown literally), the page must not scroll sideways at 390 px, and printing to PDF on
# A4 and Letter must split no metric block across pages and leave no page blank. Also the
# command's refusals (exit 65/66/73), -o -, --force and the atomic write.
# Needs chromium, poppler-utils (pdfinfo, pdftotext, pdftoppm) and fonts-dejavu-core:
# .ci/run installs them.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
fails=0
for tool in chromium pdfinfo pdftotext pdftoppm python3; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is needed (.ci/run installs it)"; exit 1; }
done
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
check_dir=$(pwd)/tests-e2e/browser
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
# browser ARGS... URL: headless Chromium with a profile of its own, no network use.
browser() {
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$dir/profile" --disable-background-networking --disable-component-update \
    --font-render-hinting=none "$@" 2>>"$dir/chromium.log"
}
py() { python3 "$check_dir/pagecheck.py" "$@" || fails=$((fails + 1)); }

# A meeting's journal for the sample week: an outcome, an investigation, a commitment.
J="$dir/journal.jsonl"
line() { printf '{"v":1,"id":"%s","at":"2026-11-23T15:0%s:00Z","by":"maria","week":"%s",%s}\n' "$@"; }
{
  line e1 0 2026-11-21 '"type":"outcome.set","metric":"new_skus","outcome":"explained","text":"Vendor onboarding wave"'
  line e2 1 2026-11-21 '"type":"outcome.set","metric":"delivery_promise","outcome":"investigating","commitment":{"id":"c1","text":"Report back on Delivery promise met","owner":"amara","due":"2026-11-28"}'
  line e3 2 2026-11-21 '"type":"commitment.add","metric":"conversion","commitment":{"id":"c2","text":"Check the checkout A/B test","owner":"tom","due":"2026-11-28"}'
} >"$J"

page="$dir/page.html"
"$WBR_BIN" publish sample-data/retail-deck.json --owners sample-data/owners.json --journal "$J" -o "$page" 2>/dev/null
[ $? = 0 ] && [ -s "$page" ] && ok "sample page written" || fail "sample page not written"
grep -q 'Vendor onboarding wave' "$page" && ok "the page has the meeting's record" || fail "no meeting record"

# Refusals and writing, as for `wbr notes`.
expect_status() {
  local name=$1 want=$2
  shift 2
  "$@" >"$dir/out" 2>"$dir/err"
  local got=$?
  if [ "$got" = "$want" ]; then ok "$name (exit $got)"; else fail "$name: exit $got, expected $want"; cat "$dir/err"; fi
}
expect_status "existing file kept" 73 "$WBR_BIN" publish sample-data/retail-deck.json -o "$page"
grep -q 'Vendor onboarding wave' "$page" || fail "the existing page was replaced"
expect_status "--force replaces" 0 "$WBR_BIN" publish sample-data/retail-deck.json -o "$page" --force
grep -q 'Vendor onboarding wave' "$page" && fail "--force did not replace the page"
expect_status "-o - to standard output" 0 "$WBR_BIN" publish sample-data/retail-deck.json -o -
grep -q '^<!DOCTYPE html>' "$dir/out" || fail "-o - wrote no page to standard output"
expect_status "missing deck" 66 "$WBR_BIN" publish "$dir/nope.json" -o "$dir/x.html"
expect_status "refused deck" 65 "$WBR_BIN" publish tests-e2e/fixtures/truncated-deck.json -o "$dir/x.html"
expect_status "missing journal" 66 "$WBR_BIN" publish sample-data/retail-deck.json --journal "$dir/nope.jsonl" -o "$dir/x.html"
expect_status "missing folder" 73 "$WBR_BIN" publish sample-data/retail-deck.json -o "$dir/nope/x.html"
ls -a "$dir" | grep -q '\.tmp-' && fail "temporary file left behind"
"$WBR_BIN" publish sample-data/retail-deck.json --owners sample-data/owners.json --journal "$J" -o "$page" --force 2>/dev/null

# Layout: no sideways scrolling at 390 px; the charts' boxes for the screenshot.
cp "$check_dir/measure.html" "$dir/measure.html"
browser --allow-file-access-from-files --virtual-time-budget=15000 --dump-dom "file://$dir/measure.html" >"$dir/measured.html"
py measured "$dir/measured.html"
browser --window-size=1200,2400 --screenshot="$dir/shot.png" "file://$page" >/dev/null
[ -s "$dir/shot.png" ] || fail "no screenshot"
py charts "$dir/measured.html" "$dir/shot.png"
browser --dump-dom "file://$page" >"$dir/dom.html"
py dom "$dir/dom.html" "Vendor onboarding wave"

# Print: Letter (the browser's default here) and A4.
browser --no-pdf-header-footer --print-to-pdf="$dir/letter.pdf" "file://$page" >/dev/null
py pdf "$dir/letter.pdf"
sed 's|</style>|@page{size:A4}</style>|' "$page" >"$dir/a4.html"
browser --no-pdf-header-footer --print-to-pdf="$dir/a4.pdf" "file://$dir/a4.html" >/dev/null
pdfinfo "$dir/a4.pdf" | grep -q 'Page size:.*(A4)' && ok "A4 paper" || fail "the A4 copy did not print on A4"
py pdf "$dir/a4.pdf"

# A hostile deck: markup, a style breakout, script URLs, attribute breakouts, bidi overrides.
python3 - "$dir/hostile.json" "$dir/hostile-owners.json" <<'PY'
import json, sys
deck = json.load(open("sample-data/retail-deck.json"))
owners = json.load(open("sample-data/owners.json"))
texts = ['<script>alert(1)</script>', '</style><script>alert(2)</script>', 'javascript:alert(3)',
         '"><img src=x onerror=alert(4)>', "' onmouseover='alert(5)", '\u202eevil\u202c txt',
         '<a href="https://example.com/x">link</a>', '<iframe src="//example.com"></iframe>']
deck["title"] = texts[1] + " WBR"
for i, m in enumerate(deck["metrics"]):
    t = texts[i % len(texts)]
    m["name"] = t + " " + m["name"]
    m["description"] = texts[(i + 1) % len(texts)]
    m.setdefault("annotations", []).append({"date": deck["week_ending"], "text": texts[(i + 2) % len(texts)]})
    m["owner"] = "o%d" % (i % 3)
for s in deck.get("sections", []):
    s["title"] = texts[4] + s["title"]
json.dump(deck, open(sys.argv[1], "w"))
owners = {"format": owners.get("format", "wbr-owners"), "version": 1,
          "owners": [{"id": "o%d" % k, "name": texts[(k + 3) % len(texts)]} for k in range(3)]}
json.dump(owners, open(sys.argv[2], "w"))
PY
"$WBR_BIN" publish "$dir/hostile.json" --owners "$dir/hostile-owners.json" -o "$dir/hostile.html" 2>"$dir/err"
[ -s "$dir/hostile.html" ] && ok "hostile page written" || { fail "hostile page not written"; cat "$dir/err"; }
browser --dump-dom "file://$dir/hostile.html" >"$dir/hostile-dom.html"
py dom "$dir/hostile-dom.html" '<script>alert(1)</script>' '</style><script>alert(2)</script>' \
  'javascript:alert(3)' '"><img src=x onerror=alert(4)>' "' onmouseover='alert(5)" '\u{202E}evil\u{202C} txt'
mkdir "$dir/hostile" && cp "$dir/hostile.html" "$dir/hostile/page.html" && cp "$check_dir/measure.html" "$dir/hostile/"
browser --allow-file-access-from-files --virtual-time-budget=15000 --dump-dom "file://$dir/hostile/measure.html" \
  >"$dir/hostile-measured.html"
py measured "$dir/hostile-measured.html"

# The notes for mail (`wbr notes --format html`) from the hostile deck and a journal whose
# texts carry markup: rendered, no script, no element from the files, texts shown literally.
JH="$dir/hostile.jsonl"
{
  line h1 0 2026-11-21 '"type":"outcome.set","metric":"new_skus","outcome":"explained","text":"<script>alert(6)</script> & \"wave\""'
  line h2 1 2026-11-21 '"type":"commitment.add","metric":"promise_met","commitment":{"id":"c9","text":"<img src=x onerror=alert(7)>","owner":"o1","due":"2026-11-28"}'
} >"$JH"
"$WBR_BIN" notes --deck "$dir/hostile.json" --owners "$dir/hostile-owners.json" --journal "$JH" --format html \
  -o "$dir/notes.html" 2>"$dir/err"
[ -s "$dir/notes.html" ] && ok "notes html written" || { fail "notes html not written"; cat "$dir/err"; }
browser --dump-dom "file://$dir/notes.html" >"$dir/notes-dom.html"
py dom "$dir/notes-dom.html" '<script>alert(6)</script> & "wave"' '<img src=x onerror=alert(7)>' \
  '</style><script>alert(2)</script> WBR'
browser --window-size=900,1200 --screenshot="$dir/notes.png" "file://$dir/notes.html" >/dev/null
py inked "$dir/notes.png"

[ "$fails" = 0 ] && echo "publish: all passed" || { echo "publish: $fails failed"; exit 1; }
