# A throwaway PostgreSQL cluster for the data_sources tests: its own data folder under $1, a
# free port on 127.0.0.1, run as an unprivileged user (the server refuses root: `nobody` when
# this runs as root), password logins (SCRAM) over TCP for the role wbr. Source this file, then
#   pg_start DIR     sets PGT_PORT, PGT_SOCK, PGT_DATA; PGT_PSQL runs psql as the superuser
#   pg_stop          stops it (call it from an EXIT trap)
# pg_start is pg_init DIR (the cluster, not running) then pg_run [SERVER OPTIONS] (start it):
# a test can change pg_hba.conf or add files (owned with pg_own) in between.
# Needs PostgreSQL's server (Debian: postgresql), found under /usr/lib/postgresql/*/bin.

pg_bin() {
  local d
  for d in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  return 1
}

# pg_as CMD...: runs CMD as the cluster's owner.
pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_start() { pg_init "$1" && pg_run; }

# pg_own FILE...: gives files to the cluster's owner.
pg_own() { if [ "$(id -u)" = 0 ]; then chown nobody "$@"; fi; }

pg_init() {
  local root=$1 bin
  bin=$(pg_bin) || { echo "pg_start: no PostgreSQL server (initdb, pg_ctl) found"; return 1; }
  PGT_BIN=$bin
  PGT_DATA=$root/pgdata
  PGT_SOCK=$root/pgsock
  mkdir -p "$PGT_DATA" "$PGT_SOCK"
  if [ "$(id -u)" = 0 ]; then
    chmod 755 "$root"
    chown nobody "$PGT_DATA" "$PGT_SOCK"
  fi
  chmod 700 "$PGT_DATA"
  PGT_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  pg_as "$bin/initdb" -D "$PGT_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
    --locale=C >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log"; return 1; }
}

pg_run() {
  pg_as "$PGT_BIN/pg_ctl" -D "$PGT_DATA" -l "$PGT_DATA/server.log" -w -t 30 \
    -o "-p $PGT_PORT -k $PGT_SOCK -c listen_addresses=127.0.0.1 -c fsync=off $*" start >/dev/null ||
    { cat "$PGT_DATA/server.log"; return 1; }
  PGT_STARTED=1
  PGT_PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGT_SOCK" -p "$PGT_PORT" -U postgres)
}

pg_stop() {
  [ "${PGT_STARTED:-}" = 1 ] || return 0
  pg_as "$PGT_BIN/pg_ctl" -D "$PGT_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1
  PGT_STARTED=
}
