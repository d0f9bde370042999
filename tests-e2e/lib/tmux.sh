# Shared by the tmux end-to-end scripts (sourced, not run; `make e2e-test` runs only
# tests-e2e/*.sh). A private tmux server in a temporary folder, never the user's, and the
# helpers that read its pane "e2e": fail/ok counting, and wait_for polling instead of sleeps.
tmp=$(mktemp -d)
SOCK=$tmp/tmux.sock
tm() { tmux -S "$SOCK" "$@"; }
trap 'tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; echo "--- screen:"; tm capture-pane -p -t e2e; echo "---"; fails=$((fails + 1)); }
ok() { echo "ok: $*"; }

# wait_for REGEX [SECONDS]: polls the pane until a line matches (grep -E), or times out.
wait_for() {
  local pattern=$1 limit=${2:-10} waited=0
  # Capture first: under pipefail, grep -q closing the pipe early could fail the pipeline.
  local screen
  while screen=$(tm capture-pane -p -t e2e) && ! grep -Eq -- "$pattern" <<<"$screen"; do
    sleep 0.1
    waited=$((waited + 1))
    [ "$waited" -ge $((limit * 10)) ] && return 1
  done
  return 0
}
