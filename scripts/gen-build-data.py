#!/usr/bin/env python3
"""Seeded generator of a large WBR App config + daily CSV, for timing `wbr build`.

    scripts/gen-build-data.py OUTDIR [--metrics 1000] [--years 3] [--seed 7]

Writes OUTDIR/wbr.yaml and OUTDIR/daily.csv: one Date column (the WBR App's
"Sun, 05-Jan-2020" form), N metric columns (every tenth with a __Target column), values with
thousands separators in quotes for some columns, a blank cell now and then, a mix of aggf
(sum, mean, min, max, last), a function metric (divide) every 25th metric, and a deck of
6_12Graph blocks under sections. Same seed, same bytes.
"""
import argparse
import datetime
import os
import random

AGGS = ["sum", "sum", "sum", "mean", "max", "min", "last"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--metrics", type=int, default=1000)
    ap.add_argument("--years", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    os.makedirs(a.outdir, exist_ok=True)
    start = datetime.date(2022, 1, 2)
    days = 365 * a.years + 1
    end = start + datetime.timedelta(days=days - 1)
    # week_ending: the last Saturday in the data
    we = end - datetime.timedelta(days=(end.weekday() - 5) % 7)
    cols = [f"m{i:04d}" for i in range(a.metrics)]
    header = ["Date"]
    for i, c in enumerate(cols):
        header.append(c)
        if i % 10 == 0:
            header.append(c + "__Target")
    base = [rnd.uniform(10, 1_000_000) for _ in cols]
    with open(os.path.join(a.outdir, "daily.csv"), "w", newline="") as f:
        f.write(",".join(header) + "\n")
        for d in range(days):
            day = start + datetime.timedelta(days=d)
            row = [f'"{day.strftime("%a, %d-%b-%Y")}"']
            for i, c in enumerate(cols):
                v = base[i] * (1 + 0.1 * rnd.random() + 0.0003 * d)
                if rnd.random() < 0.0005:
                    cell = ""
                elif i % 7 == 0:
                    cell = f'"{int(v):,}"'
                elif i % 3 == 0:
                    cell = f"{v / 1_000_000:.6f}"
                else:
                    cell = f"{v:.2f}"
                row.append(cell)
                if i % 10 == 0:
                    row.append(f"{base[i] * 1.05:.2f}")
            f.write(",".join(row) + "\n")
    with open(os.path.join(a.outdir, "wbr.yaml"), "w") as f:
        f.write("setup:\n")
        f.write(f"  week_ending: {we.strftime('%d-%b-%Y').upper()}\n")
        f.write("  title: Generated WBR\n  fiscal_year_end_month: DEC\n\nmetrics:\n")
        names = []
        for i, c in enumerate(cols):
            if i % 25 == 24:
                f.write(f"  Ratio{i:04d}:\n    function:\n      divide:\n")
                f.write(f"        - metric:\n            name: M{i-1:04d}\n")
                f.write(f"        - metric:\n            name: M{i-2:04d}\n")
                names.append(f"Ratio{i:04d}")
                continue
            agg = AGGS[i % len(AGGS)]
            f.write(f"  M{i:04d}:\n    column: {c}\n    aggf: {agg}\n")
            if i % 2 == 0:
                f.write("    kind: input\n")
            names.append(f"M{i:04d}")
        f.write("\ndeck:\n")
        for i, n in enumerate(names):
            if i % 50 == 0:
                f.write(f"  - block:\n      ui_type: section\n      title: Section {i // 50 + 1}\n")
            f.write(f"  - block:\n      ui_type: 6_12Graph\n      title: {n}\n      y_scaling: \"##.1KK\"\n")
            f.write(f"      metrics:\n        {n}:\n          line_style: primary\n")


if __name__ == "__main__":
    main()
