#!/usr/bin/env python3
"""Seeded generator of synthetic wbr decks for benchmarks and hardening.

    scripts/gen-deck.py --metrics 1000 -o /tmp/deck-1000.json [--owners /tmp/owners.json]
    scripts/gen-deck.py --metrics 10000 --adversarial -o /tmp/adversarial.json

Normal decks: N metrics x 3 years of weekly and monthly history, targets, annotations and a
share of metrics with a deliberate signal in the current week. Adversarial decks: long names,
CJK, emoji, right-to-left text, control characters and escape sequences in every text field,
series entirely missing, +-1e308 and zeros. The same seed always gives the same bytes.
"""
import argparse
import datetime as dt
import json
import random

WEEK_ENDING = dt.date(2026, 11, 21)
SECTIONS = [("cx", "Customer experience"), ("sel", "Selection & price"), ("del", "Delivery"),
            ("site", "Site performance"), ("svc", "Customer service"), ("grow", "Growth"),
            ("fin", "Financials"), ("ops", "Operations")]
FORMATS = ["##", "##.1", "##.1KK", "##.2MM", "##BB", "##.1%", "##bps", None]
NASTY = [
    "\x1b[31mred\x1b[0m", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "tab\there", "bell\x07",
    "nul-free\x01\x02\x7f", "\u009b31m", "line\nbreak", "cr\rreturn", "\u202eevil rtl override",
    "עברית ومرحبا بالعالم", "王小明的指标", "emoji 👩‍👩‍👧‍👦🚀🇯🇵", "e\u0301\u0301\u0301 combining",
    "\u200b\u200d\ufeff zero widths", "\ud7ff", "wide ＦＵＬＬＷＩＤＴＨ",
]


def weeks(n):
    return [WEEK_ENDING - dt.timedelta(days=7 * i) for i in range(n - 1, -1, -1)]


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
    if i % 29 == 0:
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
        "prefix": rng.choice(("$", "\x1b[5m", "€", "")),
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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--metrics", type=int, default=1000)
    ap.add_argument("--weeks", type=int, default=157)
    ap.add_argument("--months", type=int, default=36)
    ap.add_argument("--seed", type=int, default=20261121)
    ap.add_argument("--adversarial", action="store_true")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--owners")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    owner_names = ["Zoë Øster", "王小明", "Ana Lima", "Kofi Mensah", "Priya Raman", "Lars Berg",
                   "Mei Tanaka", "Omar Haddad", "Sofia Rossi", "Jon Park"]
    if a.adversarial:
        owner_names += [nasty_text(rng, 80) for _ in range(6)]
    owners = [{"id": f"o{k:02d}", "name": n, "team": "Team " + str(k % 4)} for k, n in enumerate(owner_names)]
    make = adversarial_metric if a.adversarial else normal_metric
    metrics = [make(rng, i, a.weeks, a.months, owners) for i in range(a.metrics)]
    title = nasty_text(rng, 120) if a.adversarial else f"Synthetic WBR ({a.metrics} metrics)"
    deck = {
        "format": "wbr-deck", "version": 1, "title": title,
        "week_ending": WEEK_ENDING.isoformat(), "as_of": "2026-11-23T07:00:00Z",
        "sections": [{"id": s, "title": nasty_text(rng, 60) if a.adversarial else t} for s, t in SECTIONS],
        "metrics": metrics,
    }
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(deck, f, ensure_ascii=False, separators=(",", ":"))
    if a.owners:
        with open(a.owners, "w", encoding="utf-8") as f:
            json.dump({"format": "wbr-owners", "version": 1, "owners": owners}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
