#!/usr/bin/env python3
"""Reference implementation of /work/shared/spec/analysis.md, written from the spec alone.

    analysis_ref.py DECK.json            -> prints the reference analysis as JSON
    import analysis_ref; analysis_ref.analyze(deck_dict)

Independent of the Swift code on purpose: the differential test (tests-e2e/differential.sh)
compares it with `wbr report --json`. Choices the spec leaves open follow docs/DECISIONS.md
(data.short, named baseline, 1e-9 relative tolerance at limits and thresholds). Standard
library only. Numbers are returned unrounded; the comparer knows how wbr rounds them.
"""
import datetime as dt
import json
import math
import sys

TOL = 1e-9
SIGNAL_ORDER = ["xmr.limit", "xmr.range", "xmr.quartile", "xmr.run",
                "target.miss", "threshold.wow", "threshold.yoy"]
STRENGTH = {"xmr.limit": 3, "xmr.range": 3, "xmr.quartile": 2, "xmr.run": 1,
            "target.miss": 2, "threshold.wow": 1, "threshold.yoy": 1}


def day(s):
    return dt.date.fromisoformat(s)


def gt(a, b):
    """a strictly above b, beyond floating-point noise (a value on a line is not beyond it)."""
    return a > b + TOL * max(abs(a), abs(b))


def lt(a, b):
    return gt(b, a)


def ge(a, b):
    return a >= b - TOL * max(abs(a), abs(b))


