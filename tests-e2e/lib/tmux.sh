# Shared by the tmux end-to-end scripts (sourced, not run; `make e2e-test` runs only
# tests-e2e/*.sh). A private tmux server in a temporary folder, never the user's, and the
# helpers that read and drive one of its panes: fail/ok counting, and wait_for/wait_file
# polling for a condition instead of fixed sleeps (faster, and not flaky on a busy machine).
# The helpers act on the pane named by $pane ("e2e" unless the script sets another, e.g.
# pane=e2e:second for a second window).
# Every script needs the binary under test as an absolute path (panes start elsewhere) and tmux.
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
BIN=$(cd "$(dirname "$WBR_BIN")" && pwd)/$(basename "$WBR_BIN")
command -v tmux >/dev/null || { echo "FAIL: tmux is needed for this test"; exit 1; }
# The panes' programs are in a UTF-8 locale unless a test says otherwise (wbr draws ASCII by
# itself when the user's locale is not UTF-8, and the tests read Unicode screens).
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;; *) export LC_ALL=C.UTF-8 ;; esac
tmp=$(mktemp -d)
SOCK=$tmp/tmux.sock
pane=e2e
tm() { tmux -S "$SOCK" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; echo "--- screen ($pane):"; tm capture-pane -p -t "$pane"; echo "---"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

# Every wait below is E2E_PATIENCE times as long as it says (default 2): the limits are what
# an idle machine needs, and a shared build machine at load 10 runs the debug binary several
# times slower. A wait that ends early costs nothing; only a failure waits the whole limit.
patience=${E2E_PATIENCE:-2}

# wait_for REGEX [SECONDS]: polls the pane until a line matches (grep -E), or times out.
wait_for() {
  local pattern=$1 limit=$((${2:-10} * patience)) waited=0
  # Capture first: under pipefail, grep -q closing the pipe early could fail the pipeline.
  local screen
  while screen=$(tm capture-pane -p -t "$pane") && ! grep -Eq -- "$pattern" <<<"$screen"; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && return 1
  done
  return 0
}

# wait_until COMMAND... : polls (every 0.1 s, up to 10 s) until COMMAND succeeds.
wait_until() {
  local waited=0
  until "$@"; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((100 * patience)) ] && return 1
  done
  return 0
}

# wait_file FILE [SECONDS]: polls until FILE exists and is not empty.
wait_file() {
  local file=$1 limit=$((${2:-10} * patience)) waited=0
  while [ ! -s "$file" ]; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && return 1
  done
  return 0
}

# expect REGEX WHAT [SECONDS]: wait_for, then ok or fail.
expect() { if wait_for "$1" "${3:-10}"; then ok "$2"; else fail "$2 (no /$1/)"; fi; }
# keys KEY...: tmux key names to the pane; text STRING: literal text to the pane.
keys() { tm send-keys -t "$pane" "$@"; }
text() { tm send-keys -t "$pane" -l "$1"; }
