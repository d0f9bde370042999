#!/usr/bin/env python3
"""Seeded generator of synthetic wbr decks for benchmarks and hardening.

    scripts/gen-deck.py --metrics 1000 -o /tmp/deck-1000.json [--owners /tmp/owners.json]
    scripts/gen-deck.py --metrics 10000 --adversarial -o /tmp/adversarial.json
    scripts/gen-deck.py --metrics 300 --edge --seed 3 -o /tmp/edge.json [--week-ending 2021-01-02]

Normal decks: N metrics x 3 years of weekly and monthly history, targets, annotations and a
share of metrics with a deliberate signal in the current week. Adversarial decks: long names,
CJK, emoji, right-to-left text, control characters and escape sequences in every text field,
series entirely missing, +-1e308 and zeros. Edge decks (--edge): every metric is a corner of
analysis.md (thresholds met exactly, locked and named XmR limits, values exactly on limits and
target bounds, gaps near the current week, short histories, points out of order, zero and
negative prior values, all-equal series), for the differential test against the reference
(tests-e2e/reference/). The same seed always gives the same bytes.
"""
import argparse
import datetime as dt
import functools
import json
import random

WEEK_ENDING = dt.date(2026, 11, 21)
SECTIONS = [("cx", "Customer experience"), ("sel", "Selection & price"), ("del", "Delivery"),
            ("site", "Site performance"), ("svc", "Customer service"), ("grow", "Growth"),
            ("fin", "Financials"), ("ops", "Operations")]
FORMATS = ["##", "##.1", "##.1KK", "##.2MM", "##BB", "##.1%", "##bps", None]
NASTY = [
    "\x1b[31mred\x1b[0m", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "tab\there", "bell\x07",
    "nul-free\x01\x02\x7f", "\u009b31m", "line\nbreak", "cr\rreturn", "\u202eevil rtl override\u200f\u061c\u200e\u2066",
    "עברית ومرحبا بالعالم", "王小明的指标", "emoji 👩‍👩‍👧‍👦🚀🇯🇵", "e\u0301\u0301\u0301 combining",
    "\u200b\u200d\ufeff zero widths", "\ud7ff", "wide ＦＵＬＬＷＩＤＴＨ",
]


@functools.lru_cache(maxsize=None)  # the same few lists, asked for per metric
def weeks(n):
    return [WEEK_ENDING - dt.timedelta(days=7 * i) for i in range(n - 1, -1, -1)]


@functools.lru_cache(maxsize=None)
def months(n):
    y, m = WEEK_ENDING.year, WEEK_ENDING.month
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return list(reversed(out))


def nasty_text(rng, length):
    parts = []
    while sum(len(p) for p in parts) < length:
        parts.append(rng.choice(NASTY))
    return "".join(parts)[:length]


def normal_metric(rng, i, n_weeks, n_months, owners):
    sec = SECTIONS[i % len(SECTIONS)]
    kind = "input" if i % 3 else "output"
    fmt = FORMATS[i % len(FORMATS)]
    rate = fmt in ("##.1%", "##bps")
    base = rng.uniform(0.2, 0.95) if rate else 10 ** rng.uniform(2, 8)
    noise = base * (0.004 if rate else 0.03)
    trend = rng.uniform(-0.001, 0.004)
    vals = []
    for k, d in enumerate(weeks(n_weeks)):
        season = 1 + 0.08 * (d.month in (11, 12)) if not rate else 1
        v = base * (1 + trend * k) * season + rng.gauss(0, noise)
        vals.append(round(v, 6))
    if i % 7 == 0:  # a deliberate signal this week
        vals[-1] = round(vals[-1] + 8 * noise * rng.choice((-1, 1)), 6)
    if i % 29 == 0 and n_weeks > 1:
        vals[rng.randrange(n_weeks - 1)] = None
    m = {
        "id": f"m{i:05d}", "name": f"{sec[1]} metric {i}", "kind": kind, "section": sec[0],
        "owner": owners[i % len(owners)]["id"], "description": f"Synthetic metric {i}.",
        "weekly": [{"week_ending": d.isoformat(), "value": v} for d, v in zip(weeks(n_weeks), vals)],
        "monthly": [{"month": mo, "value": round(base * 4.3 * (1 + rng.gauss(0, 0.02)), 4)}
                    for mo in months(n_months)],
    }
    if fmt:
        m["format"] = fmt
    if rate:
        m["comparison"] = "bps"
    if i % 4 == 0:
        m["targets"] = {"weekly": [{"week_ending": d.isoformat(), "value": round(base, 6)}
                                   for d in weeks(13)]}
        m["target_tolerance"] = 0.02
    if i % 10 == 0:
        m["annotations"] = [{"date": weeks(3)[0].isoformat(), "text": "Promotion started"}]
    if i % 5 == 1:
        m["higher_is_better"] = False
    if kind == "output":
        m["totals"] = {"mtd": {"cy": base * 3, "py": base * 2.8},
                       "qtd": {"cy": base * 7, "py": base * 6.9},
                       "ytd": {"cy": base * 46, "py": base * 44}}
    return m


