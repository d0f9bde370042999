#!/usr/bin/env bash
# End-to-end: the man pages generated from the command-line definitions (`make man`): wbr.1
# plus one page per command, each naming its options, and each rendering without a single
# warning under `mandoc -T lint` (.ci/run installs mandoc).
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
fails=0
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
command -v mandoc >/dev/null || { echo "FAIL: mandoc is not installed (.ci/run installs it)"; exit 1; }

if ! bash scripts/gen-man.sh "$WBR_BIN" "$dir/man" >"$dir/gen.log" 2>&1; then
  cat "$dir/gen.log"
  echo "FAIL: scripts/gen-man.sh"
  exit 1
fi

for page in wbr wbr.meet wbr.prep wbr.gaps wbr.check wbr.report wbr.build wbr.notes wbr.publish wbr.log wbr.commitments wbr.init wbr.settings; do
  f="$dir/man/$page.1"
  if [ ! -s "$f" ]; then fail "$page.1 not generated"; continue; fi
  # -W warning: report warnings and worse; style notes are not warnings.
  out=$(mandoc -T lint -W warning "$f" 2>&1) || true
  [ -z "$out" ] || fail "$page.1 renders with warnings: $out"
done

# The pages say what the commands say: the meeting's deck argument and --owners option, the
# top page lists the commands.
grep -q -- 'owners' "$dir/man/wbr.meet.1" || fail "wbr.meet.1 does not document --owners"
for cmd in meet prep gaps check report build notes publish log commitments init; do
  grep -q "$cmd" "$dir/man/wbr.1" || fail "wbr.1 does not list $cmd"
done
# Rendered as text, the page has its NAME section.
mandoc -T ascii "$dir/man/wbr.1" | sed 's/.\x08//g' | grep -q '^NAME' || fail "wbr.1 has no NAME section"

if [ "$fails" -gt 0 ]; then
  echo "man.sh: $fails failure(s)"
  exit 1
fi
echo "man.sh: ok"
