#!/usr/bin/env bash
# End-to-end: paths that are not regular files (issue #14, class 2) and what writing a file
# replaces (class 3), on the real binary. Devices are refused before a byte is read, a FIFO
# without a writer never hangs, process substitutions are read as streams, a journal for
# the meeting must be a regular file; -o writes through links, keeps a file's mode, refuses
# devices and links to nothing, takes - for standard output; build -o asks for --force.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
DECK=sample-data/retail-deck.json
APP=Tests/Fixtures/wbr-app
CONFIG=$APP/generated-output/1-wbr-sample-config-unprefixed.yaml
DATA=$APP/demo_uploads/1-wbr-sample-dataset.csv
fails=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }
# run STATUS PATTERN CMD...: runs CMD (under a 10 s timeout), checks status and output.
run() {
  local want=$1 pattern=$2
  shift 2
  timeout 10 "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ]; then
    fail "$* exited $got, expected $want"; cat "$tmp/err"; return 1
  fi
  # Read first: under pipefail, grep -q leaving early could fail `cat` with SIGPIPE.
  local all
  all=$(cat "$tmp/out" "$tmp/err")
  if [ -n "$pattern" ] && ! grep -Eq -- "$pattern" <<<"$all"; then
    fail "$*: no /$pattern/"; cat "$tmp/err"; return 1
  fi
  if grep -Eq 'Fatal error|Illegal seek|Program crashed' "$tmp/err"; then
    fail "$*: crashed or Illegal seek"; return 1
  fi
  ok "$* -> $got"
}

printf '%s\n' '{"v":1,"type":"outcome.set","id":"s-1","at":"2026-11-23T15:02:11Z","by":"maria","week":"2026-11-21","metric":"in_stock","outcome":"explained","text":"a supplier was late"}' >"$tmp/j.jsonl"
mkfifo "$tmp/fifo"

# --- inputs ------------------------------------------------------------------------------
run 66 'cannot read the file: it is a character device, not a file' "$WBR_BIN" check /dev/zero
run 66 'it is a character device' "$WBR_BIN" report /dev/zero
run 66 'it is a character device' "$WBR_BIN" check "$DECK" --owners /dev/zero
run 66 'empty pipe' "$WBR_BIN" check "$tmp/fifo"
run 0 'can be reviewed' "$WBR_BIN" check <(cat "$DECK")
run 0 'Retail WBR' "$WBR_BIN" report <(cat "$DECK")
run 65 'the stream is larger than the limit of 1024 bytes' "$WBR_BIN" check --max-file-size 1K <(cat "$DECK")
run 66 'it is a character device' "$WBR_BIN" build --config /dev/zero --data "$DATA"
run 66 'it is a character device' "$WBR_BIN" build --config "$CONFIG" --data /dev/zero
run 66 'empty pipe' "$WBR_BIN" build --config "$CONFIG" --data "$tmp/fifo"
run 0 '"format": "wbr-deck"' "$WBR_BIN" build --config <(cat "$CONFIG") --data <(cat "$DATA") --quiet
# Standard input for the CSV: from a pipe or a file, never from a terminal.
if timeout 10 "$WBR_BIN" build --config "$CONFIG" --data - --quiet <"$DATA" >"$tmp/built.json" && grep -q wbr-deck "$tmp/built.json"; then
  ok "build --data - < file"
else
  fail "build --data - < file"
fi
if cat "$DATA" | timeout 10 "$WBR_BIN" report --config "$CONFIG" --data - >/dev/null 2>&1; then
  ok "report --data - from a pipe"
else
  fail "report --data - from a pipe"
fi
if command -v script >/dev/null; then
  timeout 10 script -qec "'$WBR_BIN' build --config '$CONFIG' --data -" /dev/null >"$tmp/tty.out" 2>&1
  status=$?
  if [ "$status" = 64 ] && grep -q 'standard input is a terminal' "$tmp/tty.out"; then
    ok "--data - from a terminal: 64 with the reason"
  else
    fail "--data - from a terminal: status $status"; cat "$tmp/tty.out"
  fi
