#!/usr/bin/env bash
# End-to-end: TLS per sslmode, and a Unix socket, against a throwaway PostgreSQL server that
# only accepts TLS on TCP (issue #16): require connects (unverified, as libpq); verify-ca and
# verify-full check the certificate against sslrootcert; verify-full also checks the host name;
# disable is refused by the server; a certificate from no known authority is refused by wbr.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
BIN=$(cd "$(dirname "$WBR_BIN")" && pwd)/$(basename "$WBR_BIN")
. tests-e2e/lib/pg.sh
C=Tests/Fixtures/wbr-app/generated-output/1-wbr-sample-config-unprefixed.yaml
tmp=$(mktemp -d)
trap 'pg_stop; rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pg_init "$tmp" || { echo "FAIL: cannot set up PostgreSQL"; exit 1; }
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" \
  -keyout "$PGT_DATA/server.key" -out "$PGT_DATA/server.crt" >/dev/null 2>&1 || { echo "FAIL: openssl"; exit 1; }
chmod 600 "$PGT_DATA/server.key"
pg_own "$PGT_DATA/server.key" "$PGT_DATA/server.crt"
cp "$PGT_DATA/server.crt" "$tmp/root.crt"
# TCP only with TLS; the socket (for the superuser and the socket test) trusted.
printf 'local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostnossl all all 127.0.0.1/32 reject\n' \
  >"$PGT_DATA/pg_hba.conf"
pg_run -c ssl=on || { echo "FAIL: cannot start PostgreSQL with TLS"; exit 1; }
echo "ok: PostgreSQL with TLS on 127.0.0.1:$PGT_PORT"
export WBR_PG_PASSWORD='tls-test-pw'
PGOPTIONS="-c client_min_messages=warning" "${PGT_PSQL[@]}" -d postgres \
  -c "CREATE ROLE wbr LOGIN PASSWORD '$WBR_PG_PASSWORD'" -c "CREATE DATABASE wbr OWNER wbr" -c "\\c wbr" \
  -c "CREATE TABLE daily (day date, \"Impressions\" bigint)" \
  -c "INSERT INTO daily SELECT d::date, 1000 FROM generate_series('2021-08-01'::date, '2021-09-25', '1 day') d" \
  -c "ALTER TABLE daily OWNER TO wbr" || { echo "FAIL: cannot load"; exit 1; }
cat >"$tmp/wbr.yaml" <<YAML
setup:
  week_ending: 25-SEP-2021
  title: TLS
data_sources:
  Local:
    daily:
      query: SELECT day AS "Date", "Impressions" FROM daily ORDER BY day
metrics:
  Impressions:
    column: daily.Impressions
    aggf: sum
YAML
# try STATUS PATTERN HOST SSLMODE [ROOT]: a build over a connection with these settings.
try() {
  local want=$1 pattern=$2 host=$3 mode=$4 root=${5:-}
  {
    printf 'connections:\n  - name: Local\n    type: postgres\n    config:\n      host: %s\n      port: %s\n' "$host" "$PGT_PORT"
    printf '      username: wbr\n      password: ${WBR_PG_PASSWORD}\n      database: wbr\n      sslmode: %s\n' "$mode"
    [ -n "$root" ] && printf '      sslrootcert: %s\n' "$root"
  } >"$tmp/c.yaml"
  "$BIN" build --config "$tmp/wbr.yaml" --connections "$tmp/c.yaml" -o "$tmp/deck.json" --force >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" != "$want" ] || ! grep -Eq -- "$pattern" "$tmp/err"; then
    fail "sslmode $mode host $host: exit $got (expected $want), stderr:"; cat "$tmp/err"; return 1
  fi
  grep -q "$WBR_PG_PASSWORD" "$tmp/err" && fail "sslmode $mode: the password was printed"
  echo "ok: sslmode $mode host $host -> $got"
}
try 0 'written to' 127.0.0.1 require
try 0 'written to' 127.0.0.1 prefer
try 0 'written to' 127.0.0.1 verify-ca "$tmp/root.crt"
try 0 'written to' localhost verify-full "$tmp/root.crt"
try 66 "error: \\[source.connect\\] connection .Local. \\(postgres at 127.0.0.1:[0-9]+, database wbr, user wbr\\): cannot connect: TLS: the server's certificate is not for '127.0.0.1' \\(sslmode verify-full checks the host name" \
  127.0.0.1 verify-full "$tmp/root.crt"
try 66 "error: \\[source.connect\\] .*cannot connect: TLS: the server's certificate is not signed by an authority of the system's certificate authorities \\(sslmode verify-full\\)$" \
  localhost verify-full
try 66 'error: \[source.auth\] .*the server refused the login: pg_hba.conf rejects connection for host "127.0.0.1", user "wbr", database "wbr", no encryption' \
  127.0.0.1 disable
# A Unix socket: host is the socket's folder (trusted here: no password asked).
try 0 'written to' "$PGT_SOCK" disable
grep -q '"value": 7000' "$tmp/deck.json" || fail "socket: the week's value"

if [ $fails -gt 0 ]; then
  echo "sources-tls: $fails failed"
  exit 1
fi
echo "sources-tls: all passed"