def weekly_series(points, w):
    """Offset (weeks before W) -> value or None, and whether points were left out."""
    out, last, dropped = {}, None, False
    for p in points or []:
        d = day(p["week_ending"])
        delta = (w - d).days
        if delta < 0 or delta % 7 != 0 or (last is not None and d <= last):
            dropped = True
            continue
        last = d
        out[delta // 7] = p["value"]
    return out, dropped


def monthly_series(points, w):
    """Months in order; a month after the one W falls in, repeated or out of order is left
    out (docs/FORMAT.md)."""
    out, last, dropped = [], None, False
    for p in points or []:
        y, m = (int(t) for t in p["month"].split("-"))
        if (y, m) > (w.year, w.month) or (last is not None and (y, m) <= last):
            dropped = True
            continue
        last = (y, m)
        out.append(((y, m), p["value"]))
    return out, dropped


UNSAFE = (set(range(0x00, 0x20)) | set(range(0x7F, 0xA0))
          | {0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF, 0xE0001}
          | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
          | set(range(0x2060, 0x2065)) | set(range(0x206A, 0x2070)) | set(range(0xFFF9, 0xFFFC)))


def printable(text):
    """A prefix as wbr prints it (docs/FORMAT.md): terminal escape sequences and control
    characters left out, line breaks and tabs as a space."""
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\x1b" and i + 1 < n and 0x20 <= ord(text[i + 1]) <= 0x7E:
            kind, i = text[i + 1], i + 2
            if kind == "[":  # CSI: parameters and intermediates, then one final byte
                while i < n and 0x20 <= ord(text[i]) <= 0x3F or i < n and 0x20 <= ord(text[i]) <= 0x2F:
                    i += 1
                if i < n and 0x40 <= ord(text[i]) <= 0x7E:
                    i += 1
            elif kind == "]":  # OSC: up to BEL or ESC, cut short by a line break
                while i < n and text[i] not in "\x07\x1b\n\r\x18\x1a":
                    i += 1
                if i < n and text[i] == "\x07":
                    i += 1
            continue
        if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
            i += 1
        if ch in "\t\r\n\x85\u2028\u2029":
            out.append(" ")
        elif ord(ch) not in UNSAFE:
            out.append(ch)
        i += 1
    return "".join(out)


def change(c, p, comparison):
    if c is None or p is None:
        return None
    if comparison == "bps":
        v = (c - p) * 10000
    else:
        if p == 0:
            return None
        v = (c - p) / abs(p) * 100
    return v if math.isfinite(v) else None


def xmr(m, x, w):
    """(limits dict or None, short: bool). limits: centre, mr_bar, unpl, lnpl, url, locked."""
    lim = m.get("limits") or {}
    if "centre" in lim and "mr_bar" in lim:
        c, r = lim["centre"], lim["mr_bar"]
        locked = True
        if r < 0:
            return None, True
    else:
        if "baseline" in lim:
            lo = (w - day(lim["baseline"]["from"])).days
            hi = (w - day(lim["baseline"]["to"])).days
            offs = sorted((k for k, v in x.items() if v is not None and hi <= 7 * k <= lo),
                          reverse=True)
        else:
            offs = sorted((k for k, v in x.items() if v is not None and k >= 1))[:20]
            offs.sort(reverse=True)
        if len(offs) < 6:
            return None, True
        vals = [x[k] for k in offs]
        c = sum(vals) / len(vals)
        mrs = [abs(x[b] - x[a]) for a, b in zip(offs, offs[1:]) if a - b == 1]
        if not mrs:
            return None, True
        r = sum(mrs) / len(mrs)
        locked = "baseline" in lim
        if not (math.isfinite(c) and math.isfinite(r)):
            return None, True  # beyond the spec: overflowing values give no usable limits
    return {"centre": c, "mr_bar": r, "unpl": c + 2.66 * r, "lnpl": c - 2.66 * r,
            "url": 3.268 * r, "locked": locked}, False


def sign_dir(delta, hib):
    if delta == 0:
        return "neutral"
    return "good" if (delta > 0) == hib else "bad"


def analyze_metric(m, deck, w):
    x, dropped = weekly_series(m.get("weekly"), w)
    comp = m.get("comparison", "pct")
    hib = m.get("higher_is_better", True)
    targets = m.get("targets") or {}
    tw, tdrop = weekly_series(targets.get("weekly"), w)
    months, mdrop = monthly_series(m.get("monthly"), w)
    tmonths, tmdrop = monthly_series(targets.get("monthly"), w)
    dropped = dropped or tdrop or mdrop or tmdrop

    def v(k):
        return x.get(k)

    c, p, py, t = v(0), v(1), v(52), tw.get(0)
    r = {"id": m["id"], "kind": m["kind"], "higher_is_better": hib, "comparison": comp,
         "format": m.get("format"), "prefix": printable(m.get("prefix", "")),
         "value": c, "previous": p, "prior_year": py, "target": t,
         "wow": change(c, p, comp), "yoy": change(c, py, comp), "vs_target": change(c, t, comp)}
    # Monthly YoY: the latest month of the series against the same month a year earlier.
    r["month"] = None
    if months:
        (ly, lm), lv = months[-1]
        prior = dict(months).get((ly - 1, lm))
        r["month"] = {"month": f"{ly:04d}-{lm:02d}", "value": lv, "prior_year": prior,
                      "yoy": change(lv, prior, comp)}
    totals = m.get("totals") or {}
    for key in ("mtd", "qtd", "ytd"):
        tt = totals.get(key)
        r[key + "_yoy"] = change(tt.get("cy"), tt.get("py"), comp) if tt else None
    r["spark_wow"] = [v(k) for k in range(5, -1, -1)]
    r["spark_yoy"] = [change(v(k), v(k + 52), comp) for k in range(11, -1, -1)]
    lim, xmr_short = xmr(m, x, w)
    r["xmr"] = lim
    signals = []
    if c is not None:
        if lim is not None:
            ctr, mr = lim["centre"], lim["mr_bar"]
            if gt(c, lim["unpl"]):
                signals.append(("xmr.limit", sign_dir(1, hib)))
            elif lt(c, lim["lnpl"]):
                signals.append(("xmr.limit", sign_dir(-1, hib)))
            if p is not None and gt(abs(c - p), lim["url"]):
                signals.append(("xmr.range", sign_dir(c - p, hib)))
            up, lo = ctr + 1.33 * mr, ctr - 1.33 * mr
            last4 = [v(k) for k in range(4)]
            if gt(c, up) and sum(1 for q in last4 if q is not None and gt(q, up)) >= 3:
                signals.append(("xmr.quartile", sign_dir(1, hib)))
            elif lt(c, lo) and sum(1 for q in last4 if q is not None and lt(q, lo)) >= 3:
                signals.append(("xmr.quartile", sign_dir(-1, hib)))
            last8 = [v(k) for k in range(8)]
            if all(q is not None for q in last8):
                if all(gt(q, ctr) for q in last8):
                    signals.append(("xmr.run", sign_dir(1, hib)))
                elif all(lt(q, ctr) for q in last8):
                    signals.append(("xmr.run", sign_dir(-1, hib)))
        if t is not None:
            tol = m.get("target_tolerance", 0) * abs(t)
            if (hib and lt(c, t - tol)) or (not hib and gt(c, t + tol)):
                signals.append(("target.miss", "bad"))
        th = dict(deck.get("thresholds") or {})
        th.update(m.get("thresholds") or {})
        unit = "bps" if comp == "bps" else "pct"
        for name, ch in (("wow", r["wow"]), ("yoy", r["yoy"])):
            limit = th.get(f"{name}_{unit}")
            if limit is not None and ch is not None and ge(abs(ch), limit):
                signals.append((f"threshold.{name}", sign_dir(ch, hib)))
                r[f"{name}_threshold_met_exactly"] = not gt(abs(ch), limit)
    signals.sort(key=lambda s: (-STRENGTH[s[0]], SIGNAL_ORDER.index(s[0])))
    r["signals"] = [{"id": s, "strength": STRENGTH[s], "direction": d} for s, d in signals]
    quality = []
    if c is None:
        quality.append("data.missing")
    reaches_py = any(k >= 52 and val is not None for k, val in x.items())
    # "Too little history for a comparison": the monthly YoY counts as much as the weekly one
    # (a metric without a monthly series has no monthly comparison to make).
    month_short = bool(months) and not any(
        val is not None and ym <= (months[-1][0][0] - 1, months[-1][0][1]) for ym, val in months)
    if xmr_short or not reaches_py or month_short:
        quality.append("data.short")
    if dropped:
        quality.append("data.series")
    # A partial week under review (its point's "days") or a duplicate day in it (the deck's
    # data_quality): a signal of a drop, resp. a rise, may be the data's and is qualified.
    if c is not None:
        last = (m.get("weekly") or [{}])[-1]
        if last.get("week_ending") == deck["week_ending"] and last.get("days") is not None:
            quality.append("data.partial")
        dups = (deck.get("data_quality") or {}).get("duplicate_days") or []
        if any(0 <= (w - day(d_)).days <= 6 for d_ in dups):
            quality.append("data.duplicate")
    for s_ in r["signals"]:
        if s_["direction"] == "neutral":
            continue
        up = (s_["direction"] == "good") == hib
        if "data.partial" in quality and not up:
            s_["qualified_by"] = "data.partial"
        if "data.duplicate" in quality and up:
            s_["qualified_by"] = "data.duplicate"
    r["quality"] = quality
    return r


def analyze(deck):
    w = day(deck["week_ending"])
    sections = [s["id"] for s in deck.get("sections") or []]
    rows = []
    for i, m in enumerate(deck["metrics"]):
        sec = m.get("section")
        rank = sections.index(sec) if sec in sections else len(sections)
        rows.append(((0 if m["kind"] == "input" else 1, rank, i), m))
    rows.sort(key=lambda t: t[0])
    metrics = []
    for (_, rank, _), m in rows:
        r = analyze_metric(m, deck, w)
        r["section"] = sections[rank] if rank < len(sections) else None
        metrics.append(r)
    anomalies = [r["id"] for r in metrics if any("qualified_by" not in s for s in r["signals"])]
    return {"week_ending": deck["week_ending"], "metric_count": len(metrics),
            "anomaly_count": len(anomalies), "metrics": metrics, "anomalies": anomalies}


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        json.dump(analyze(json.load(f)), sys.stdout, indent=1)
    print()
