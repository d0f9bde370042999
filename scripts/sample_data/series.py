"""The sample as a weekly series: the decks of the two weeks before W, cut from W's deck, and
the record of their two meetings (see gen-sample-data.py and docs/JOURNAL.md)."""

import copy
import datetime as dt
import hashlib
import json

from .deck import iso, pretty, rounded
from .model import DAY, METRICS, W

SERIES_ID = "series-retail-sample"
DECIMALS = {m["id"]: m["decimals"] for m in METRICS}


def days_of(week_end):
  return [week_end - dt.timedelta(days=k) for k in range(6, -1, -1)]


def spread(points, start, end):
  """Sum of weekly values spread evenly over their days, for the days start..end."""
  total = 0.0
  for p in points:
    if p["value"] is None:
      continue
    week_end = dt.date.fromisoformat(p["week_ending"])
    total += sum(p["value"] / 7 for d in days_of(week_end) if start <= d <= end)
  return total


def cut_deck(deck, weeks_back):
  """W's deck as the pipeline wrote it `weeks_back` weeks earlier: points after that week left
  out, annotations too, totals recomputed to that week. The latest complete month (October)
  is the same for the three weeks."""
  week = W - dt.timedelta(weeks=weeks_back)
  out = copy.deepcopy(deck)
  out["week_ending"] = iso(week)
  as_of = dt.datetime.fromisoformat(deck["as_of"].replace("Z", "+00:00")) - dt.timedelta(weeks=weeks_back)
  out["as_of"] = as_of.strftime("%Y-%m-%dT%H:%M:%SZ")
  for m in out["metrics"]:
    m["weekly"] = [p for p in m["weekly"] if p["week_ending"] <= iso(week)]
    if "targets" in m and "weekly" in m["targets"]:
      m["targets"]["weekly"] = [p for p in m["targets"]["weekly"] if p["week_ending"] <= iso(week)]
    if "annotations" in m:
      m["annotations"] = [a for a in m["annotations"] if a["date"] <= iso(week)]
      if not m["annotations"]:
        del m["annotations"]
    if "totals" in m:
      dec = DECIMALS[m["id"]]
      prior = week.replace(year=week.year - 1)

      def both(start):
        return {"cy": rounded(spread(m["weekly"], start, week), dec),
                "py": rounded(spread(m["weekly"], start.replace(year=start.year - 1), prior), dec)}
      quarter = dt.date(week.year, 3 * ((week.month - 1) // 3) + 1, 1)
      m["totals"] = {"mtd": both(week.replace(day=1)), "qtd": both(quarter),
                     "ytd": both(dt.date(week.year, 1, 1))}
  return out


class Journal:
  """Journal lines as `wbr` writes them (key order of JournalEncoder), one session at a time."""

  def __init__(self):
    self.lines = []

  def session(self, prefix, week, lead, day, hour):
    self.prefix, self.week, self.lead, self.n = prefix, week, lead, 0
    self.clock = dt.datetime.combine(day, dt.time(hour, 0))

  def event(self, type_, **payload):
    self.n += 1
    at = (self.clock + dt.timedelta(minutes=2 * self.n)).strftime("%Y-%m-%dT%H:%M:%SZ")
    line = {"v": 1, "type": type_, "id": f"{self.prefix}-{self.n}", "at": at, "by": self.lead,
            "week": iso(self.week)}
    line.update(payload)
    self.lines.append(json.dumps(line, ensure_ascii=False, separators=(",", ":")))
    return line["id"]

  def text(self):
    return "".join(line + "\n" for line in self.lines)


def owners_seen(deck, owners):
  """The owners as a meeting sees them: every person, and each deck metric's owner."""
  people = []
  for p in owners["owners"]:
    person = {"id": p["id"], "name": p["name"]}
    for key in ("team", "email"):
      if key in p:
        person[key] = p[key]
    people.append(person)
  assignments = {}
  for m in deck["metrics"]:
    owner = owners["assignments"].get(m["id"], m.get("owner"))
    if owner:
      assignments[m["id"]] = owner
  return {"people": people, "assignments": dict(sorted(assignments.items()))}


def record(decks, owners):
  """The first two meetings of the series, on the signals each week's deck really shows. Week
  45 explains its signals and agrees three commitments; week 46 follows them up (done with a
  note, carried, dropped), discusses contact_rate again and opens a report-back on new_skus.
  Week 47 (W) is left to the user: `make run` opens it with those to follow up, and new_skus,
  click_to_door, new_customers and contact_rate signalling again."""
  w45, w46 = W - dt.timedelta(weeks=2), W - dt.timedelta(weeks=1)
  j = Journal()

  def meeting(prefix, week, lead, minute):
    deck, text, folder = decks[week]
    j.session(prefix, week, lead, week + 2 * DAY, 15)
    if prefix == "a":
      j.event("series.start", series={"id": SERIES_ID, "title": deck["title"]})
    j.event("meeting.open",
            deck={"file": f"{folder}/deck.json", "sha256": hashlib.sha256(text.encode()).hexdigest()},
            owners=owners_seen(deck, owners))

  def commitment(cid, text, owner, due):
    return {"id": cid, "text": text, "owner": owner, "due": iso(due)}

  meeting("a", w45, "maria", 0)
  j.event("commitment.add", metric="promise_met",
          commitment=commitment("c-carrier", "Fix the carrier cut-off times in the promise engine", "amara", w46))
  j.event("outcome.set", metric="contact_rate", outcome="explained",
          text="Returns wave after the autumn sale; two extra agents from Monday", signals=["target.miss"])
  j.event("commitment.add", metric="contact_rate",
          commitment=commitment("c-staff", "Publish the peak-week staffing plan", "priya", w46))
  j.event("outcome.set", metric="gross_margin", outcome="explained",
          text="Autumn sale markdowns; margin recovers when the sale ends", signals=["xmr.run"])
  j.event("outcome.set", metric="active_skus", outcome="routine", text="Catalogue clean-up, planned",
          signals=["xmr.run"])
  j.event("metric.reviewed", metric="orders")
  j.event("commitment.add",
          commitment=commitment("c-pricing", "Benchmark our price index against two rivals", "kenji", w46))

  meeting("b", w46, "maria", 0)
  j.event("commitment.done", commitment_id="c-staff", note="Plan published on the ops wiki; 12 agents added")
  j.event("commitment.carry", commitment_id="c-carrier", due=iso(W))
  j.event("commitment.drop", commitment_id="c-pricing", reason="Folded into the Q1 pricing review")
  j.event("outcome.set", metric="new_skus", outcome="investigating",
          text="Checking the supplier feed's Tuesday load", signals=["xmr.limit", "xmr.range"],
          commitment=commitment("c-new-skus", "Report back on New SKUs listed", "diego", W))
  j.event("outcome.set", metric="click_to_door", outcome="explained",
          text="New sort centre in the north-east is live", signals=["xmr.quartile"])
  j.event("outcome.set", metric="new_customers", outcome="explained",
          text="Referral programme lift, week 7 of 8", signals=["xmr.quartile"])
  j.event("commitment.add", metric="new_customers",
          commitment=commitment("c-referral", "Share the referral programme's cost per customer", "lena", W))
  j.event("outcome.set", metric="revenue", outcome="explained",
          text="The sale ended a week early; in line with orders", signals=["target.miss"])
  j.event("outcome.set", metric="contact_rate", outcome="explained",
          text="Returns wave easing; the new agents are still in training", signals=[])
  return j.text()


def write(out_dir, deck, owners, write_file):
  """`retail-series/<week>/deck.json` for the three weeks and the record of the first two."""
  decks = {}
  for back in (2, 1, 0):
    week = W - dt.timedelta(weeks=back)
    cut = cut_deck(deck, back) if back else deck
    folder = iso(week)
    text = pretty(cut) + "\n"
    write_file(f"retail-series/{folder}/deck.json", text)
    decks[week] = (cut, text, folder)
  write_file("retail-series/wbr-journal.jsonl", record(decks, owners))
