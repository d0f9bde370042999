#!/usr/bin/env python3
"""A year of weekly meetings of a 1,500-metric deck, as journal lines, for the series record's
measurement in docs/PERFORMANCE.md ("The series record"): every metric marked reviewed, 20
outcomes and 10 commitments a week, half of last week's done and half carried.

Usage: python3 scripts/gen-series-journal.py OUT_DIR   (writes legacy.jsonl and series.jsonl)
"""
import datetime
import json
import os
import sys

W0 = datetime.date(2025, 11, 29)
METRICS = [f"m{i:04d}" for i in range(1500)]


def journal(with_series):
  out = []
  for w in range(52):
    week = (W0 + datetime.timedelta(weeks=w)).isoformat()
    due = (W0 + datetime.timedelta(weeks=w + 1)).isoformat()
    n = [0]

    def ev(type_, **payload):
      n[0] += 1
      line = {"v": 1, "type": type_, "id": f"s{w}-{n[0]}", "at": f"{week}T15:00:00Z", "by": "maria",
              "week": week}
      line.update(payload)
      out.append(json.dumps(line, separators=(",", ":")))

    if with_series:
      if w == 0:
        ev("series.start", series={"id": "series-x", "title": "Big WBR"})
      ev("meeting.open", deck={"file": f"{week}/deck.json", "sha256": "a" * 64},
         owners={"people": [{"id": f"o{k}", "name": f"Owner {k}"} for k in range(60)],
                 "assignments": {m: f"o{i % 60}" for i, m in enumerate(METRICS)}})
    for m in METRICS:
      ev("metric.reviewed", metric=m)
    for i in range(20):
      ev("outcome.set", metric=METRICS[(w * 20 + i) % 1500], outcome="explained", text="Because of the promotion")
    for i in range(10):
      ev("commitment.add", commitment={"id": f"c{w}-{i}", "text": "Follow up on it", "owner": f"o{i}", "due": due})
    if w > 0:
      for i in range(5):
        ev("commitment.done", commitment_id=f"c{w - 1}-{i}")
      for i in range(5, 10):
        ev("commitment.carry", commitment_id=f"c{w - 1}-{i}", due=due)
  return "\n".join(out) + "\n"


def main():
  out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
  os.makedirs(out_dir, exist_ok=True)
  for name, with_series in (("legacy.jsonl", False), ("series.jsonl", True)):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
      f.write(journal(with_series))


if __name__ == "__main__":
  main()
