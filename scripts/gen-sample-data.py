#!/usr/bin/env python3
"""Generate the sample Retail WBR deck and owners file (sample-data/).

Deterministic (fixed seed, standard library only). Every metric is modelled as a trend times a
retail season times weekly noise; a few metrics get hand-set recent weeks so that each signal of
the shared analysis spec fires on purpose. The script re-implements those rules (XmR limits,
targets, thresholds), checks that every metric fires exactly the signals it was designed to, and
re-draws a metric group's noise until that holds, so routine metrics really are routine. Each
check is repeated with the limits nudged by a few percent, so no case sits on a knife's edge.

Usage: python3 scripts/gen-sample-data.py [OUTPUT_DIR]   (default: sample-data/ of this repo)

The retailer's metrics are in sample_data/model.py, the deck layout in sample_data/deck.py and
the analysis rules used for the checks in sample_data/rules.py.
"""

import os
import random
import sys

sys.dont_write_bytecode = True  # keep scripts/ free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from sample_data.deck import check_text, deck_metric, iso, plan_series, pretty  # noqa: E402
from sample_data.model import (AS_OF, ASSIGNMENTS, DECK_THRESHOLDS, MAX_ATTEMPTS,  # noqa: E402
                               METRICS, OWNERS, SECTIONS, SEED, W, base_series)
from sample_data.rules import analyse, verify  # noqa: E402
from sample_data.series import write as write_series  # noqa: E402

# --- Generation with verification ----------------------------------------------------------

def groups():
  """Metrics tied by `derive` share their noise, so they are drawn (and re-drawn) together."""
  parent = {m["id"]: m["id"] for m in METRICS}

  def root(x):
    while parent[x] != x:
      x = parent[x]
    return x

  for m in METRICS:
    for dep in m.get("derive", ((), None))[0]:
      parent[root(m["id"])] = root(dep)
  out = {}
  for m in METRICS:
    out.setdefault(root(m["id"]), []).append(m)
  return list(out.values())


def topological(group):
  done, order = set(), []
  while len(order) < len(group):
    for m in group:
      deps = m.get("derive", ((), None))[0]
      if m["id"] not in done and all(d in done for d in deps):
        done.add(m["id"])
        order.append(m)
  return order


def generate_group(group):
  key = group[0]["id"]
  for attempt in range(MAX_ATTEMPTS):
    rng = random.Random(f"{SEED}:{key}:{attempt}")
    series = {}
    for m in topological(group):
      if "derive" in m:
        series[m["id"]] = m["derive"][1](series, rng)
      else:
        series[m["id"]] = base_series(m, rng)
      if m["id"] in ("orders", "revenue"):
        m["plan"] = plan_series(m, series)
    light = {m["id"]: deck_metric(m, series[m["id"]], full=False) for m in group}
    if all(verify(m, light[m["id"]]) for m in group):
      return {m["id"]: deck_metric(m, series[m["id"]]) for m in group}, attempt
  sys.exit(f"gen-sample-data: no draw of group '{key}' fires exactly the designed signals")


def build():
  built, attempts = {}, {}
  for group in groups():
    metrics, attempt = generate_group(group)
    built.update(metrics)
    attempts[group[0]["id"]] = attempt
  deck = {
    "format": "wbr-deck", "version": 1, "title": "Retail WBR", "week_ending": iso(W),
    "fiscal_year_end_month": 12, "as_of": AS_OF,
    "sections": [{"id": i, "title": t} for i, t in SECTIONS],
    "thresholds": DECK_THRESHOLDS,
    "metrics": [built[m["id"]] for m in METRICS],
  }
  owners = {"format": "wbr-owners", "version": 1, "owners": OWNERS, "assignments": ASSIGNMENTS}
  return deck, owners, attempts


def fmt_change(v, comparison):
  if v is None:
    return "n/a"
  return f"{v:+.0f} bps" if comparison == "bps" else f"{v:+.1f}%"


def summary(deck, owners, attempts):
  """What fired, in walk order (inputs first, then section order, then file order)."""
  section_rank = {s["id"]: i for i, s in enumerate(deck["sections"])}
  order = sorted(range(len(deck["metrics"])), key=lambda i: (
    deck["metrics"][i]["kind"] != "input",
    section_rank.get(deck["metrics"][i].get("section"), len(section_rank)), i))
  fired = {}
  lines = []
  for i in order:
    dm = deck["metrics"][i]
    r = analyse(dm, DECK_THRESHOLDS)
    comp = dm.get("comparison", "pct")
    marks = ",".join(sorted(r["quality"]))
    sigs = " ".join(f"{s}({d})" for s, d in sorted(r["signals"].items()))
    for s in r["signals"]:
      fired[s] = fired.get(s, 0) + 1
    if sigs or marks or dm["id"] in ("new_sellers", "revenue", "availability", "price_index",
                                     "hold_time", "gross_margin"):
      lines.append(f"  {dm['id']:<18} {dm['kind']:<6} WoW {fmt_change(r['wow'], comp):>9}  "
                   f"YoY {fmt_change(r['yoy'], comp):>9}  vsT {fmt_change(r['target'], comp):>9}  "
                   f"{sigs or '-'} {('[' + marks + ']') if marks else ''}".rstrip())
  anomalies = sum(1 for dm in deck["metrics"] if analyse(dm, DECK_THRESHOLDS)["signals"])
  print(f"Retail WBR, week ending {deck['week_ending']}: {len(deck['metrics'])} metrics in "
        f"{len(deck['sections'])} sections (+ Other), {anomalies} anomalies, "
        f"{len(owners['owners'])} owners")
  print("Metrics with signals or marks, and the routine edge cases, in walk order:")
  print("\n".join(lines))
  print("Signals fired: " + ", ".join(f"{k} x{v}" for k, v in sorted(fired.items())))
  redrawn = {k: v for k, v in attempts.items() if v}
  print("Noise draws per group (0 = first seed): " + ", ".join(f"{k}={v}" for k, v in
                                                               sorted(redrawn.items())))
  return fired


def main():
  root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
  out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "sample-data")
  deck, owners, attempts = build()
  check_text(deck)
  check_text(owners)
  fired = summary(deck, owners, attempts)
  missing = {"xmr.limit", "xmr.range", "xmr.quartile", "xmr.run", "target.miss",
             "threshold.wow", "threshold.yoy"} - set(fired)
  assert not missing, f"signals never fired: {missing}"
  unowned = [m["id"] for m in deck["metrics"] if "owner" not in m and m["id"] not in ASSIGNMENTS]
  assert unowned == ["carbon_per_order"], unowned
  os.makedirs(out_dir, exist_ok=True)

  def write_file(name, text):
    path = os.path.join(out_dir, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
      f.write(text)

  for name, obj in (("retail-deck.json", deck), ("owners.json", owners)):
    write_file(name, pretty(obj) + "\n")
  write_series(out_dir, deck, owners, write_file)
  print(f"Wrote {out_dir}/retail-deck.json, owners.json and the three-week series in retail-series/")


if __name__ == "__main__":
  main()
