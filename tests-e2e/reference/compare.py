#!/usr/bin/env python3
"""Compare `wbr report --json` with the reference analysis (analysis_ref.py).

    compare.py DECK.json REPORT.json [--max N]

Exit 0 when they agree, 1 with the first N differences printed (metric id, field, wbr's
value, the reference's). wbr rounds computed numbers (changes and YoY sparkline points to 4
decimals, XmR lines to 10 significant digits, docs/REPORT-JSON.md): a number agrees when it is
that rounding of the reference's, give or take a relative 1e-9. Deck values must be exact.
"""
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analysis_ref  # noqa: E402

REL = 1e-9


def close(got, ref, quantum):
    """got is ref rounded to `quantum` (0 = exact), within a relative 1e-9."""
    if got is None or ref is None:
        return got is None and ref is None
    slack = REL * max(abs(got), abs(ref), 1e-300)
    return abs(got - ref) <= quantum / 2 + slack


def sig10(ref):
    if ref is None or ref == 0:
        return 0
    return 10 ** (math.floor(math.log10(abs(ref))) - 9)


class Diff:
    def __init__(self, limit):
        self.limit, self.found = limit, []

    def add(self, where, field, got, ref):
        self.found.append(f"{where}: {field}: wbr {json.dumps(got)} reference {json.dumps(ref)}")


SCALES = {"KK": (1e-3, "K"), "MM": (1e-6, "M"), "BB": (1e-9, "B"), "%": (100, "%"),
          "bps": (1e4, " bps"), "": (1, "")}


def value_text(v, fmt, prefix):
    """C in an explicit `format` of deck-format.md's vocabulary (docs/DECISIONS.md, numbers:
    thousands commas, U+2212 minus before the prefix, no sign when it rounds to zero)."""
    if v is None or not math.isfinite(v):
        return "n/a"
    body = fmt[2:]
    decimals = 0
    if body.startswith("."):
        decimals, body = int(body[1]), body[2:]
    scale, suffix = SCALES[body]
    if abs(v) * scale < 1e12 - 0.5 * 10 ** -decimals:
        text = f"{abs(v * scale):,.{decimals}f}"
    else:  # docs/DECISIONS.md, extreme magnitudes: % and bps shift the exponent, K/M/B go
        shift = {"%": 2, "bps": 4}.get(body, 0)
        suffix = suffix if shift else ""
        text = e_notation(abs(v), max(3, min(decimals + 2, 5)), shift)
    sign = "\u2212" if v < 0 and any(ch not in "0.," for ch in text) else ""
    return sign + prefix + text + suffix


