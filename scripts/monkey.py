#!/usr/bin/env python3
"""Monkey test of `wbr meet`: a seeded, reproducible storm of random input on the real binary.

    scripts/monkey.py --seed 7 --keys 5000 --resizes 300 --metrics 10000     # the full run
    scripts/monkey.py --quick                                                 # make test

It drives wbr inside a private tmux server with random keystrokes (named keys, control keys,
raw and broken escape sequences, invalid UTF-8, CJK, emoji, right-to-left and combining text,
bracketed and unbracketed pastes of up to 2,000 characters) and random resizes from 1x1 to
300x100, half of the input on the sample deck and half on a generated adversarial deck
(scripts/gen-deck.py --adversarial: 200-character names, control characters and escape
sequences in every text field, missing series, +-1e308 and zeros).

It fails on
- a crash: wbr ends with a status other than 0 (q) or 130, or writes a backtrace;
- a hang: wbr does not start drawing within --start-timeout seconds, or a probe resize gets no
  redraw (no byte written to the terminal) within 5 seconds;
- a terminal not given back after wbr quits (alternate screen still on, no echo or line
  editing);
- a broken journal: `wbr notes --format json` cannot read what the storm recorded;
- a leak: an escape sequence or control character from the deck's or the typed text reaches the
  terminal raw (the bytes wbr writes are logged through tmux pipe-pane and searched for the
  payloads specifically; curses' own sequences are fine), or the pane's title became "pwned".
wbr quitting (q) is not a failure: it is restarted and the storm goes on. The same seed gives
the same input; the summary line at the end gives the figures for docs/RELIABILITY.md.
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tmuxpane import Pane  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Payloads that must never reach the terminal raw: the adversarial deck's (gen-deck.py NASTY)
# and the ones the monkey types and pastes itself.
PAYLOADS = ["\x1b[31mred", "\x1b]0;pwned\x07", "\x1b[2J\x1b[H", "bell\x07", "\x01\x02\x7f",
            "\u009b31m", "\x1b]2;pwned\x1b\\", "\x1b[?1049l", "\x1b[6n", "\x1b]52;c;cHduZWQ=\x07",
            "\x1bP+q544e\x1b\\", "\x1b[5mblink", "\x1bc"]
# OSC 52 is marked by the payload's own text: `y` writes OSC 52 itself (issue #17), with the
# copied text base64-encoded, so only the payload's "pwned" (cHduZWQ=) arriving raw is a leak.
LEAK_MARKS = [b"\x1b]0;pwned", b"\x1b]2;pwned", b"\x1b[31mred", b"\x1b[2J\x1b[H",
              b"bell\x07", b"\x01\x02\x7f", b"\xc2\x9b31m", b"\x1b]52;c;cHduZWQ=", b"\x1bP+q",
              b"\x1b[5mblink", b"\x1b[6n", b"\x1bc"]

NAMED = (["j", "k", "n", "N", "Enter", "Escape", "?", "/", "Tab", "BTab", "Up", "Down", "Left",
          "Right", "NPage", "PPage", "Home", "End", "BSpace", "DC", "IC", "Space", "e", "a", "c",
          "x", "u", "d", "r", "D", "i", "p", "s", "g", "G", "h", "l", "0", "1", "9", "+", "-"]
         + [f"F{i}" for i in range(1, 13)]
         + [f"C-{c}" for c in "abdefhklnpuwlgy"] + [f"M-{c}" for c in "abxq"]
         + ["S-Up", "S-Down", "C-Left", "C-Right", "M-Enter"])
TEXT_POOLS = ["abcdefghijklmnopqrstuvwxyz 0123456789.,:-_/",
              "王小明的指标漢字東京経済報告書", "עברית ومرحبا بالعالم", "👩‍👩‍👧‍👦🚀🇯🇵🙂💥",
              "e\u0301\u0301a\u0308\u200b\u200d\ufeff\u202e\u2066", "ＦＵＬＬＷＩＤＴＨ", "ÄÖÜßøåéñ"]


def cpu_ticks(pid):
    """The process's state letter and CPU ticks (user + system, 1/100 s), or ("?", 0)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return fields[0], int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError, TypeError):
        return "?", 0


def random_text(rng, n):
    out = []
    while len(out) < n:
        pool = rng.choice(TEXT_POOLS)
        out.extend(rng.choice(pool) for _ in range(rng.randint(1, 8)))
    return "".join(out[:n])


