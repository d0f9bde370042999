#!/usr/bin/env python3
"""The floor when simdjson is not installed: read + parse the deck with orjson.

    json-floor.py FILE METRICS RUNS      (prints one row, as Floor/json-floor.cpp does)
"""
import sys
import time

import orjson

path, metrics, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
samples, cpu = [], []
for i in range(runs + 1):
    start, start_cpu = time.perf_counter_ns(), time.thread_time_ns()
    with open(path, "rb") as f:
        doc = orjson.loads(f.read())
    took, took_cpu = time.perf_counter_ns() - start, time.thread_time_ns() - start_cpu
    if i:
        samples.append(took)
        cpu.append(took_cpu)
    del doc
print("\t".join(["row", f"JSON floor: read + parse (orjson {orjson.__version__})", metrics, "-", "-", "-",
                 ",".join(map(str, samples)), ",".join(map(str, cpu))]))
