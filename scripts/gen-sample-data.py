#!/usr/bin/env python3
"""Generate the sample Retail WBR deck and owners file (sample-data/).

Deterministic (fixed seed, standard library only). Every metric is modelled as a trend times a
retail season times weekly noise; a few metrics get hand-set recent weeks so that each signal of
the shared analysis spec fires on purpose. The script re-implements those rules (XmR limits,
targets, thresholds), checks that every metric fires exactly the signals it was designed to, and
re-draws a metric group's noise until that holds, so routine metrics really are routine. Each
check is repeated with the limits nudged by a few percent, so no case sits on a knife's edge.

Usage: python3 scripts/gen-sample-data.py [OUTPUT_DIR]   (default: sample-data/ of this repo)
"""

import datetime as dt
import json
import math
import os
import random
import sys

SEED = 20261121
W = dt.date(2026, 11, 21)  # week under review (a Saturday)
AS_OF = "2026-11-23T07:00:00Z"
WEEKS = 112  # weekly history written to the deck, W included
MODEL_START = dt.date(2023, 10, 1)  # the model runs from here so months before the weeks exist
FIRST_MONTH, LAST_MONTH = (2023, 11), (2026, 10)  # latest month = last complete month
DECK_THRESHOLDS = {"wow_pct": 50, "yoy_pct": 75}  # high on purpose: only extreme moves
MAX_ATTEMPTS = 5000
DAY = dt.timedelta(days=1)

SECTIONS = [
  ("cx", "Customer experience"), ("sel", "Selection & price"), ("del", "Delivery"),
  ("site", "Site performance"), ("cs", "Customer service"), ("grow", "Growth & marketing"),
  ("fin", "Financials"),
]


def wk(n):
  """The week ending n weeks before W."""
  return W - dt.timedelta(weeks=n)


# --- The retail calendar -------------------------------------------------------------------

def black_friday(year):
  nov1 = dt.date(year, 11, 1)
  thursday = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7 + 21)
  return thursday + DAY


def summer_deals(year):
  """Two deal days: the Tuesday and Wednesday of the last full week of June."""
  d = dt.date(year, 6, 30)
  while d.weekday() != 6:  # back to the last Sunday that ends a full week
    d -= DAY
  tuesday = d - dt.timedelta(days=5)
  return tuesday, tuesday + DAY


def daily_season(d):
  """Relative retail volume on day d (1 = an ordinary day)."""
  bf = black_friday(d.year)
  if bf - DAY <= d <= bf + 3 * DAY:  # Thanksgiving to Cyber Monday
    return 1.9
  if bf + 4 * DAY <= d <= dt.date(d.year, 12, 20):
    return 1.25
  if dt.date(d.year, 12, 21) <= d <= dt.date(d.year, 12, 24):
    return 1.1
  if d == dt.date(d.year, 12, 25):
    return 0.6
  if d.month == 1 and d.day <= 14:
    return 0.85
  if d in summer_deals(d.year):
    return 1.8
  if dt.date(d.year, 11, 1) <= d < bf - DAY:  # gentle pre-holiday ramp
    return 1.0 + 0.025 * (d - dt.date(d.year, 11, 1)).days / 26
  return 1.0


def week_days(end):
  return [end - dt.timedelta(days=i) for i in range(6, -1, -1)]


def week_season(end):
  return sum(daily_season(d) for d in week_days(end)) / 7


def share_of_week(end, pred):
  return sum(1 for d in week_days(end) if pred(d)) / 7