def adversarial_metric(rng, i, n_weeks, n_months, owners):
    choice = i % 6
    ws = weeks(n_weeks)
    if choice == 0:
        vals = [None] * n_weeks
    elif choice == 1:
        vals = [rng.choice((1e308, -1e308)) for _ in ws]
    elif choice == 2:
        vals = [0.0] * n_weeks
    elif choice == 3:
        vals = [rng.choice((0.0, 1e308, -1e308, None, 5e-324)) for _ in ws]
    else:
        vals = [rng.uniform(-1e6, 1e6) for _ in ws]
    m = {
        "id": f"x{i:05d}", "name": nasty_text(rng, 200), "kind": rng.choice(("input", "output")),
        "section": rng.choice(SECTIONS)[0] if i % 9 else "no-such-section",
        "owner": owners[i % len(owners)]["id"], "description": nasty_text(rng, 300),
        # "\x1b[5m$\x1b": a stray ESC before the digits wbr writes (issue #14: "$53" for 153).
        "prefix": rng.choice(("$", "\x1b[5m$\x1b", "€", "")),
        "weekly": [{"week_ending": d.isoformat(), "value": v} for d, v in zip(ws, vals)],
        "monthly": [{"month": mo, "value": rng.choice((0.0, 1e308, None, 3.0))}
                    for mo in months(n_months)],
        "annotations": [{"date": ws[-1].isoformat(), "text": nasty_text(rng, 120)}],
        "targets": {"weekly": [{"week_ending": ws[-1].isoformat(), "value": rng.choice((0.0, 1e308))}]},
        "totals": {"mtd": {"cy": 0.0, "py": 0.0}, "ytd": {"cy": 1e308, "py": -1e308}},
    }
    fmt = FORMATS[i % len(FORMATS)]
    if fmt:
        m["format"] = fmt
    if i % 2:
        m["comparison"] = "bps"
    return m


