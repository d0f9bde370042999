#!/usr/bin/env python3
"""Crash-recovery loop of `wbr meet`: scripted meetings, each SIGKILLed at a random moment.

    scripts/crash-loop.py --seed 7 --meetings 100      # the full run
    scripts/crash-loop.py --quick                      # make test: 10 meetings

Every meeting opens the sample deck on the same journal inside a private tmux server and records
outcomes (e, e, text), commitments (a, text) and reviewed marks (Space) with texts unique to
the meeting and step, reading the screen to know which changes it showed as saved ("Saved: ...",
"Reviewed: ...", "Not reviewed: ..."). A timer sends SIGKILL at a random moment (during start-up,
a dialog, a save, or between steps). After each kill:
- the journal's lines parse, except at most a torn last line (which must then be reported and
  skipped by `wbr notes`, never fatal);
- every text the screen showed as saved is in the journal exactly once, and no attempted text
  is in it twice; every reviewed mark shown is the journal's state for that metric;
- `wbr notes --format json` exits 0 and lists every commitment shown as saved exactly once;
- the next meeting reopens the journal writable (the lock died with the killed wbr).
Timing makes the moments of the kills vary from run to run; the choices and texts come from
the seed. The summary line gives the figures for docs/RELIABILITY.md.
"""
import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmuxpane import Pane  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Loop:
    def __init__(self, a, pane, rng):
        self.a, self.pane, self.rng = a, pane, rng
        self.deck = os.path.join(a.tmp, "retail-deck.json")
        self.owners = os.path.join(a.tmp, "owners.json")
        self.journal = os.path.join(a.tmp, "journal.jsonl")
        deck = json.load(open(self.deck, encoding="utf-8"))
        self.metrics = [(m["id"], m["name"]) for m in deck["metrics"]]
        self.count = len(self.metrics)
        self.unfilterable = set()
        self.confirmed = {}   # text -> kind, shown as saved
        self.attempted = {}   # text -> kind, typed (maybe saved, maybe not)
        self.reviewed = {}    # metric id -> True/False as last shown; absent when unknown
        self.findings = []
        self.landed = set()
        self.stats = dict.fromkeys(["meetings", "kills", "steps", "saved_shown", "saved_not_shown",
                                    "torn_lines",
                                    "killed_in_startup", "killed_in_step"], 0)
        self.per_step = 0.4   # seconds per step and to start, measured as the loop goes
        self.startup = 0.5

    def finding(self, what):
        print(f"FINDING meeting {self.stats['meetings']}: {what}", flush=True)
        self.findings.append(f"meeting {self.stats['meetings']}: {what}")

    # --- driving ---------------------------------------------------------------------------
    def alive(self):
        return self.pane.status() is None

    def wait(self, pattern, seconds=5.0):
        rx = re.compile(pattern, re.M)
        return self.pane.wait_for(lambda s: rx.search(s) is not None, seconds) is not None

    def filter_to(self, mid):
        self.pane.keys("/")
        if not self.wait(r"^Filter:"):
            return False
        self.pane.raw(mid.encode())
        self.pane.keys("Enter")
        name = dict(self.metrics)[mid]
        selected = rf"filter: {re.escape(mid)}(.|\n)*^▶.*{re.escape(name)}"
        if not self.wait(selected, 3):
            if self.alive():
                self.unfilterable.add(mid)
                self.unfilter()
            return False
        return True

    def unfilter(self):
        self.pane.keys("Escape")
        self.pane.wait_for(lambda s: "filter:" not in s, 3)

    def step(self, meeting, k):
        """One recorded change on a random metric; returns after the screen confirms it (or not)."""
        choices = [m for m in self.metrics if m[0] not in self.unfilterable]
        mid, name = self.rng.choice(choices)
        kind = self.rng.choice(("explain", "commit", "review"))
        text = f"crash-loop {self.a.seed}/{meeting}/{k} {kind} ✓ 漢字"
        if not self.filter_to(mid):
            return
        self.stats["steps"] += 1
        qname = re.escape(name)
        if kind == "explain":
            self.pane.keys("e")
            if not self.wait(rf"Outcome: {qname}"):
                return
            self.pane.keys("e")
            if not self.wait(rf"Explained: {qname}"):
                return
            self.pane.keys("C-e", "C-u")
            self.pane.raw(text.encode())
            self.attempted[text] = kind
            self.pane.keys("Enter")
            if self.wait(rf"Saved: {qname} explained"):
                self.confirmed[text] = kind
                self.stats["saved_shown"] += 1
        elif kind == "commit":
            self.pane.keys("a")
            if not self.wait(r"New commitment"):
                return
            self.pane.raw(text.encode())
            self.attempted[text] = kind
            self.pane.keys("Enter")
            if self.wait(r"Saved: commitment for"):
                self.confirmed[text] = kind
                self.stats["saved_shown"] += 1
        else:
            self.reviewed.pop(mid, None)  # unknown until the screen says
            self.pane.keys("Space")
            shown = self.pane.wait_for(
                lambda s: re.search(rf"(Not reviewed|Reviewed): {qname}", s) is not None, 5)
            if shown is not None:
                mark = re.search(rf"(Not reviewed|Reviewed): {qname}", shown)
                self.reviewed[mid] = mark.group(1) == "Reviewed"
                self.stats["saved_shown"] += 1
        if self.alive():
            self.unfilter()

    def meeting(self, n):
        self.stats["meetings"] += 1
        steps = self.rng.randint(1, 6)
        kill_at = self.rng.uniform(0.0, self.startup + steps * self.per_step)
        start = time.monotonic()
        self.pane.start([self.a.bin, "meet", self.deck, "--owners", self.owners, "--journal",
                         self.journal, "--lead", "crashloop"], cwd=self.a.tmp, log=False)
        killed = threading.Event()
        phase = {"now": "startup"}

        def kill():
            pid = None
            end = time.monotonic() + 5
            while pid is None and time.monotonic() < end:
                pid = self.pane.wbr_pid()
                if pid is None:
                    time.sleep(0.01)
            if pid is not None:
                try:
                    os.kill(pid, 9)
                    killed.set()
                    self.stats["killed_in_" + ("startup" if phase["now"] == "startup" else "step")] += 1
                except ProcessLookupError:
                    pass

        timer = threading.Timer(kill_at, kill)
        timer.start()
        if self.wait("anomal", 20):
            phase["now"] = "steps"
            if not killed.is_set():
                self.startup = 0.8 * self.startup + 0.2 * (time.monotonic() - start)
            if "READ-ONLY" in self.pane.screen():
                self.finding("the journal reopened read-only after a kill")
            for k in range(steps):
                if not self.alive():
                    break
                t0 = time.monotonic()
                self.step(n, k)
                if not killed.is_set():
                    self.per_step = 0.8 * self.per_step + 0.2 * (time.monotonic() - t0)
            while self.alive() and not killed.is_set() and time.monotonic() - start < kill_at + 1:
                time.sleep(0.02)
        elif self.alive() and not killed.is_set():
            self.finding("the meeting screen did not appear within 20 s")
        timer.join()
        if not killed.is_set():
            kill()
        self.pane.wait_for(lambda s: not self.alive(), 10)
        status = self.pane.status()
        if killed.is_set():
            self.stats["kills"] += 1
            if status is None:
                self.finding("wbr still runs 10 s after SIGKILL")
            elif status != 137:
                self.finding(f"killed wbr ended with status {status}, expected 137")
        elif status is not None:
            err = open(self.pane.err_file, errors="replace").read()
            self.finding(f"wbr ended by itself with status {status}: {err[-500:]!r}")
        self.verify()

    # --- checking --------------------------------------------------------------------------
    def verify(self):
        try:
            raw = open(self.journal, "rb").read()
        except FileNotFoundError:
            raw = b""
        lines = raw.split(b"\n")
        tail = lines.pop() if lines else b""
        events, bad = [], []
        for i, line in enumerate(lines, 1):
            try:
                events.append(json.loads(line))
            except ValueError:
                bad.append(i)
        torn = False
        if tail:
            try:
                events.append(json.loads(tail))
            except ValueError:
                torn = True
                self.stats["torn_lines"] += 1
        for i in bad:
            # A fragment left by an earlier torn write stays, as documented; it must be one.
            if not self.known_fragment(lines[i - 1]):
                self.finding(f"journal line {i} does not parse: {lines[i - 1][:120]!r}")
        self.fragments = getattr(self, "fragments", set())
        if torn:
            self.fragments.add(tail)
        texts = [json.dumps(e, ensure_ascii=False) for e in events]
        for text, kind in self.attempted.items():
            n = sum(t.count(json.dumps(text, ensure_ascii=False)[1:-1]) for t in texts)
            if text not in self.confirmed and n == 1 and text not in self.landed:
                self.landed.add(text)  # written, killed before the screen said so
                self.stats["saved_not_shown"] += 1
            if text in self.confirmed and n != 1:
                self.finding(f"{kind} shown as saved is in the journal {n} times: {text}")
            elif n > 1:
                self.finding(f"{kind} is in the journal {n} times: {text}")
        state = {}
        for e in events:
            if e.get("type") in ("metric.reviewed", "metric.unreviewed"):
                state[e.get("metric")] = e["type"] == "metric.reviewed"
        for mid, shown in self.reviewed.items():
            if state.get(mid, False) != shown:
                self.finding(f"{mid} was shown {'reviewed' if shown else 'not reviewed'}, journal says otherwise")
        r = subprocess.run([self.a.bin, "notes", "--journal", self.journal, "--deck", self.deck, "--owners",
                            self.owners, "--format", "json"], capture_output=True, timeout=60)
        if r.returncode != 0:
            self.finding(f"wbr notes failed ({r.returncode}): {r.stderr.decode(errors='replace')[-300:]}")
            return
        try:
            notes = json.dumps(json.loads(r.stdout), ensure_ascii=False)
        except ValueError as e:
            self.finding(f"wbr notes printed invalid JSON: {e}")
            return
        for text, kind in self.confirmed.items():
            if kind == "commit" and notes.count(text) != 1:
                self.finding(f"notes json lists a saved commitment {notes.count(text)} times: {text}")
        if (torn or bad) and not r.stderr.strip():
            self.finding("a torn or invalid journal line was not reported by wbr notes")

    def known_fragment(self, line):
        return line in getattr(self, "fragments", set())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--meetings", type=int, default=100)
    ap.add_argument("--quick", action="store_true", help="10 meetings")
    ap.add_argument("--bin", default=os.environ.get("WBR_BIN", os.path.join(ROOT, ".build/debug/wbr")))
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = ap.parse_args()
    if a.quick:
        a.meetings = 10
    if shutil.which("tmux") is None:
        print("FAIL: tmux is needed")
        return 1
    a.bin = os.path.abspath(a.bin)
    a.tmp = tempfile.mkdtemp(prefix="wbr-crash-loop-")
    for f in ("retail-deck.json", "owners.json"):
        shutil.copy(os.path.join(ROOT, "sample-data", f), a.tmp)
    started = time.monotonic()
    pane = Pane(a.tmp, 100, 30)
    loop = Loop(a, pane, random.Random(a.seed))
    try:
        for n in range(1, a.meetings + 1):
            loop.meeting(n)
    finally:
        pane.kill_server()
    st = loop.stats
    if st["saved_shown"] == 0:
        loop.findings.append("no change was ever shown as saved: the harness no longer drives wbr")
    st["journal_lines"] = sum(1 for _ in open(loop.journal, "rb")) if os.path.exists(loop.journal) else 0
    st["seconds"] = round(time.monotonic() - started, 1)
    st["findings"] = len(loop.findings)
    print("crash-loop: seed %d, %s" % (a.seed, json.dumps(st)))
    if loop.findings:
        print("\n".join(loop.findings))
        print(f"crash-loop: {len(loop.findings)} findings (journal kept in {a.tmp})")
        return 1
    if not a.keep:
        shutil.rmtree(a.tmp, ignore_errors=True)
    print("crash-loop: every change shown as saved survived SIGKILL exactly once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
