#!/usr/bin/env bash
# End-to-end: `wbr build` from the config's data_sources against a real PostgreSQL server
# (issue #16): a throwaway cluster on a free loopback port (tests-e2e/lib/pg.sh), the WBR App's
# sample data and conformance scenario 6 loaded into tables, the same deck byte for byte as
# from the CSV, then the failures with the server's real answers: a wrong password, an unknown
# database, a query error, a text column where a number is expected, an empty result, a
# statement_timeout, Ctrl-C (the query cancelled on the server), and a server that goes away
# mid-query. Secrets come from the environment; no password is ever printed.
set -uo pipefail
cd "$(dirname "$0")/.."
: "${WBR_BIN:?set WBR_BIN to the wbr binary}"
BIN=$(cd "$(dirname "$WBR_BIN")" && pwd)/$(basename "$WBR_BIN")
. tests-e2e/lib/pg.sh
F=tests-e2e/fixtures/wbr-app
S=Tests/Fixtures/wbr-app/unit_test_case/scenario_6
tmp=$(mktemp -d)
trap 'pg_stop; rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
pg_start "$tmp" || { echo "FAIL: cannot start PostgreSQL"; exit 1; }
echo "ok: PostgreSQL on 127.0.0.1:$PGT_PORT"
PASSWORD='s3cret-wbr-pw'
psql_su() { PGOPTIONS="-c client_min_messages=warning" "${PGT_PSQL[@]}" "$@"; }
psql_su -d postgres -c "CREATE ROLE wbr LOGIN PASSWORD '$PASSWORD'" -c "CREATE DATABASE wbr OWNER wbr" ||
  { echo "FAIL: cannot create the role"; exit 1; }
# The sample data with several column types (integers, numeric, double precision), and the
# scenario with numeric columns full of NULLs.
python3 tests-e2e/fixtures/sources/csv-to-sql.py $F/demo-data.csv wbr_sample_1 --date-name date \
  --type Impressions=bigint --type Clicks=integer --type MobilePageViews=integer \
  --type pct_customer_group_1='double precision' --type pct_customer_group_2=real --type PageViews=bigint |
  psql_su -d wbr || { echo "FAIL: cannot load the sample"; exit 1; }
python3 tests-e2e/fixtures/sources/csv-to-sql.py $S/original.csv scenario_6 | psql_su -d wbr ||
  { echo "FAIL: cannot load scenario 6"; exit 1; }
psql_su -d wbr -c "ALTER TABLE wbr_sample_1 OWNER TO wbr" -c "ALTER TABLE scenario_6 OWNER TO wbr"

# connections FILE [KEY: VALUE]...: a connections file for the local server.
connections() {
  local file=$1
  shift
  {
    printf 'version: 1.0\nconnections:\n  - name: MyProdPostgres\n    type: postgres\n    config:\n'
    printf '      host: 127.0.0.1\n      port: %s\n      username: wbr\n      database: wbr\n      sslmode: disable\n' "$PGT_PORT"
    for kv in "$@"; do printf '      %s\n' "$kv"; done
    printf '  - name: Warehouse\n    type: snowflake\n    config:\n      account: xy12345\n'
  } >"$file"
  chmod 600 "$file"
}
connections "$tmp/connections.yaml" 'password: ${WBR_PG_PASSWORD}'
export WBR_PG_PASSWORD=$PASSWORD
sed "s|db_config_url: .*|db_config_url: connections.yaml|" $F/demo-config.yaml >"$tmp/wbr.yaml"

out=$tmp/out
err=$tmp/err
# run STATUS PATTERN ARGS...: `wbr build ARGS`, the exit status, stderr against PATTERN, no
# crash, no raw controls, and never the password.
run() {
  local want=$1 pattern=$2
  shift 2
  "$BIN" build "$@" >"$out" 2>"$err"
  local got=$?
  if [ "$got" != "$want" ]; then fail "build $* exited $got, expected $want"; cat "$err"; return 1; fi
  if ! grep -Eq -- "$pattern" "$err"; then fail "build $*: stderr lacks /$pattern/"; cat "$err"; return 1; fi
  if grep -Eq 'Fatal error|Stack dump|Illegal instruction|Segmentation' "$err"; then fail "build $*: crashed"; return 1; fi
  if LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]' "$err"; then fail "build $*: raw control characters"; return 1; fi
  if grep -q -- "$PASSWORD" "$err" "$out"; then fail "build $*: the password was printed"; return 1; fi
  echo "ok: build ${*: -2} -> $got"
}

