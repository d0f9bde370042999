#!/usr/bin/env bash
# End-to-end: the quick monkey test (scripts/monkey.py --quick): 400 random input events and
# about 20 random resizes (1x1 to 300x100) on the sample deck and a 2,000-metric adversarial
# deck, in a private tmux server. Fails on a crash, a hang or an escape sequence that leaks
# from the deck or the typed text to the terminal. `make monkey` runs the full storm.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
command -v tmux >/dev/null || { echo "FAIL: tmux is needed for this test"; exit 1; }
command -v python3 >/dev/null || { echo "FAIL: python3 is needed for this test"; exit 1; }
python3 scripts/monkey.py --quick --seed "${MONKEY_SEED:-20261127}" --bin "$WBR_BIN"
