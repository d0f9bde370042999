#!/usr/bin/env python3
"""A deterministic 200-metric deck with exactly 15 anomalies, for tests-e2e/flow.sh.

    gen-flow-deck.py DECK.json OWNERS.json

Every metric alternates between two values a little apart for 60 weeks (no run, no limit,
no quartile signal: routine variation); the 15 anomalies jump far above their limits in the
current week (xmr.limit and xmr.range). No targets and no thresholds, so nothing else fires.
"""
import datetime as dt
import json
import sys

WEEK_ENDING = dt.date(2026, 11, 21)
SECTIONS = [("cx", "Customer experience"), ("sel", "Selection"), ("del", "Delivery"), ("ops", "Operations")]
OWNERS = [("zoe", "Zoë"), ("ana", "Ana"), ("raj", "Raj"), ("li", "Li"), ("sam", "Sam")]
ANOMALIES = {3, 17, 30, 44, 58, 71, 85, 99, 112, 126, 140, 153, 167, 181, 195}


def metric(i):
    weeks = [WEEK_ENDING - dt.timedelta(days=7 * k) for k in range(59, -1, -1)]
    base = 100 + i
    values = [base + 2 * (k % 2) for k in range(60)]
    if i in ANOMALIES:
        values[-1] = base + 40
    return {
        "id": f"m{i:03d}",
        "name": f"Metric {i:03d}",
        "kind": "input" if i < 100 else "output",
        "section": SECTIONS[(i // 25) % len(SECTIONS)][0],
        "owner": OWNERS[i % len(OWNERS)][0],
        "format": "##",
        "weekly": [{"week_ending": w.isoformat(), "value": v} for w, v in zip(weeks, values)],
    }


def main():
    deck = {
        "format": "wbr-deck", "version": 1, "title": "Flow 200", "week_ending": WEEK_ENDING.isoformat(),
        "sections": [{"id": s, "title": t} for s, t in SECTIONS],
        "metrics": [metric(i) for i in range(200)],
    }
    owners = {"format": "wbr-owners", "version": 1, "owners": [{"id": o, "name": n} for o, n in OWNERS],
              "assignments": {}}
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        json.dump(deck, f, ensure_ascii=False)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(owners, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