# 1. The WBR App's sample from its own data_sources (two queries on one connection) is the
# same deck, byte for byte, as from the CSV.
run 0 'wbr.yaml: 8 metrics, week ending 2021-09-25' --config "$tmp/wbr.yaml" -o "$tmp/db.json"
run 0 'written to' --config "$tmp/wbr.yaml" --data $F/demo-data.csv -o "$tmp/csv.json"
cmp -s "$tmp/db.json" "$tmp/csv.json" || { fail "the sample: the deck from data_sources differs from the CSV's"; diff "$tmp/db.json" "$tmp/csv.json" | head; }
grep -q 'config.column-prefix' "$tmp/err" || fail "the CSV build lacks the column-prefix warning"

# 2. Conformance scenario 6 (numeric columns, NULLs, first/last, targets) through --connections.
python3 - "$S/config.yaml" "$tmp/s6.yaml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = re.sub(r'(\n\s+column:\s*)"?([^"\n]+?)"?\s*\n', lambda m: f'{m[1]}"daily.{m[2]}"\n', text)
text = re.sub(r'(\n\s+base_column:\s*)"?([^"\n]+?)"?\s*\n', lambda m: f'{m[1]}"daily.{m[2]}"\n', text)
text += '\ndata_sources:\n  MyProdPostgres:\n    daily:\n      query: SELECT * FROM scenario_6 ORDER BY "Date"\n'
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
run 0 's6.yaml: ' --config "$tmp/s6.yaml" --connections "$tmp/connections.yaml" -o "$tmp/s6-db.json"
run 0 's6.yaml: ' --config "$tmp/s6.yaml" --data $S/original.csv -o "$tmp/s6-csv.json"
cmp -s "$tmp/s6-db.json" "$tmp/s6-csv.json" || { fail "scenario 6: the deck from data_sources differs from the CSV's"; diff "$tmp/s6-db.json" "$tmp/s6-csv.json" | head; }

# 2b. check and report build in memory from data_sources too; annotations from a query are
# attached to their metric.
"$BIN" check --config "$tmp/wbr.yaml" >"$out" 2>"$err" && grep -q 'wbr.yaml: 8 metrics.*can be reviewed' "$err" ||
  { fail "check --config from data_sources"; cat "$err"; }
"$BIN" report --config "$tmp/wbr.yaml" >"$out" 2>"$err" && grep -q 'Impressions' "$out" || { fail "report --config"; cat "$err"; }
psql_su -d wbr -c "CREATE TABLE events (day date, metric text, note text)" \
  -c "INSERT INTO events VALUES ('2021-09-20', 'Impressions', 'Campaign launch'), ('2021-09-21', 'Nope', 'x')" \
  -c "ALTER TABLE events OWNER TO wbr"
cp "$tmp/wbr.yaml" "$tmp/events.yaml"
printf '\nannotations:\n  data_sources:\n    MyProdPostgres:\n      events:\n        query: SELECT day AS "Date", metric AS "MetricName", note AS "EventDescription" FROM events\n' \
  >>"$tmp/events.yaml"
run 0 "events.yaml:[0-9]+: warning: \\[source.annotation-metric\\] 1 annotation\\(s\\) name no metric of the config and are left out: 'Nope'" \
  --config "$tmp/events.yaml" -o "$tmp/events.json"
grep -q '"text": "Campaign launch"' "$tmp/events.json" || fail "annotations from a query: not in the deck"

# 3. Secrets: PGPASSWORD, ~/.pgpass; a plain password in a world-readable file is warned about.
connections "$tmp/nopw.yaml"
sed "s|db_config_url: .*|db_config_url: nopw.yaml|" $F/demo-config.yaml >"$tmp/nopw-config.yaml"
env -u WBR_PG_PASSWORD PGPASSWORD=$PASSWORD HOME=$tmp/nohome "$BIN" build --config "$tmp/nopw-config.yaml" -o "$tmp/pw.json" --force 2>"$err" ||
  { fail "PGPASSWORD: not used"; cat "$err"; }
mkdir -p "$tmp/home"
printf '# local\n127.0.0.1:%s:wbr:wbr:%s\n' "$PGT_PORT" "$PASSWORD" >"$tmp/home/.pgpass"
chmod 600 "$tmp/home/.pgpass"
env -u WBR_PG_PASSWORD -u PGPASSWORD HOME=$tmp/home "$BIN" build --config "$tmp/nopw-config.yaml" -o "$tmp/pw.json" --force 2>"$err" ||
  { fail "~/.pgpass: not used"; cat "$err"; }
cmp -s "$tmp/pw.json" "$tmp/db.json" || fail "~/.pgpass: another deck"
chmod 644 "$tmp/home/.pgpass"
HOME=$tmp/home run 66 'error: \[source.auth\] .*: the server asks for a password and none was found' \
  --config "$tmp/nopw-config.yaml" --dry-run
grep -q '\.pgpass: warning: \[source.plain-password\] the password file can be read by others, so it is not used' "$err" ||
  { fail "~/.pgpass readable by others: no warning"; cat "$err"; }
connections "$tmp/plain.yaml" "password: $PASSWORD"
chmod 644 "$tmp/plain.yaml"
sed "s|db_config_url: .*|db_config_url: plain.yaml|" $F/demo-config.yaml >"$tmp/plain-config.yaml"
run 0 'plain.yaml:11: warning: \[source.plain-password\] connection .MyProdPostgres.: a password is written in this file, which anyone on this machine can read' \
  --config "$tmp/plain-config.yaml" --dry-run
unset_var() { env -u WBR_PG_PASSWORD "$BIN" build "$@"; }
unset_var --config "$tmp/wbr.yaml" --dry-run >"$out" 2>"$err"
[ $? = 65 ] && grep -q 'connections.yaml:11: error: \[source.unset-variable\] connection .MyProdPostgres.: password names the environment variable WBR_PG_PASSWORD, which is not set' "$err" ||
  { fail "unset variable"; cat "$err"; }

# 4. The server's answers: a wrong password, an unknown database.
WBR_PG_PASSWORD=not-the-password run 66 'wbr.yaml:28: error: \[source.auth\] connection .MyProdPostgres. \(postgres at 127.0.0.1:[0-9]+, database wbr, user wbr\): the server refused the login: password authentication failed for user "wbr" \[SQLSTATE 28P01\]$' \
  --config "$tmp/wbr.yaml" --dry-run
tail -n 1 "$err" | grep -q 'wbr.yaml: cannot be read$' || fail "wrong password: verdict"
connections "$tmp/nodb.yaml" 'password: ${WBR_PG_PASSWORD}'
sed -i 's/database: wbr/database: nope/' "$tmp/nodb.yaml"
run 66 'error: \[source.connect\] connection .MyProdPostgres. \(postgres at 127.0.0.1:[0-9]+, database nope, user wbr\): cannot connect: database "nope" does not exist' \
  --config "$tmp/wbr.yaml" --connections "$tmp/nodb.yaml" --dry-run

# queries FILE SQL: a config (the sample's metrics) whose main_metrics query is SQL.
queries() {
  python3 - "$tmp/wbr.yaml" "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
start = re.search(r"^    main_metrics:", text, re.M).start()
end = re.search(r"^    sales_metrics:", text, re.M).start()
text = text[:start] + "    main_metrics:\n      query: >\n        " + sys.argv[3] + "\n\n" + text[end:]
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
}
# 5. A query error: the server's words at the query's line, and the part of the SQL it points at.
queries "$tmp/typo.yaml" 'SELECT date AS "Date", "Impressions" FROM wbr_sampel_1'
run 65 '^'"$tmp"'/typo.yaml:30: error: \[source.query\] query .main_metrics. on MyProdPostgres: the server refused the query: relation "wbr_sampel_1" does not exist \[SQLSTATE 42P01\] \(at character 43: .wbr_sampel_1.\)$' \
  --config "$tmp/typo.yaml" --dry-run
# 6. Text where a number is expected: the row and column of the result.
queries "$tmp/text.yaml" 'SELECT date AS "Date", CASE WHEN date = '"'"'2021-09-01'"'"' THEN '"'"'n/a!'"'"' ELSE "Clicks"::text END AS "Clicks" FROM wbr_sample_1 ORDER BY date'
run 65 'text.yaml:30: error: \[csv.not-a-number\] query .main_metrics. on MyProdPostgres, row 606, column .Clicks.: expected a number, found .n/a!.' \
  --config "$tmp/text.yaml" --dry-run
# 7. An empty result, and no Date column.
queries "$tmp/empty.yaml" 'SELECT date AS "Date", "Clicks" FROM wbr_sample_1 WHERE false'
run 65 'empty.yaml:30: error: \[source.empty-result\] query .main_metrics. on MyProdPostgres returned no rows' \
  --config "$tmp/empty.yaml" --dry-run
queries "$tmp/nodate.yaml" 'SELECT date AS day, "Clicks" FROM wbr_sample_1'
run 65 'nodate.yaml:30: error: \[csv.no-date-column\] query .main_metrics. on MyProdPostgres: expected a Date column' \
  --config "$tmp/nodate.yaml" --dry-run
# 8. Snowflake points to the recipe.
sed 's/^  MyProdPostgres:/  Warehouse:/' "$tmp/wbr.yaml" >"$tmp/snow.yaml"
run 65 'snow.yaml:28: error: \[source.unsupported\] connection .Warehouse. is Snowflake: .*docs/SOURCES.md' --config "$tmp/snow.yaml" --dry-run

# 9. statement_timeout: the server ends a slow query.
connections "$tmp/slow.yaml" 'password: ${WBR_PG_PASSWORD}' 'statement_timeout: 1s'
queries "$tmp/sleep.yaml" 'SELECT date AS "Date", "Clicks" FROM wbr_sample_1, pg_sleep(20)'
start=$SECONDS
run 66 'sleep.yaml:30: error: \[source.timeout\] query .main_metrics. on MyProdPostgres: the query ran past statement_timeout \(1000 ms\): canceling statement due to statement timeout \[SQLSTATE 57014\]$' \
  --config "$tmp/sleep.yaml" --connections "$tmp/slow.yaml" --dry-run
[ $((SECONDS - start)) -lt 10 ] || fail "statement_timeout: took $((SECONDS - start)) s"

# 9b. The psql recipe of docs/SOURCES.md: psql --csv piped into wbr build --data -.
U=Tests/Fixtures/wbr-app/generated-output/1-wbr-sample-config-unprefixed.yaml
"$BIN" build --config $U --data $F/demo-data.csv -o "$tmp/u-csv.json" 2>"$err" || fail "unprefixed CSV build"
PGPASSWORD=$PASSWORD psql --csv -h 127.0.0.1 -p "$PGT_PORT" -U wbr -d wbr -c '
  SELECT date AS "Date", "Impressions", "Clicks", "Defects/Million", "PageViews", "PageViews__Target",
         "MobilePageViews", pct_customer_group_1, pct_customer_group_2, pct_customer_group_3
  FROM wbr_sample_1 ORDER BY date' | "$BIN" build --config $U --data - -o "$tmp/u-psql.json" 2>"$err" ||
  { fail "psql recipe"; cat "$err"; }
cmp -s "$tmp/u-psql.json" "$tmp/u-csv.json" && echo "ok: psql --csv | wbr build --data - gives the same deck" ||
  fail "psql recipe: another deck"

# 9c. Progress: on a terminal, a query running past a second shows the rows received, and
# leaves a line with the total; with standard error in a file, nothing.
queries "$tmp/slowrows.yaml" 'SELECT date AS "Date", "Impressions", "Clicks", "Defects/Million", "PageViews", "PageViews__Target", "MobilePageViews" FROM wbr_sample_1 WHERE pg_sleep(0.004)::text = '"''"
if command -v tmux >/dev/null; then
  sock=wbr-sources-$$
  tmux -L $sock new-session -d -x 200 -y 40 \
    "WBR_PG_PASSWORD=$PASSWORD '$BIN' build --config '$tmp/slowrows.yaml' --dry-run; echo status=\$?; sleep 30"
  for _ in $(seq 100); do tmux -L $sock capture-pane -p | grep -q 'status=' && break; sleep 0.2; done
  screen=$(tmux -L $sock capture-pane -p -S -200)
  tmux -L $sock kill-server 2>/dev/null
  echo "$screen" | grep -Eq "^query 'main_metrics' on MyProdPostgres: 630 rows received in [0-9.]+ s$" &&
    echo "$screen" | grep -q "status=0" && echo "ok: progress on a terminal" || { fail "progress on a terminal"; echo "$screen" | head -20; }
fi
"$BIN" build --config "$tmp/slowrows.yaml" --dry-run >"$out" 2>"$err"
grep -q 'rows received' "$err" && fail "progress printed to a file"

# 9d. A server that accepts the connection and never answers: bounded by connect_timeout.
silent_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
timeout 30 python3 -c '
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(4)
held = []
while True:
    held.append(s.accept()[0])
' "$silent_port" &
silent=$!
for _ in $(seq 50); do python3 -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$silent_port" 2>/dev/null && break; sleep 0.2; done
connections "$tmp/silent.yaml" 'password: ${WBR_PG_PASSWORD}' 'connect_timeout: 1'
sed -i "s/port: $PGT_PORT/port: $silent_port/" "$tmp/silent.yaml"
start=$SECONDS
run 66 'error: \[source.connect\] connection .MyProdPostgres. \(postgres at 127.0.0.1:[0-9]+, database wbr, user wbr\): cannot connect: no answer from the server within 1 s \(connect_timeout\)' \
  --config "$tmp/wbr.yaml" --connections "$tmp/silent.yaml" --dry-run
[ $((SECONDS - start)) -lt 15 ] || fail "silent server: took $((SECONDS - start)) s"
kill $silent 2>/dev/null
wait $silent 2>/dev/null

# active: the number of pg_sleep queries running on the server.
active() { psql_su -d wbr -At -c "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(20)%' AND pid <> pg_backend_pid()"; }
# wait_active N: waits (up to 10 s) until N such queries run.
wait_active() { for _ in $(seq 50); do [ "$(active)" = "$1" ] && return 0; sleep 0.2; done; return 1; }

# 10. Ctrl-C: the query is cancelled on the server, wbr exits 130.
"$BIN" build --config "$tmp/sleep.yaml" --dry-run >"$out" 2>"$err" &
pid=$!
wait_active 1 || fail "Ctrl-C: the query never started"
kill -INT $pid
wait $pid
status=$?
[ $status = 130 ] || { fail "Ctrl-C: exit $status, expected 130"; cat "$err"; }
grep -q 'error: \[source.cancelled\] query .main_metrics. on MyProdPostgres: interrupted; the query was cancelled on the server' "$err" ||
  { fail "Ctrl-C: message"; cat "$err"; }
tail -n 1 "$err" | grep -q 'sleep.yaml: interrupted$' || fail "Ctrl-C: verdict"
wait_active 0 || fail "Ctrl-C: the query still runs on the server"
echo "ok: Ctrl-C -> $status, cancelled on the server"

# 11. The server goes away mid-query (stopped at once): lost, not a hang.
"$BIN" build --config "$tmp/sleep.yaml" --dry-run >"$out" 2>"$err" &
pid=$!
wait_active 1 || fail "server gone: the query never started"
pg_stop
start=$SECONDS
wait $pid
status=$?
[ $status = 66 ] || { fail "server gone: exit $status, expected 66"; cat "$err"; }
grep -q 'sleep.yaml:30: error: \[source.lost\] query .main_metrics. on MyProdPostgres: the connection was lost while the query ran' "$err" ||
  { fail "server gone: message"; cat "$err"; }
[ $((SECONDS - start)) -lt 10 ] || fail "server gone: took $((SECONDS - start)) s"
echo "ok: server gone mid-query -> $status"
# And a server that is not there: refused at once.
run 66 'error: \[source.connect\] connection .MyProdPostgres. \(postgres at 127.0.0.1:[0-9]+, database wbr, user wbr\): cannot connect: connection refused$' \
  --config "$tmp/wbr.yaml" --dry-run

if [ $fails -gt 0 ]; then
  echo "sources: $fails failed"
  exit 1
fi
echo "sources: all passed"