fi
# The journal: notes reads a stream; a device or a FIFO is never a journal to write.
run 0 'a supplier was late' "$WBR_BIN" notes --journal <(cat "$tmp/j.jsonl") --week 2026-11-21
run 0 'notes for the week' "$WBR_BIN" notes --journal "$tmp/fifo" --week 2026-11-21
run 66 'the journal must be a regular file' "$WBR_BIN" notes --journal /dev/zero --week 2026-11-21
# meet refuses a journal that is not a file before it needs a terminal (the deck loads first).
run 66 'the journal must be a regular file' script -qec "'$WBR_BIN' meet '$DECK' --journal /dev/null" /dev/null
run 66 'the journal must be a regular file' script -qec "'$WBR_BIN' meet '$DECK' --journal '$tmp/fifo'" /dev/null

# --- outputs -----------------------------------------------------------------------------
notes=("$WBR_BIN" notes --journal "$tmp/j.jsonl" --week 2026-11-21)
mkdir -p "$tmp/real"
echo old >"$tmp/real/notes.md"
chmod 600 "$tmp/real/notes.md"
ln -s real/notes.md "$tmp/link.md"
run 73 'already exists \(use --force to replace it\)' "${notes[@]}" -o "$tmp/link.md"
run 0 '' "${notes[@]}" -o "$tmp/link.md" --force
[ -L "$tmp/link.md" ] && grep -q 'notes for the week' "$tmp/real/notes.md" && ok "-o through a link writes its target" \
  || fail "-o through a link: link replaced or target not written"
[ "$(stat -c %a "$tmp/real/notes.md")" = 600 ] && ok "the replaced file keeps mode 600" \
  || fail "mode after replace: $(stat -c %a "$tmp/real/notes.md")"
ln -s "$tmp/nowhere.md" "$tmp/dangling.md"
run 73 'symbolic link to a file that does not exist' "${notes[@]}" -o "$tmp/dangling.md" --force
[ ! -e "$tmp/nowhere.md" ] && ok "a link to nothing creates nothing" || fail "a link to nothing created its target"
run 73 'it is a pipe that nothing reads' "${notes[@]}" -o "$tmp/fifo" --force
[ -p "$tmp/fifo" ] && ok "the FIFO is still a FIFO" || fail "the FIFO was replaced"
# With a reader (started beside it, as in a pipeline), written through, as a shell's > would.
cat "$tmp/fifo" >"$tmp/from-fifo" &
reader=$!
run 0 '' "${notes[@]}" -o "$tmp/fifo"
wait "$reader"
[ -p "$tmp/fifo" ] && grep -q 'notes for the week' "$tmp/from-fifo" && ok "-o writes through a read FIFO" \
  || fail "-o through a read FIFO"
# A device of our own when root may make one (a regression must not replace /dev/null itself:
# as root, main once did that to /dev/full); otherwise /dev/null, whose folder we cannot write.
dev=/dev/null
if [ "$(id -u)" = 0 ] && mknod "$tmp/null" c 1 3 2>/dev/null; then dev=$tmp/null; fi
run 0 '' "${notes[@]}" -o "$dev"
[ -c "$dev" ] && ok "-o $dev writes through; still a device" || fail "$dev was replaced"
run 74 'No space left on device' "${notes[@]}" -o /dev/full
run 0 '^# WBR: notes' "${notes[@]}" -o -
run 73 'it is a folder' "${notes[@]}" -o "$tmp" --force
# build -o: refuses to replace without --force, says so; keeps the mode with it.
run 0 '' "$WBR_BIN" build --config "$CONFIG" --data "$DATA" -o "$tmp/deck.json" --quiet
chmod 640 "$tmp/deck.json"
run 73 'already exists \(use --force to replace it\)' "$WBR_BIN" build --config "$CONFIG" --data "$DATA" -o "$tmp/deck.json" --quiet
run 0 '' "$WBR_BIN" build --config "$CONFIG" --data "$DATA" -o "$tmp/deck.json" --quiet --force
[ "$(stat -c %a "$tmp/deck.json")" = 640 ] && ok "build --force keeps mode 640" || fail "build --force mode $(stat -c %a "$tmp/deck.json")"
run 0 '"format": "wbr-deck"' "$WBR_BIN" build --config "$CONFIG" --data "$DATA" -o - --quiet
run 0 '' "$WBR_BIN" build --config "$CONFIG" --data "$DATA" -o "$dev" --quiet
[ -c "$dev" ] && ok "build -o $dev: still a device" || fail "build -o $dev replaced it"

if [ "$fails" -gt 0 ]; then echo "paths.sh: $fails failures"; exit 1; fi
echo "paths.sh: all passed"
