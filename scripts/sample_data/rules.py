"""The analysis rules of the shared spec (analysis.md), used to verify the designed cases."""

import datetime as dt

from .model import DECK_THRESHOLDS, W, wk

# --- The analysis rules (shared spec analysis.md), used to verify the cases -----------------

def change(c, p, comparison):
  if c is None or p is None:
    return None
  if comparison == "bps":
    return (c - p) * 10000
  return None if p == 0 else (c - p) / abs(p) * 100


def analyse(metric, deck_thresholds, nudge=(1.0, 0.0, 1.0, 0.0)):
  """Signals and facts for one deck metric at W. `nudge` = (mR-bar factor, centre shift in
  mR-bars, threshold factor, target boundary shift as a share of |T|), to test for near-ties."""
  mr_factor, centre_shift, thr_factor, target_shift = nudge
  vals = {dt.date.fromisoformat(p["week_ending"]): p["value"] for p in metric["weekly"]
          if p["value"] is not None}
  comparison = metric.get("comparison", "pct")
  hib = metric.get("higher_is_better", True)
  c, prev, py = vals.get(W), vals.get(wk(1)), vals.get(wk(52))
  targets = {dt.date.fromisoformat(p["week_ending"]): p["value"]
             for p in metric.get("targets", {}).get("weekly", [])}
  t = targets.get(W)
  res = {"current": c, "wow": change(c, prev, comparison), "yoy": change(c, py, comparison),
         "target": change(c, t, comparison), "signals": {}, "quality": set(), "xmr": None}
  if c is None:
    res["quality"].add("data.missing")
  if min(vals, default=W) > wk(52):
    res["quality"].add("data.short")
  # XmR
  lock = metric.get("limits")
  xmr = None
  if lock and "centre" in lock:
    xmr = (lock["centre"], lock["mr_bar"])
  else:
    if lock:
      lo = dt.date.fromisoformat(lock["baseline"]["from"])
      hi = dt.date.fromisoformat(lock["baseline"]["to"])
      base = sorted(d for d in vals if lo <= d <= hi)
    else:
      base = sorted(d for d in vals if d < W)[-20:]
    if len(base) >= 6:
      mrs = [abs(vals[b] - vals[a]) for a, b in zip(base, base[1:]) if (b - a).days == 7]
      if mrs:
        xmr = (sum(vals[d] for d in base) / len(base), sum(mrs) / len(mrs))
    if xmr is None:
      res["quality"].add("data.short")
  res["xmr"] = xmr
  if c is None:
    return res
  sig = res["signals"]

  def direction(up):
    return "good" if up == hib else "bad"

  if xmr:
    centre, mr = xmr
    mr *= mr_factor
    centre += centre_shift * mr
    unpl, lnpl, url = centre + 2.66 * mr, centre - 2.66 * mr, 3.268 * mr
    if c > unpl or c < lnpl:
      sig["xmr.limit"] = direction(c > unpl)
    if prev is not None and abs(c - prev) > url:
      sig["xmr.range"] = direction(c > prev)
    last4 = [vals.get(wk(n)) for n in range(3, -1, -1)]
    for up, line in ((True, centre + 1.33 * mr), (False, centre - 1.33 * mr)):
      beyond = [v is not None and (v > line if up else v < line) for v in last4]
      if beyond[-1] and sum(beyond) >= 3:
        sig["xmr.quartile"] = direction(up)
    last8 = [vals.get(wk(n)) for n in range(7, -1, -1)]
    if all(v is not None for v in last8):
      if all(v > centre for v in last8):
        sig["xmr.run"] = direction(True)
      elif all(v < centre for v in last8):
        sig["xmr.run"] = direction(False)
  if t is not None:
    slack = metric.get("target_tolerance", 0) * abs(t) + target_shift * abs(t)
    if (hib and c < t - slack) or (not hib and c > t + slack):
      sig["target.miss"] = "bad"
  thr = dict(deck_thresholds)
  thr.update(metric.get("thresholds", {}))
  for name, value in (("wow", res["wow"]), ("yoy", res["yoy"])):
    limit = thr.get(f"{name}_{comparison}")
    if limit is not None and value is not None and abs(value) >= limit * thr_factor:
      sig[f"threshold.{name}"] = direction(value > 0)
  return res


NUDGES = [(f, s, g, h) for f in (0.97, 1.03) for s in (-0.03, 0.03) for g, h in ((0.98, -0.0005),
                                                                                    (1.02, 0.0005))]


def verify(m, dm):
  """True when the deck metric fires exactly m['expect'], robustly, and its extra checks hold."""
  expect = m.get("expect", set())
  base = analyse(dm, DECK_THRESHOLDS)
  if set(base["signals"]) != expect:
    return False
  if any(set(analyse(dm, DECK_THRESHOLDS, n)["signals"]) != expect for n in NUDGES):
    return False
  if not expect and 0 not in m.get("z", {}) and base["current"] is not None and base["xmr"]:
    centre, mr = base["xmr"]  # a routine metric should look routine: inside the halfway lines
    if abs(base["current"] - centre) >= 1.33 * mr:
      return False
  if "routine_wow" in m:
    lo, hi = m["routine_wow"]
    if base["wow"] is None or not lo <= base["wow"] <= hi:
      return False
  if m["id"] == "revenue":  # below target, but within the tolerance
    return base["target"] is not None and -2 < base["target"] < -1
  if m["id"] == "operating_profit":  # the January trough goes below zero
    return any(p["value"] is not None and p["value"] < 0 for p in dm["weekly"])
  return True

