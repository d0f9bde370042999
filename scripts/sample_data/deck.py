"""Turns modelled series into deck JSON: weeks, months, totals, targets; and the file layout."""

import datetime as dt
import json

from .model import (DAY, FIRST_MONTH, LAST_MONTH, MODEL_WEEKS, W, WEEKS, week_days, week_season,
                    wk)

# --- Building the deck ---------------------------------------------------------------------

def iso(d):
  return d.isoformat()


def rounded(v, decimals):
  return int(round(v, decimals)) if decimals <= 0 else round(v, decimals)


def months():
  y, m = FIRST_MONTH
  while (y, m) <= LAST_MONTH:
    yield y, m
    y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def spread(series, start, end):
  """(sum, days) of a weekly series spread evenly over its days, for the days start..end."""
  total, days = 0.0, 0
  for week_end, v in series.items():
    for d in week_days(week_end):
      if start <= d <= end:
        total += v / 7
        days += 1
  return total, days


def month_range(y, m):
  last = (dt.date(y + (m == 12), m % 12 + 1, 1) - DAY)
  return dt.date(y, m, 1), last


def monthly_points(m, series, first_week):
  out = []
  for y, mo in months():
    start, end = month_range(y, mo)
    if start < first_week - 6 * DAY:
      continue
    total, days = spread(series, start, end)
    if days < (end - start).days + 1:
      continue
    v = total if m["agg"] == "sum" else total * 7 / days
    out.append({"month": f"{y:04d}-{mo:02d}", "value": rounded(v, m["decimals"])})
  return out


def period_totals(m, series):
  def both(start):
    cy, _ = spread(series, start, W)
    py, _ = spread(series, start.replace(year=start.year - 1), W.replace(year=W.year - 1))
    return {"cy": rounded(cy, m["decimals"]), "py": rounded(py, m["decimals"])}
  quarter_start = dt.date(W.year, 3 * ((W.month - 1) // 3) + 1, 1)
  return {"mtd": both(W.replace(day=1)), "qtd": both(quarter_start), "ytd": both(dt.date(W.year, 1, 1))}


def deck_metric(m, series, full=True):
  """The metric as the deck writes it; `full=False` skips months and totals (for verifying)."""
  hist = m.get("history_weeks", WEEKS)
  weeks = [wk(n) for n in range(hist - 1, -1, -1)]
  weekly = []
  for d in weeks:
    back = (W - d).days // 7
    if back in m.get("absent_weeks", []):
      continue
    v = None if back in m.get("null_weeks", []) else rounded(series[d], m["decimals"])
    weekly.append({"week_ending": iso(d), "value": v})
  out = {"id": m["id"], "name": m["name"], "kind": m["kind"]}
  if m.get("section"):
    out["section"] = m["section"]
  if m.get("owner"):
    out["owner"] = m["owner"]
  out["description"] = m["description"]
  out["format"] = m["format"]
  if m.get("prefix"):
    out["prefix"] = m["prefix"]
  if m.get("comparison", "pct") == "bps":
    out["comparison"] = "bps"
  if m.get("higher_is_better") is False:
    out["higher_is_better"] = False
  if m.get("pairs_with"):
    out["pairs_with"] = m["pairs_with"]
  if "tolerance" in m:
    out["target_tolerance"] = m["tolerance"]
  if "thresholds" in m:
    out["thresholds"] = m["thresholds"]
  if "limits" in m:
    out["limits"] = m["limits"]
  notes = sorted(m.get("notes", []))
  if notes:
    out["annotations"] = [{"date": iso(d), "text": t} for d, t in notes if d >= weeks[0] - 6 * DAY]
  if m.get("totals") and full:
    out["totals"] = period_totals(m, series)
  targets = {}
  if "target_weekly" in m:
    targets["weekly"] = [{"week_ending": iso(d), "value": m["target_weekly"]}
                         for d in weeks if d >= m["target_from"]]
  if m.get("revenue_target"):
    tw = []
    for d in weeks:
      if d.year == 2026:
        plan = series[d] if d == W else m["plan"][d]
        tw.append({"week_ending": iso(d), "value": rounded(plan / 0.985 if d == W else plan, -5)})
    targets["weekly"] = tw
  if m.get("monthly_targets") and full:
    plan_monthly = monthly_points(m, m["plan"], weeks[0])
    targets["monthly"] = [{"month": p["month"], "value": rounded(p["value"], -4)}
                          for p in plan_monthly if p["month"].startswith("2026")]
  if targets:
    out["targets"] = targets
  out["weekly"] = weekly
  monthly = monthly_points(m, series, weeks[0] if hist < WEEKS else MODEL_WEEKS[0]) if full else []
  if monthly:
    out["monthly"] = monthly
  return out


def plan_series(m, s):
  """A budget: the noiseless model, 1 % above trend, for weekly and monthly targets."""
  plan = {}
  for d in MODEL_WEEKS:
    years = (d - W).days / 365.25
    if m["id"] == "orders":
      plan[d] = 14.5e6 * 1.10 ** years * week_season(d) * 1.01
    else:
      orders = 14.5e6 * 1.10 ** years * week_season(d)
      aov = 72.4 * 1.02 ** years * (1 + 0.15 * (week_season(d) - 1))
      plan[d] = orders * aov * 1.01
  return plan


# --- Output --------------------------------------------------------------------------------

WIDTH = 120


def compact(v):
  return json.dumps(v, ensure_ascii=False, separators=(", ", ": "))


def pretty(v, indent=0):
  """Readable but small: objects one key a line unless they fit; arrays packed to the width."""
  pad, inner = " " * indent, " " * (indent + 2)
  one = compact(v)
  if len(one) + indent <= WIDTH or not isinstance(v, (dict, list)) or not v:
    return one
  if isinstance(v, dict):
    items = [f"{inner}{compact(k)}: {pretty(x, indent + 2)}" for k, x in v.items()]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"
  parts = [pretty(x, indent + 2) for x in v]
  if any("\n" in p for p in parts):
    return "[\n" + ",\n".join(inner + p for p in parts) + "\n" + pad + "]"
  lines, line = [], ""
  for p in parts:
    if line and len(inner) + len(line) + len(p) + 2 > WIDTH:
      lines.append(line + ",")
      line = ""
    line = p if not line else line + ", " + p
  lines.append(line)
  return "[\n" + "\n".join(inner + x for x in lines) + "\n" + pad + "]"


def check_text(obj, where="$"):
  """No control characters anywhere in the sample's strings (the adversarial deck has them)."""
  if isinstance(obj, dict):
    for k, v in obj.items():
      check_text(k, where)
      check_text(v, f"{where}.{k}")
  elif isinstance(obj, list):
    for i, v in enumerate(obj):
      check_text(v, f"{where}[{i}]")
  elif isinstance(obj, str):
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in obj), where