MODEL_WEEKS = [W - dt.timedelta(weeks=n) for n in range((W - MODEL_START).days // 7, -1, -1)]


# --- Metric models -------------------------------------------------------------------------

def base_series(m, rng):
  """Trend x season x noise for every model week; hand-set z-scores in m['z'] (weeks back)."""
  out = {}
  for end in MODEL_WEEKS:
    back = (W - end).days // 7
    z = rng.gauss(0, 1)
    z = m.get("z", {}).get(back, z)
    years = (end - W).days / 365.25
    season = 1 + m.get("season", 0) * (week_season(end) - 1)
    if m.get("additive"):
      expected = m["level"] + m.get("slope", 0) * years + m.get("season_abs", 0) * (week_season(end) - 1)
      v = expected + m["sd"] * z
    else:
      expected = m["level"] * (1 + m.get("growth", 0)) ** years * season
      v = expected * (1 + m["sd"] * z)
    if "py_factor" in m and back == 52:
      v = expected * m["py_factor"]
    if m.get("cap") is not None:
      v = min(v, m["cap"])
    out[end] = v
  return out


def derive_revenue(s, rng):
  return {d: s["orders"][d] * s["aov"][d] for d in MODEL_WEEKS}


def derive_units(s, rng):
  return {d: s["orders"][d] * 2.08 * (1 + 0.01 * rng.gauss(0, 1)) for d in MODEL_WEEKS}


def derive_gross_profit(s, rng):
  return {d: s["revenue"][d] * s["gross_margin"][d] for d in MODEL_WEEKS}


def derive_gmv(s, rng):
  return {d: s["revenue"][d] * 1.78 * (1 + 0.012 * rng.gauss(0, 1)) for d in MODEL_WEEKS}


def derive_operating_profit(s, rng):
  out = {}
  for d in MODEL_WEEKS:
    peak = share_of_week(d, lambda x: daily_season(x) >= 1.5)
    january = share_of_week(d, lambda x: x.month == 1 and x.day <= 14)
    margin = 0.035 - 0.015 * peak - 0.045 * january + 0.0018 * rng.gauss(0, 1)
    out[d] = s["revenue"][d] * margin
  return out


def rate(level, sd, decimals=4, **kw):
  return dict(level=level, sd=sd, additive=True, comparison="bps", decimals=decimals, agg="mean", **kw)


def volume(level, sd, decimals=0, agg="sum", **kw):
  return dict(level=level, sd=sd, decimals=decimals, agg=agg, **kw)


BF24, BF25 = black_friday(2024), black_friday(2025)
HOLIDAY_NOTES = [
  (BF24, "Black Friday 2024"), (summer_deals(2025)[0], "Summer Deals Days 2025 (two days)"),
  (BF25, "Black Friday 2025"), (BF25 + 3 * DAY, "Cyber Monday 2025"),
  (summer_deals(2026)[0], "Summer Deals Days 2026 (two days)"),
]
SALE_NOTE = (dt.date(2026, 11, 16), "Autumn electronics sale (up to 20% off) began")

# Each metric: deck fields, a model, and `expect` = the exact signal ids it must fire at W.
# `z` pins the noise of recent weeks (weeks back -> z-score) to stage a case.
METRICS = [
  # Inputs ---------------------------------------------------------------------------------
  dict(id="in_stock", name="In-stock rate", kind="input", section="cx", owner="sam",
       format="##.1%", pairs_with="orders",
       description="Share of detail-page views where the item was in stock and buyable.",
       target_weekly=0.95, target_from=dt.date(2026, 1, 3), **rate(0.962, 0.003, cap=0.999)),
  dict(id="perfect_order", name="Perfect order rate", kind="input", section="cx", owner="sam",
       format="##.1%", pairs_with="orders",
       description="Orders delivered complete, on time, undamaged and without a contact.",
       **rate(0.931, 0.003)),
  dict(id="review_rating", name="Average review rating", kind="input", section="cx", owner="sam",
       format="##.2", comparison="pct", description="Mean star rating of reviews written this week.",
       **volume(4.41, 0.004, decimals=2, agg="mean")),
  dict(id="defect_rate", name="Order defect rate", kind="input", section="cx", owner="sam",
       format="##bps", higher_is_better=False, pairs_with="active_customers",
       description="Orders with a negative rating, an A-to-z claim or a chargeback.",
       **rate(0.0084, 0.0003, decimals=5)),
  dict(id="return_rate", name="Return rate", kind="input", section="cx", owner="sam",
       format="##.1%", higher_is_better=False,
       description="Units returned within 30 days, as a share of units shipped.",
       **rate(0.071, 0.0015, season_abs=0.01)),
  dict(id="active_skus", name="Active SKUs", kind="input", section="sel", owner="diego",
       format="##.2MM", pairs_with="revenue",
       description="Distinct buyable items with at least one offer at week end.",
       **volume(2.35e6, 0.015, agg="mean", growth=0.10)),
  dict(id="new_skus", name="New SKUs listed", kind="input", section="sel", owner="diego",
       format="##.1KK", pairs_with="units", z={1: -2.7, 0: 1.6, 2: 0.1, 3: -0.2},
       expect={"xmr.range"},
       description="Items listed for the first time this week (first-party and marketplace).",
       notes=[(wk(1) - 3 * DAY, "Supplier catalogue feed delayed; imports backlogged")],
       **volume(48000, 0.06, growth=0.1)),
  dict(id="new_sellers", name="New seller sign-ups", kind="input", section="sel", owner="diego",
       format="##", z={1: 1.6, 0: -0.31, 2: 0.2, 3: -0.4}, routine_wow=(-18, -12),
       description="Marketplace sellers who completed registration this week.",
       notes=[(dt.date(2026, 11, 11), "Singles' Day seller fee waiver (Nov 9-11)")],
       **volume(1850, 0.09, growth=0.05)),
  dict(id="price_index", name="Price index vs competitors", kind="input", section="sel",
       owner="kenji", format="##.1", comparison="pct", higher_is_better=False,
       pairs_with="orders", limits={"centre": 98.6, "mr_bar": 0.3},
       description="Our basket price relative to the three largest competitors; 100 = parity, "
       "lower is cheaper. Limits locked after the March repricing.",
       notes=[(dt.date(2026, 3, 9), "Repricing of the everyday basket")],
       **volume(98.6, 0.0027, decimals=1, agg="mean")),
  dict(id="deal_count", name="Active deals", kind="input", section="sel", owner="kenji",
       format="##", description="Deals live on the site on the last day of the week.",
       **volume(1240, 0.05, agg="mean", season=1.0, growth=0.06)),
  dict(id="promise_met", name="Delivery promise met", kind="input", section="del", owner="amara",
       format="##.1%", pairs_with="orders", z={0: -2.0, 1: 0.0, 2: 0.3, 3: -0.3},
       expect={"target.miss"}, target_weekly=0.95, target_from=dt.date(2026, 1, 3),
       tolerance=0.002,
       description="Orders delivered by the date promised at checkout.",
       notes=[(dt.date(2026, 11, 17), "Regional carrier capacity shortfall (Midwest)")],
       **rate(0.9535, 0.0035)),
  dict(id="click_to_door", name="Click-to-door time (hours)", kind="input", section="del",
       owner="amara", format="##.1", comparison="pct", higher_is_better=False,
       pairs_with="orders", expect={"xmr.run"},
       z={7: -1.6, 6: -2.0, 5: -1.5, 4: -1.9, 3: -1.7, 2: -1.4, 1: -2.0, 0: -1.6},
       description="Median hours from order to delivery.",
       notes=[(dt.date(2026, 9, 28), "Reno sort centre opened")],
       **volume(41.5, 0.012, decimals=1, agg="mean")),
  dict(id="same_day_share", name="Same-day eligible orders", kind="input", section="del",
       owner="amara", format="##.1%", description="Orders eligible for same-day delivery.",
       **rate(0.284, 0.004, slope=0.015)),
  dict(id="late_shipments", name="Late shipment rate", kind="input", section="del", owner="amara",
       format="##.1%", higher_is_better=False,
       description="Shipments that left the warehouse after the promised ship date.",
       **rate(0.021, 0.0012, season_abs=0.02)),
  dict(id="damaged_rate", name="Damaged in transit", kind="input", section="del", owner="amara",
       format="##bps", higher_is_better=False,
       description="Units reported damaged on arrival, per unit shipped.",
       **rate(0.0031, 0.00015, decimals=5)),
  dict(id="page_load", name="Page load time p90 (ms)", kind="input", section="site",
       owner="kenji", format="##", higher_is_better=False, pairs_with="conversion",
       z={0: 6.0, 1: 0.2, 2: -0.3, 3: 0.1}, expect={"xmr.limit", "xmr.range"},
       description="90th percentile of full page load time on product pages.",
       notes=[(dt.date(2026, 11, 18), "Checkout service degraded for 3 hours (slow, not down)")],
       **volume(1850, 0.019, agg="mean", growth=-0.04)),
  dict(id="availability", name="Site availability", kind="input", section="site", owner="zoe",
       format="##.2%", limits={"baseline": {"from": "2026-01-03", "to": "2026-06-27"}},
       description="Share of one-minute probes answered successfully. Baseline locked to H1.",
       **rate(0.9992, 0.00025, decimals=5, cap=1.0)),
  dict(id="search_success", name="Search success rate", kind="input", section="site",
       format="##.1%", pairs_with="conversion", z={0: 4.4, 1: 2.0, 2: 0.0, 3: -0.2},
       expect={"xmr.limit"},
       description="Searches followed by a click on a result and an add-to-cart.",
       notes=[(dt.date(2026, 11, 12), "New search ranking model launched")],
       **rate(0.742, 0.004)),
  dict(id="crash_free", name="App crash-free sessions", kind="input", section="site", owner="zoe",
       format="##.2%", description="Mobile app sessions that ended without a crash.",
       **rate(0.9971, 0.0004, decimals=5, cap=1.0)),
  dict(id="contact_rate", name="Contacts per order", kind="input", section="cs", owner="priya",
       format="##.1%", higher_is_better=False, pairs_with="active_customers",
       z={3: 2.3, 2: 2.5, 1: 1.0, 0: 2.6}, expect={"xmr.quartile", "target.miss"},
       target_weekly=0.0615, target_from=dt.date(2026, 1, 3),
       description="Customer-service contacts per order shipped.",
       **rate(0.060, 0.0012)),
  dict(id="fcr", name="First-contact resolution", kind="input", section="cs", owner="priya",
       format="##.1%", description="Contacts resolved without a follow-up within 7 days.",
       **rate(0.812, 0.005)),
  dict(id="hold_time", name="Average hold time (s)", kind="input", section="cs", owner="priya",
       format="##", higher_is_better=False, null_weeks=[4], absent_weeks=[12],
       description="Mean seconds a caller waits for an agent. Two weeks were lost in a "
       "telephony migration.",
       notes=[(wk(4) - 2 * DAY, "Telephony platform migration; no hold-time data this week")],
       **volume(74, 0.05, agg="mean")),
  dict(id="csat", name="Customer satisfaction (CSAT)", kind="input", section="cs", owner="priya",
       format="##.1%", null_weeks=[0],
       description="Share of surveyed customers rating their contact 4 or 5 out of 5.",
       notes=[(W - DAY, "Survey vendor export delayed; this week's CSAT arrives Tuesday")],
       **rate(0.884, 0.004)),
  dict(id="marketing_spend", name="Marketing spend", kind="input", section="grow", owner="lena",
       format="##.2MM", prefix="$", pairs_with="new_customers",
       thresholds={"wow_pct": 10, "yoy_pct": 25}, z={0: 1.3, 1: -0.6, 2: 0.2, 3: 0.0},
       py_factor=0.80, expect={"threshold.wow", "threshold.yoy"},
       description="Paid media spend, all channels, at invoice value.",
       notes=[(wk(52) - DAY, "2025 holiday campaign started a week later than planned"),
              (dt.date(2026, 11, 16), "Holiday campaign launched")],
       **volume(38.5e6, 0.07, decimals=0, season=1.0)),
  dict(id="email_ctr", name="Email click-through rate", kind="input", section="grow",
       owner="lena", format="##.1%", description="Clicks per delivered marketing e-mail.",
       **rate(0.034, 0.0012)),
  dict(id="membership_signups", name="Membership sign-ups", kind="input", section="grow",
       owner="lena", format="##.1KK", pairs_with="active_customers",
       description="New paid memberships, net of same-week cancellations.",
       **volume(212000, 0.05, season=0.8, growth=0.08)),
  dict(id="referral_invites", name="Referral invites sent", kind="input", section="grow",
       owner="lena", format="##.1KK", pairs_with="new_customers", history_weeks=8,
       description="Invitations sent through the referral programme (launched this autumn).",
       notes=[(dt.date(2026, 9, 28), "Referral programme launched")],
       **volume(95000, 0.06)),
  dict(id="carbon_per_order", name="CO\u2082e per order (kg)", kind="input", section=None,
       format="##.2", comparison="pct", higher_is_better=False,
       description="Estimated transport and packaging emissions per order.",
       **volume(1.84, 0.016, decimals=2, agg="mean", growth=-0.05)),
  # Outputs --------------------------------------------------------------------------------
  dict(id="active_customers", name="Weekly active customers", kind="output", section="grow",
       owner="lena", format="##.2MM", description="Distinct customers who visited this week.",
       **volume(61.5e6, 0.018, agg="mean", growth=0.06, season=0.6)),
  dict(id="new_customers", name="New customers", kind="output", section="grow", format="##.1KK",
       z={7: 2.0, 6: 2.3, 5: 1.8, 4: 2.4, 3: 2.6, 2: 1.9, 1: 2.6, 0: 2.5},
       expect={"xmr.quartile", "xmr.run"}, totals=True,
       description="Customers placing their first order.",
       **volume(452000, 0.04, season=0.5, growth=0.06)),
  dict(id="sessions", name="Site visits", kind="output", section="grow", owner="wang",
       format="##.1MM", totals=True, notes=HOLIDAY_NOTES,
       description="Sessions on web and app, bots excluded.",
       **volume(182e6, 0.025, season=0.9, growth=0.08)),
  dict(id="conversion", name="Conversion rate", kind="output", section="grow", format="##.2%",
       z={0: -3.6, 1: -0.9, 2: 0.2, 3: 0.4}, expect={"xmr.limit"},
       description="Orders per site visit.",
       notes=[(dt.date(2026, 11, 18), "Checkout service degraded for 3 hours")],
       **rate(0.0795, 0.0012, season_abs=0.01)),
  dict(id="orders", name="Orders", kind="output", section="fin", owner="tom", format="##.2MM",
       totals=True, monthly_targets=True, notes=HOLIDAY_NOTES,
       description="Orders placed, net of cancellations within the week.",
       **volume(14.5e6, 0.025, season=1.0, growth=0.10)),
  dict(id="units", name="Units shipped", kind="output", section="fin", owner="tom",
       format="##.2MM", totals=True, derive=(("orders",), derive_units),
       description="Units shipped to customers.", decimals=0, agg="sum"),
  dict(id="revenue", name="Net revenue", kind="output", section="fin", owner="tom",
       format="##.2MM", prefix="$", totals=True, monthly_targets=True, revenue_target=True,
       tolerance=0.02, notes=HOLIDAY_NOTES + [SALE_NOTE], derive=(("orders", "aov"), derive_revenue),
       description="Product sales net of returns and promotions.", decimals=0, agg="sum"),
  dict(id="aov", name="Average order value", kind="output", section="fin", owner="tom",
       format="##.2", prefix="$", description="Net revenue per order.",
       **volume(72.4, 0.012, decimals=2, agg="mean", season=0.15, growth=0.02)),
  dict(id="gross_margin", name="Gross margin", kind="output", section="fin", owner="tom",
       format="##.1%", z={0: -3.9, 1: -1.0, 2: 0.2, 3: -0.1}, expect={"xmr.limit"},
       target_weekly=0.265, target_from=dt.date(2026, 1, 3), tolerance=0.01, notes=[SALE_NOTE],
       description="Gross profit as a share of net revenue.",
       **rate(0.272, 0.002, season_abs=-0.03)),
  dict(id="gross_profit", name="Gross profit", kind="output", section="fin", owner="tom",
       format="##.2MM", prefix="$", totals=True, derive=(("revenue", "gross_margin"), derive_gross_profit),
       description="Net revenue less cost of goods sold.", decimals=0, agg="sum"),
  dict(id="fulfilment_cost", name="Fulfilment cost per unit", kind="output", section="fin",
       owner="amara", format="##.2", prefix="$", higher_is_better=False,
       description="Warehouse and transport cost divided by units shipped.",
       **volume(3.12, 0.012, decimals=2, agg="mean", season=0.2, growth=0.02)),
  dict(id="operating_profit", name="Operating profit", kind="output", section="fin", owner="tom",
       format="##.2MM", prefix="$", totals=True, derive=(("revenue",), derive_operating_profit),
       description="Profit after fulfilment, marketing and overhead; negative in early January "
       "when returns peak.", decimals=0, agg="sum"),
  dict(id="gmv", name="Gross merchandise volume", kind="output", section="fin", owner="tom",
       format="##.2BB", prefix="$", totals=True, derive=(("revenue",), derive_gmv),
       description="Value of everything sold on the site, first-party and marketplace.",
       decimals=0, agg="sum"),
  dict(id="inventory_value", name="Inventory at cost", kind="output", section="fin",
       owner="tom", format="##BB", prefix="$",
       description="Inventory on hand at week end, valued at cost.",
       **volume(12.4e9, 0.015, agg="mean", growth=0.06)),
]

OWNERS = [
  dict(id="zoe", name="Zo\u00eb \u00d8ster", team="Site reliability", email="zoe.oster@example.com"),
  dict(id="wang", name="\u738b\u5c0f\u660e", team="Search & discovery", email="xiaoming.wang@example.com"),
  dict(id="amara", name="Amara Okafor", team="Delivery experience", email="amara.okafor@example.com"),
  dict(id="diego", name="Diego Fern\u00e1ndez", team="Selection", email="diego.fernandez@example.com"),
  dict(id="priya", name="Priya Raman", team="Customer service", email="priya.raman@example.com"),
  dict(id="tom", name="Tom Becker", team="Finance", email="tom.becker@example.com"),
  dict(id="lena", name="Lena Kowalski", team="Growth marketing", email="lena.kowalski@example.com"),
  dict(id="sam", name="Sam Carter", team="Customer experience", email="sam.carter@example.com"),
  dict(id="kenji", name="Kenji Mori", team="Pricing", email="kenji.mori@example.com"),
]
# Assignments win over the deck's `owner`: page_load moved from Kenji to Zoë; three metrics have
# no owner in the deck at all. carbon_per_order is owned by nobody, on purpose.
ASSIGNMENTS = {"page_load": "zoe", "search_success": "wang", "conversion": "wang",
               "new_customers": "lena", "contact_rate": "priya"}


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
  for name, obj in (("retail-deck.json", deck), ("owners.json", owners)):
    with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
      f.write(pretty(obj) + "\n")
  print(f"Wrote {out_dir}/retail-deck.json and owners.json")


if __name__ == "__main__":
  main()