def edge_metric(rng, i, n_weeks, n_months, owners):
    """A normal metric bent into one corner case of analysis.md (chosen by i)."""
    m = normal_metric(rng, i, rng.choice((n_weeks, rng.randint(1, 60))), n_months, owners)
    pts = m["weekly"]
    ws = [p["week_ending"] for p in pts]
    bps = m.get("comparison") == "bps"
    case = i % 16
    if case == 0:  # thresholds met exactly, just missed, or beyond
        if len(pts) > 1:
            pts[-1]["value"], pts[-2]["value"] = (0.011, 0.01) if bps else (110.0, 100.0)
        key = "wow_bps" if bps else "wow_pct"
        m["thresholds"] = {key: rng.choice((10, 100, 9.99, 10.01, 0)),
                           "yoy_bps" if bps else "yoy_pct": rng.choice((1, 5, 50))}
    elif case == 1:  # locked limits, the current week exactly on one of them or just beyond
        c, r = rng.choice(((100.0, 10.0), (98.6, 0.3), (-5.0, 2.0), (0.5, 0.01)))
        m["limits"] = {"centre": c, "mr_bar": r}
        pts[-1]["value"] = rng.choice((c + 2.66 * r, c - 2.66 * r, c + 2.67 * r, c + 1.33 * r))
        if len(pts) > 1:
            pts[-2]["value"] = rng.choice((pts[-1]["value"] - 3.268 * r, c))
    elif case == 2:  # named baseline, sometimes covering W, sometimes too short
        a, b = sorted(rng.sample(range(len(ws)), 2)) if len(ws) > 1 else (0, 0)
        frm = dt.date.fromisoformat(ws[a]) - dt.timedelta(days=rng.choice((0, 3)))
        to = dt.date.fromisoformat(ws[b]) + dt.timedelta(days=rng.choice((0, 2)))
        m["limits"] = {"baseline": {"from": frm.isoformat(), "to": to.isoformat()}}
    elif case == 3:  # gaps near W: nulls and absent points
        for k in rng.sample(range(min(9, len(pts))), min(3, len(pts))):
            pts[-1 - k]["value"] = None
        if len(pts) > 12 and rng.random() < 0.5:
            del pts[-12:-9]
    elif case == 4:  # history just around 6 baseline weeks or 53 weeks
        n = rng.choice((5, 6, 7, 52, 53, 54))
        del pts[:-n]
    elif case == 5:  # points out of order, repeated, misaligned, after W
        j = rng.randrange(len(pts))
        bad = dict(pts[j])
        w = dt.date.fromisoformat(ws[-1])
        bad["week_ending"] = rng.choice((ws[0], ws[j], (w + dt.timedelta(days=7)).isoformat(),
                                         (w - dt.timedelta(days=10)).isoformat()))
        pts.insert(rng.randrange(len(pts) + 1), bad)
        m.setdefault("monthly", []).append(dict(m["monthly"][0]) if m.get("monthly") else
                                           {"month": "2020-01", "value": 1.0})
    elif case == 6:  # zero and negative prior values (profit can be negative)
        for k in (2, 53, 54, 60):
            if len(pts) > k:
                pts[-k]["value"] = rng.choice((0.0, -abs(pts[-k]["value"] or 1.0)))
        if m.get("monthly"):
            m["monthly"][-13]["value"] = rng.choice((0.0, -3.5, None))
    elif case == 7:  # current week exactly on the target tolerance bound, or just past it
        t, tol = 100.0, rng.choice((0.0, 0.05, 0.02))
        hib = m.get("higher_is_better", True)
        edge = t - tol * t if hib else t + tol * t
        pts[-1]["value"] = rng.choice((edge, edge - 0.01, edge + 0.01, t))
        m["targets"] = {"weekly": [{"week_ending": ws[-1], "value": t}],
                        "monthly": [{"month": "2026-10", "value": 400.0}]}
        m["target_tolerance"] = tol
    elif case == 8:  # quartile: 3 of the last 4 beyond the halfway line, W among them or not
        if len(pts) >= 30:
            v = [p["value"] for p in pts[-24:-4] if p["value"] is not None]
            mean = sum(v) / len(v)
            hi = max(v)
            pattern = rng.choice(((1, 1, 0, 1), (1, 1, 1, 0), (0, 1, 1, 1), (1, 0, 1, 1)))
            for k, on in enumerate(pattern):
                pts[-4 + k]["value"] = hi + (hi - mean) * 0.2 if on else mean
    elif case == 9:  # run: the last 8 above (or below) the centre, one exactly on it
        if len(pts) >= 30:
            v = [p["value"] for p in pts[-21:-1] if p["value"] is not None]
            mean = sum(v) / len(v)
            sign = rng.choice((1, -1))
            for k in range(1, 9):
                pts[-k]["value"] = mean + sign * abs(pts[-k]["value"] - mean) * 0.1 + sign * 1e-3
    elif case == 10:  # the latest month null, or its prior year missing
        if m.get("monthly"):
            pick = rng.randrange(4)
            if pick == 0:
                m["monthly"][-1]["value"] = None
            elif pick == 1:
                del m["monthly"][-13]
            elif pick == 2:  # too short for the latest month's YoY
                del m["monthly"][:-rng.choice((1, 6, 12))]
            else:  # long enough, but the early months are all missing
                for p in m["monthly"][:-12]:
                    p["value"] = None
        else:
            m["monthly"] = [{"month": "2026-10", "value": 1.0}]
    elif case == 11:  # totals with zero, null and negative prior years
        m["totals"] = {"mtd": {"cy": 5.0, "py": rng.choice((0.0, None, -4.0))},
                       "qtd": {"cy": None, "py": 3.0}, "ytd": {"cy": 0.012, "py": 0.01}}
    elif case == 12:  # every other week missing: no consecutive pair in the baseline
        for k in range(1, len(pts), 2):
            pts[-1 - k]["value"] = None
    elif case == 13:  # all-equal series: mR-bar 0, the current week on the centre or off it
        val = rng.choice((100.0, 0.0, -2.5))
        for p in pts:
            p["value"] = val
        pts[-1]["value"] = rng.choice((val, val + 1.0))
        if rng.random() < 0.5:  # a zero threshold: every available change meets it
            m["thresholds"] = {"wow_pct": 0, "wow_bps": 0, "yoy_pct": 0, "yoy_bps": 0}
    elif case == 14:  # deck-wide thresholds with a metric override of one key
        m["thresholds"] = {"yoy_bps" if bps else "yoy_pct": 0}
    else:  # lower is better, bps, with a target
        m["higher_is_better"] = False
        m["targets"] = {"weekly": [{"week_ending": w, "value": 1.0} for w in ws[-3:]]}
    if i % 13 == 5:  # absent or unknown section: the trailing "Other" group
        if rng.random() < 0.5:
            del m["section"]
        else:
            m["section"] = "no-such-section"
    if i % 17 == 6 and pts:  # a target point out of order or after W (left out)
        w = dt.date.fromisoformat(ws[-1])
        m["targets"] = {"weekly": [{"week_ending": ws[-1], "value": 1.0},
                                   {"week_ending": rng.choice((ws[0], (w + dt.timedelta(days=7))
                                                               .isoformat())), "value": 2.0}]}
    if i % 11 == 3 and pts:  # display format corners: ties, near zero, negative, a prefix
        pts[-1]["value"] = rng.choice((-0.0004, 0.125, 2.5, -1234.5678, 1e-7, -0.5, 999999.5,
                                       0.00125, -2.5e9, 1234567.891))
        m["format"] = rng.choice(("##", "##.0", "##.1", "##.2", "##.3", "##.3MM", "##.1KK",
                                  "##BB", "##.2BB", "##.1%", "##.3%", "##bps", "##.1bps"))
        m["prefix"] = rng.choice(("$", "", "€"))
    return m


