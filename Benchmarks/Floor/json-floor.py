#!/usr/bin/env python3
"""The floor when simdjson is not installed: read + parse the deck with orjson.

    json-floor.py FILE METRICS RUNS      (prints one row, as Floor/json-floor.cpp does)
"""
import sys
import time

import orjson

path, metrics, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
samples = []
for i in range(runs + 1):
    start = time.perf_counter_ns()
    with open(path, "rb") as f:
        doc = orjson.loads(f.read())
    took = time.perf_counter_ns() - start
    if i:
        samples.append(took)
    del doc
print("\t".join(["row", f"JSON floor: read + parse (orjson {orjson.__version__})", metrics, "-", "-", "-",
                 ",".join(map(str, samples))]))
