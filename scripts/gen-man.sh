#!/usr/bin/env bash
# Generate the man pages (wbr.1 and one page per command: wbr.meet.1, ...) from the
# ArgumentParser definitions of a built `wbr`, with the `generate-manual` tool that ships with
# swift-argument-parser (the tool the `generate-manual` plugin runs; called directly so only
# the tool is built, not every product again in release mode).
# Usage: scripts/gen-man.sh WBR_BINARY OUTPUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:?usage: scripts/gen-man.sh WBR_BINARY OUTPUT_DIR}
out=${2:?usage: scripts/gen-man.sh WBR_BINARY OUTPUT_DIR}
swift=${SWIFT:-swift}
[ -x "$bin" ] || { echo "gen-man.sh: $bin: no such executable (build wbr first)" >&2; exit 66; }
"$swift" build --product generate-manual >&2
tool="$("$swift" build --show-bin-path)/generate-manual"
rm -rf "$out"
mkdir -p "$out"
# A fixed date keeps the pages reproducible; SOURCE_DATE_EPOCH overrides it as usual.
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)
"$tool" "$bin" --multi-page --date "$date" --section 1 --output-directory "$out"
# What generate-manual writes draws warnings from `mandoc -T lint`: text with several
# sentences on one line (mdoc wants each sentence on its own line, for the spacing after it)
# and a `.Pp` right before `.It` (skipped inside a list). Fix both in place.
for f in "$out"/*.1; do
  python3 - "$f" <<'PY'
import re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
out = []
for i, line in enumerate(lines):
    if line == ".Pp" and i + 1 < len(lines) and lines[i + 1].startswith(".It"):
        continue
    if line and not line.startswith("."):
        parts = re.split(r"(?<=[A-Za-z0-9)`\x22\x27][.!?]) +(?=\S)", line)
        out.extend(p if not p.startswith(".") and not p.startswith("'") else "\\&" + p for p in parts)
    else:
        out.append(line)
open(path, "w", encoding="utf-8").write("\n".join(out))
PY
done