def random_escape(rng):
    """A raw input sequence: real keys, broken and absurd ones, mouse reports, invalid UTF-8."""
    kind = rng.randrange(9)
    if kind == 0:
        return rng.choice([b"\x1b[A", b"\x1b[B", b"\x1bOA", b"\x1b[5~", b"\x1b[6~", b"\x1b[1;5C",
                           b"\x1b[3~", b"\x1b[Z", b"\x1bOP", b"\x1b[15~", b"\x1b[200~", b"\x1b[201~"])
    if kind == 1:
        params = ";".join(str(rng.choice((0, 1, 5, 65535, 99999999999999))) for _ in range(rng.randint(0, 4)))
        return b"\x1b[" + params.encode() + bytes([rng.randrange(0x40, 0x7f)])
    if kind == 2:
        return b"\x1b[<%d;%d;%d%s" % (rng.randrange(128), rng.randrange(400), rng.randrange(200),
                                     rng.choice((b"M", b"m")))
    if kind == 3:
        return rng.choice([b"\x1b", b"\x1b\x1b", b"\x1b[", b"\x1bO", b"\x1b[1;", b"\x1b]"])
    if kind == 4:
        return rng.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf", b"\xed\xa0\x80"])
    if kind == 5:
        return rng.choice(PAYLOADS).encode()
    if kind == 6:
        return bytes(rng.choice([c for c in range(1, 32) if c not in (3, 26, 28)])
                     for _ in range(rng.randint(1, 3)))
    if kind == 7:
        return b"\x1b" + random_text(rng, 1).encode()  # Alt+character
    return b"\x1b[" + bytes(rng.randrange(0x20, 0x7f) for _ in range(rng.randint(1, 30)))


def paste_text(rng):
    n = rng.choice((5, 40, 300, 2000))
    parts = []
    while sum(len(p) for p in parts) < n:
        r = rng.random()
        parts.append(rng.choice(PAYLOADS) if r < 0.15 else "\n" if r < 0.2 else random_text(rng, 20))
    return "".join(parts)[:n]