def add_quality(rng, deck):
    """A third of the metrics get a partial week under review ("days"); the deck a data_quality
    whose duplicate days fall in the week under review or before it (its own random stream, so
    the rest of the deck is the same bytes as without --quality)."""
    w = deck["week_ending"]
    for m in deck["metrics"]:
        last = m["weekly"][-1] if m["weekly"] else None
        if last and last["week_ending"] == w and last["value"] is not None and rng.random() < 0.34:
            last["days"] = rng.randint(1, 6)
    wd = dt.date.fromisoformat(w)
    # One duplicate day the week before (no mark); one in the week under review, half the time.
    backs = (9, 2) if rng.random() < 0.5 else (9,)
    deck["data_quality"] = {
        "first_day": (wd - dt.timedelta(days=1000)).isoformat(), "last_day": w,
        "missing_days": [], "duplicate_days": [(wd - dt.timedelta(days=b)).isoformat() for b in backs],
        "rows_after_week_ending": 0,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--metrics", type=int, default=1000)
    ap.add_argument("--weeks", type=int, default=157)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--adversarial", action="store_true")
    ap.add_argument("--edge", action="store_true", help="corner cases of analysis.md")
    ap.add_argument("--week-ending", help="W (default 2026-11-21)")
    ap.add_argument("--quality", action="store_true",
                    help="partial weeks under review (days) and duplicate days (data_quality)")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--owners")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    global WEEK_ENDING
    if a.week_ending:
        WEEK_ENDING = dt.date.fromisoformat(a.week_ending)
    owner_names = ["Zoë Øster", "王小明", "Ana Lima", "Kofi Mensah", "Priya Raman", "Lars Berg",
                   "Mei Tanaka", "Omar Haddad", "Sofia Rossi", "Jon Park"]
    if a.adversarial:
        owner_names += [nasty_text(rng, 80) for _ in range(6)]
    owners = [{"id": f"o{k:02d}", "name": n, "team": "Team " + str(k % 4)} for k, n in enumerate(owner_names)]
    make = adversarial_metric if a.adversarial else edge_metric if a.edge else normal_metric
    metrics = [make(rng, i, a.weeks, a.months, owners) for i in range(a.metrics)]
    title = nasty_text(rng, 120) if a.adversarial else f"Synthetic WBR ({a.metrics} metrics)"
    deck = {
        "format": "wbr-deck", "version": 1, "title": title,
        "week_ending": WEEK_ENDING.isoformat(), "as_of": "2026-11-23T07:00:00Z",
        "sections": [{"id": s, "title": nasty_text(rng, 60) if a.adversarial else t} for s, t in SECTIONS],
        "metrics": metrics,
    }
    if a.edge:
        deck["thresholds"] = {"wow_pct": 40, "yoy_bps": 300}
        rng.shuffle(deck["sections"])  # section order is the deck's, not the metrics'
        del deck["sections"][-1]  # its metrics go to "Other"
    if a.quality:
        add_quality(random.Random(a.seed + 1), deck)
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(deck, f, ensure_ascii=False, separators=(",", ":"))
    if a.owners:
        with open(a.owners, "w", encoding="utf-8") as f:
            json.dump({"format": "wbr-owners", "version": 1, "owners": owners}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
