"""The sample retailer: calendar, metric models and the metric table (see gen-sample-data.py)."""

import datetime as dt

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