class Monkey:
    def __init__(self, args, pane, rng, stats):
        self.a, self.pane, self.rng, self.stats = args, pane, rng, stats
        self.findings = []
        self.probe_size = (100, 30)

    def finding(self, kind, detail, deck):
        screen = self.pane.screen()
        self.findings.append({"kind": kind, "deck": deck, "detail": detail,
                              "events": self.stats["events"], "screen": screen[-1500:]})
        print(f"FINDING {kind} on {deck} after {self.stats['events']} events: {detail}", flush=True)

    def start(self, deck_name, argv):
        w, h = self.probe_size
        self.pane.resize(w, h)
        self.pane.start(argv, cwd=self.a.tmp, env={"SWIFT_BACKTRACE": "enable=no"})
        self.stats["starts"] += 1
        ok = self.pane.wait_for(lambda s: s.strip() != "", self.a.start_timeout)
        if ok is None:
            st = self.pane.status()
            if st is None:
                self.finding("hang", f"nothing drawn within {self.a.start_timeout}s of starting", deck_name)
            else:
                self.check_exit(deck_name)
            return False
        return True

    def check_exit(self, deck_name):
        """After wbr ended: a crash unless the status is 0 or 130 with no backtrace."""
        st = self.pane.status()
        err = ""
        try:
            with open(self.pane.err_file, errors="replace") as f:
                err = f.read()
        except FileNotFoundError:
            pass
        crashed = st not in (0, 130) or any(w in err for w in ("Fatal error", "backtrace", "Crash", "💣"))
        self.check_leaks(deck_name)
        if crashed:
            self.finding("crash", f"exit status {st}; stderr: {err[-800:]!r}", deck_name)
        else:
            self.stats["quits"] += 1
            self.check_terminal(deck_name)
        return crashed

    def check_terminal(self, deck_name):
        """After a clean exit the terminal is given back: main screen, echo and line editing."""
        alt, tty = self.pane.tm("display-message", "-p", "-t", "m", "#{alternate_on} #{pane_tty}").split()
        modes = subprocess.run(["stty", "-a", "-F", tty], capture_output=True, text=True).stdout.split()
        left = [m for m in ("-echo", "-icanon", "-isig") if m in modes]
        if alt != "0" or left:
            self.finding("terminal", f"after exit: alternate screen {alt}, modes {left}", deck_name)

    def check_journal(self, deck_name, argv):
        """The journal the storm wrote must read back: `wbr notes --format json` exits 0."""
        deck, owners, journal = argv[2], argv[4], argv[6]
        if not os.path.exists(journal):
            return
        self.stats["journal_lines"] += sum(1 for _ in open(journal, "rb"))
        r = subprocess.run([argv[0], "notes", "--journal", journal, "--deck", deck, "--owners", owners,
                            "--format", "json"], capture_output=True, timeout=300)
        try:
            json.loads(r.stdout)
            ok = r.returncode == 0
        except ValueError:
            ok = False
        if not ok:
            self.finding("journal", f"wbr notes on the storm's journal: status {r.returncode}, "
                         f"{r.stderr.decode(errors='replace')[-400:]!r}", deck_name)

    def check_leaks(self, deck_name):
        data = self.pane.log_bytes()
        if self.pane.status() in (0, 130):
            # wbr has ended cleanly: its last act was leaving the alternate screen (curses' rmcup,
            # ESC[?1049l). After that the tty, echo back on, echoes what the storm still types
            # (ESC as "^[", C1 raw): the line discipline's bytes, not wbr's. The last rmcup is
            # wbr's own even if a payload one leaked earlier, since wbr writes it last.
            end = data.rfind(b"\x1b[?1049l")
            if end >= 0:
                data = data[:end]
        for mark in LEAK_MARKS:
            if mark in data:
                at = data.find(mark)
                self.finding("leak", f"{mark!r} reached the terminal: {data[max(0, at - 80):at + 40]!r}",
                             deck_name)
        if "pwned" in self.pane.title():
            self.finding("leak", f"pane title is {self.pane.title()!r}", deck_name)

    def probe(self, deck_name):
        """A resize to a readable size must be answered by a redraw within 5 s."""
        self.stats["probes"] += 1
        before = self.pane.log_size()
        pid = self.pane.wbr_pid()
        _, ticks_before = cpu_ticks(pid)
        started = time.monotonic()
        w, h = self.probe_size = (101, 31) if self.probe_size == (100, 30) else (100, 30)
        self.pane.resize(w, h)
        end = started + 5
        while self.pane.log_size() == before and time.monotonic() < end:
            if self.pane.status() is not None:
                return
            time.sleep(0.05)
        if self.pane.log_size() == before and self.pane.status() is None:
            state, _ = cpu_ticks(pid)
            end = time.monotonic() + 30
            while self.pane.log_size() == before and time.monotonic() < end and self.pane.status() is None:
                time.sleep(0.1)
            # CPU wbr used while the redraw was awaited: about the wall time means wbr was busy
            # (a real slowness); far less means it was waiting or starved of CPU by other work.
            _, ticks_after = cpu_ticks(pid)
            spent = (f"process state {state}, {(ticks_after - ticks_before) / 100:.1f} s of CPU in "
                     f"{time.monotonic() - started:.1f} s")
            if self.pane.log_size() == before:
                self.finding("hang", f"no redraw within 35 s of a resize ({spent})", deck_name)
                return False
            self.finding("slow", f"redraw took more than 5 s after a resize ({spent})", deck_name)
        if "pwned" in self.pane.title():
            self.finding("leak", f"pane title is {self.pane.title()!r}", deck_name)
        return True

    def event(self):
        """One random input event; returns its kind for the figures."""
        rng, pane = self.rng, self.pane
        r = rng.random()
        if r < self.a.resize_share:
            pane.resize(rng.randint(1, 300), rng.randint(1, 100))
            return "resizes"
        r = rng.random()
        if r < 0.45:
            name = rng.choice(NAMED)
            if rng.random() < 0.004:
                name = "q"
            pane.keys(name)
            return "keys"
        if r < 0.70:
            pane.raw(random_escape(rng))
            return "sequences"
        if r < 0.88:
            pane.raw(random_text(rng, rng.randint(1, 12)).encode())
            return "unicode"
        pane.raw(paste_text(rng).encode(), bracketed=rng.random() < 0.7)
        return "pastes"

    def storm(self, deck_name, argv, n_events):
        if not self.start(deck_name, argv):
            return
        done = 0
        while done < n_events:
            if self.pane.status() is not None:
                if self.check_exit(deck_name) and len(self.findings) >= self.a.max_findings:
                    return
                if not self.start(deck_name, argv):
                    return
            kind = self.event()
            self.stats[kind] += 1
            self.stats["events"] += 1
            done += 1
            if self.rng.random() < 0.3:
                time.sleep(self.rng.choice((0.001, 0.01, 0.03)))
            if done % self.a.probe_every == 0 and self.pane.status() is None:
                if self.probe(deck_name) is False:
                    self.restart_after_hang(deck_name, argv)
        if self.pane.status() is None:
            self.probe(deck_name)
            self.pane.keys("Escape", "Escape", "Escape", "q")
            self.pane.wait_for(lambda s: self.pane.status() is not None, 5)
            if self.pane.status() is None:  # q may be typed into a dialog: kill it
                pid = self.pane.wbr_pid()
                if pid:
                    os.kill(pid, 9)
                time.sleep(0.3)
                self.check_leaks(deck_name)
            else:
                self.check_exit(deck_name)
        self.check_journal(deck_name, argv)

    def restart_after_hang(self, deck_name, argv):
        pid = self.pane.wbr_pid()
        if pid:
            os.kill(pid, 9)
        time.sleep(0.3)
        self.start(deck_name, argv)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261127)
    ap.add_argument("--keys", type=int, default=5000, help="input events in all (both decks)")
    ap.add_argument("--resizes", type=int, default=300, help="about this many random resizes")
    ap.add_argument("--metrics", type=int, default=10000, help="metrics in the adversarial deck")
    ap.add_argument("--quick", action="store_true", help="400 events, 20 resizes, 2,000 metrics")
    ap.add_argument("--probe-every", type=int, default=50)
    ap.add_argument("--start-timeout", type=float, default=60)
    ap.add_argument("--max-findings", type=int, default=20)
    ap.add_argument("--bin", default=os.environ.get("WBR_BIN", os.path.join(ROOT, ".build/debug/wbr")))
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = ap.parse_args()
    if a.quick:
        a.keys, a.resizes, a.metrics = 400, 20, 2000
    a.resize_share = a.resizes / max(1, a.keys)
    if shutil.which("tmux") is None:
        print("FAIL: tmux is needed")
        return 1
    binary = os.path.abspath(a.bin)
    a.tmp = tempfile.mkdtemp(prefix="wbr-monkey-")
    started = time.monotonic()
    adv, adv_owners = os.path.join(a.tmp, "adversarial.json"), os.path.join(a.tmp, "adv-owners.json")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts/gen-deck.py"), "--metrics", str(a.metrics),
                    "--adversarial", "--seed", str(a.seed), "-o", adv, "--owners", adv_owners], check=True)
    decks = [("sample", [binary, "meet", os.path.join(ROOT, "sample-data/retail-deck.json"), "--owners",
                         os.path.join(ROOT, "sample-data/owners.json"), "--journal",
                         os.path.join(a.tmp, "sample-journal.jsonl")]),
             (f"adversarial-{a.metrics}", [binary, "meet", adv, "--owners", adv_owners, "--journal",
                                           os.path.join(a.tmp, "adv-journal.jsonl")])]
    stats = dict.fromkeys(["events", "keys", "sequences", "unicode", "pastes", "resizes", "probes",
                           "starts", "quits", "journal_lines"], 0)
    pane = Pane(a.tmp)
    monkey = Monkey(a, pane, random.Random(a.seed), stats)
    try:
        for i, (name, argv) in enumerate(decks):
            share = a.keys // 2 if i == 0 else a.keys - a.keys // 2
            monkey.storm(name, argv, share)
    finally:
        pane.kill_server()
        if not a.keep and not monkey.findings:
            shutil.rmtree(a.tmp, ignore_errors=True)
    stats["seconds"] = round(time.monotonic() - started, 1)
    stats["findings"] = len(monkey.findings)
    print("monkey: seed %d, %s" % (a.seed, json.dumps(stats)))
    for f in monkey.findings:
        print(f"--- {f['kind']} on {f['deck']} after {f['events']} events: {f['detail']}\n{f['screen']}")
    if monkey.findings:
        print(f"monkey: {len(monkey.findings)} findings (logs kept in {a.tmp})")
        return 1
    print("monkey: no crash, hang or leaked escape sequence")
    return 0


if __name__ == "__main__":
    sys.exit(main())