def e_notation(m, digits, shift=0):
    """"1.23e15": `digits` significant digits, trailing zeros dropped, plain exponent."""
    mantissa, exponent = f"{m:.{digits - 1}e}".split("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent) + shift}"


def refined(fmt):
    """The format of derived lines (limits, centre): one more decimal, at most 4."""
    if fmt[2:3] == ".":
        return fmt[:3] + str(min(int(fmt[3]) + 1, 4)) + fmt[4:]
    return "##.1" + fmt[2:]


def sentence_numbers(ref, signal_id):
    """(numbers the signal's sentence must show, whether it says "above"), or None when the
    metric has no explicit format (the automatic format is not re-implemented here)."""
    fmt, prefix, x, c = ref["format"], ref["prefix"], ref["xmr"], ref["value"]
    if fmt is None and not signal_id.startswith("threshold."):
        return None
    vt = lambda v: value_text(v, fmt, prefix)  # noqa: E731
    rt = lambda v: value_text(v, refined(fmt), prefix)  # noqa: E731
    if signal_id == "xmr.limit":
        up = c > x["centre"]
        return [vt(c), rt(x["unpl"] if up else x["lnpl"])], up
    if signal_id == "xmr.range":
        return [vt(abs(c - ref["previous"])), rt(x["url"])], None
    if signal_id == "xmr.quartile":
        up = c > x["centre"]
        return [rt(x["centre"] + (1.33 if up else -1.33) * x["mr_bar"])], up
    if signal_id == "xmr.run":
        return [rt(x["centre"])], c > x["centre"]
    if signal_id == "target.miss":  # digits added until the two read differently
        f, t = fmt, ref["target"]
        for _ in range(4):
            if value_text(c, f, prefix) != value_text(t, f, prefix):
                break
            f = refined(f)
        return [value_text(c, f, prefix), value_text(t, f, prefix)], not ref["higher_is_better"]
    if signal_id in ("threshold.wow", "threshold.yoy"):  # any format: the change, not a value
        name = signal_id.split(".")[1]
        verb = "is at" if ref[f"{name}_threshold_met_exactly"] else "is beyond"
        label = "WoW " if name == "wow" else "YoY "
        return [label + change_text(ref[name], ref["comparison"]) + " " + verb + " the"], None
    return None


def change_text(v, comparison):
    """A change as docs/DECISIONS.md (changes) writes it: "+1.2%", "−1,235%", "−35 bps"."""
    decimals = 0 if comparison == "bps" or abs(v) >= 999.95 else 1
    if abs(v) < 1e6 - 0.5 * 10 ** -decimals:
        body = f"{abs(v):,.{decimals}f}"
    else:  # a million % or bps up: E-notation, 3 significant digits
        body = e_notation(abs(v), 3)
    body += " bps" if comparison == "bps" else "%"
    zero = all(ch in "0.,% bps" for ch in body)
    return ("" if zero else "+" if v > 0 else "\u2212") + body


def check_sentences(d, mid, got_signals, ref):
    """The numbers in each XmR and target sentence are the right ones, in the metric's format."""
    for s in got_signals:
        want = sentence_numbers(ref, s["id"])
        if want is None:
            continue
        numbers, up = want
        text = s.get("sentence", "")
        missing = [n for n in numbers if n not in text]
        wrong_side = up is not None and ("above" in text) != up
        if missing or wrong_side:
            d.add(mid, f"{s['id']} sentence", text, {"numbers": numbers, "above": up})


def change_value(ch):
    return None if ch is None else ch.get("value")


def compare_metric(d, got, ref):
    mid = ref["id"]
    for key in ("kind", "higher_is_better", "section"):
        if got.get(key) != ref[key]:
            d.add(mid, key, got.get(key), ref[key])
    if ref["format"] is not None:
        want = value_text(ref["value"], ref["format"], ref["prefix"])
        if got.get("value_text") != want:
            d.add(mid, "value_text", got.get("value_text"), want)
    for key in ("value", "previous", "prior_year", "target"):
        if not close(got.get(key), ref[key], 0):
            d.add(mid, key, got.get(key), ref[key])
    unit = "bps" if ref["comparison"] == "bps" else "pct"
    for key in ("wow", "yoy", "vs_target"):
        g = got.get(key)
        if not close(change_value(g), ref[key], 1e-4):
            d.add(mid, key, change_value(g), ref[key])
        elif g is not None and g.get("unit") != unit:
            d.add(mid, key + ".unit", g.get("unit"), unit)
    gm, rm = got.get("month"), ref["month"]
    if (gm is None) != (rm is None):
        d.add(mid, "month", gm, rm)
    elif rm is not None:
        for key in ("month", "value", "prior_year"):
            if gm.get(key) != rm[key]:
                d.add(mid, "month." + key, gm.get(key), rm[key])
        if not close(change_value(gm.get("yoy")), rm["yoy"], 1e-4):
            d.add(mid, "month.yoy", change_value(gm.get("yoy")), rm["yoy"])
    periods = got.get("period_yoy") or {}
    for key in ("mtd", "qtd", "ytd"):
        if not close(change_value(periods.get(key)), ref[key + "_yoy"], 1e-4):
            d.add(mid, "period_yoy." + key, change_value(periods.get(key)), ref[key + "_yoy"])
    sp = got.get("sparklines") or {}
    gw, gy = sp.get("wow") or [], sp.get("yoy") or []
    if len(gw) != 6 or any(not close(a, b, 0) for a, b in zip(gw, ref["spark_wow"])):
        d.add(mid, "sparklines.wow", gw, ref["spark_wow"])
    if len(gy) != 12 or any(not close(a, b, 1e-4) for a, b in zip(gy, ref["spark_yoy"])):
        d.add(mid, "sparklines.yoy", gy, ref["spark_yoy"])
    gx, rx = got.get("xmr"), ref["xmr"]
    if (gx is None) != (rx is None):
        d.add(mid, "xmr", gx, rx)
    elif rx is not None:
        for key in ("centre", "mr_bar", "unpl", "lnpl", "url"):
            if not close(gx.get(key), rx[key], sig10(rx[key])):
                d.add(mid, "xmr." + key, gx.get(key), rx[key])
        if gx.get("locked") != rx["locked"]:
            d.add(mid, "xmr.locked", gx.get("locked"), rx["locked"])
    gs = [{"id": s["id"], "strength": s["strength"], "direction": s["direction"],
           **({"qualified_by": s["qualified_by"]} if "qualified_by" in s else {})}
          for s in got.get("signals", [])]
    if gs != ref["signals"]:
        d.add(mid, "signals", gs, ref["signals"])
    else:
        check_sentences(d, mid, got.get("signals", []), ref)
    if got.get("quality") != ref["quality"]:
        d.add(mid, "quality", got.get("quality"), ref["quality"])


def compare(deck, report, d):
    ref = analysis_ref.analyze(deck)
    for key in ("week_ending", "metric_count", "anomaly_count"):
        if report.get(key) != ref[key]:
            d.add("deck", key, report.get(key), ref[key])
    gids = [m["id"] for m in report.get("metrics", [])]
    rids = [m["id"] for m in ref["metrics"]]
    if gids != rids:
        first = next((i for i, (a, b) in enumerate(zip(gids, rids)) if a != b), None)
        d.add("deck", f"screen order (first difference at index {first})",
              gids[first:first + 5] if first is not None else gids,
              rids[first:first + 5] if first is not None else rids)
    if report.get("anomalies") != ref["anomalies"]:
        d.add("deck", "anomalies", report.get("anomalies"), ref["anomalies"])
    by_id = {m["id"]: m for m in report.get("metrics", [])}
    for r in ref["metrics"]:
        if r["id"] not in by_id:
            d.add(r["id"], "metric", None, "present")
            continue
        compare_metric(d, by_id[r["id"]], r)


def main():
    args = sys.argv[1:]
    limit = 10
    if "--max" in args:
        i = args.index("--max")
        limit = int(args[i + 1])
        del args[i:i + 2]
    deck_path, report_path = args
    with open(deck_path, encoding="utf-8") as f:
        deck = json.load(f)
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    d = Diff(limit)
    compare(deck, report, d)
    n = len(deck["metrics"])
    if d.found:
        print(f"{deck_path}: {len(d.found)} difference(s) over {n} metrics; first {limit}:")
        for line in d.found[:limit]:
            print("  " + line)
        sys.exit(1)
    print(f"ok: {os.path.basename(deck_path)}: {n} metrics agree with the reference")


if __name__ == "__main__":
    main()
