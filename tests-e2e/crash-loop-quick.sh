#!/usr/bin/env bash
# End-to-end: the quick crash-recovery loop (scripts/crash-loop.py --quick): 10 scripted
# meetings on one journal, each SIGKILLed at a random moment; after each, every change the
# screen showed as saved is in the journal exactly once and the journal reopens writable.
# `make monkey` runs 100 meetings.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
command -v tmux >/dev/null || { echo "FAIL: tmux is needed for this test"; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 is needed for this test"; exit 1; }
python3 scripts/crash-loop.py --quick --seed "${CRASH_SEED:-20261127}" --bin "$WBR_BIN"
