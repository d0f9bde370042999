#!/usr/bin/env python3
"""Turns the seeded `wbr build` benchmark data (scripts/gen-build-data.py) into what a team
with the same numbers in PostgreSQL would have: four tables of about 275 numeric columns each
(a row of 1,100 columns is past PostgreSQL's 8 kB page), a config whose data_sources query
them on one connection (the WBR App's several-queries form, merged on Date, columns prefixed
with the query's name), and the connections file.

    scripts/bench-sources.py DATA_DIR OUT_DIR PORT

Writes OUT_DIR/load.sql, OUT_DIR/wbr.yaml, OUT_DIR/connections.yaml.
"""
import csv
import datetime
import re
import sys

data, out, port = sys.argv[1], sys.argv[2], sys.argv[3]
PARTS = 4
with open(f"{data}/daily.csv", newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
cols = header[1:]
per = (len(cols) + PARTS - 1) // PARTS
groups = [cols[i:i + per] for i in range(0, len(cols), per)]
where = {c: g for g, names in enumerate(groups) for c in names}
q = lambda n: '"' + n.replace('"', '""') + '"'
with open(f"{out}/load.sql", "w") as sql:
    for g, names in enumerate(groups):
        idx = [header.index(n) for n in names]
        sql.write(f"DROP TABLE IF EXISTS daily_{g};\n")
        sql.write(f"CREATE TABLE daily_{g} (day date, " + ", ".join(f"{q(n)} numeric" for n in names) + ");\n")
        sql.write(f"COPY daily_{g} FROM STDIN WITH (FORMAT csv, NULL '');\n")
        w = csv.writer(sql, lineterminator="\n")
        for r in body:
            day = datetime.datetime.strptime(r[0].split(", ")[1], "%d-%b-%Y").date().isoformat()
            w.writerow([day] + [r[i].replace(",", "") for i in idx])
        sql.write("\\.\n")
        sql.write(f"ALTER TABLE daily_{g} OWNER TO wbr;\n")
config = open(f"{data}/wbr.yaml").read()
config = re.sub(r"(\n    column: )(\S+)", lambda m: f"{m[1]}part{where[m[2]]}.{m[2]}", config)
config = config.replace("  fiscal_year_end_month: DEC\n", "  fiscal_year_end_month: DEC\n  db_config_url: connections.yaml\n", 1)
sources = "\ndata_sources:\n  Local:\n"
for g, names in enumerate(groups):
    sources += f"    part{g}:\n      query: SELECT day AS \"Date\", " + ", ".join(q(n) for n in names) + f" FROM daily_{g} ORDER BY day\n"
with open(f"{out}/wbr.yaml", "w") as f:
    f.write(config + sources)
with open(f"{out}/connections.yaml", "w") as f:
    f.write("version: 1.0\nconnections:\n  - name: Local\n    type: postgres\n    config:\n"
            f"      host: 127.0.0.1\n      port: {port}\n      username: wbr\n      password: ${{WBR_BENCH_PASSWORD}}\n"
            "      database: wbr\n      sslmode: disable\n")
