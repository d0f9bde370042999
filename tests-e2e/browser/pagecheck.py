#!/usr/bin/env python3
"""Checks for the browser end-to-end test (tests-e2e/publish.sh), standard library only.

  pagecheck.py measured DUMP            the harness' JSON: no horizontal scroll at 390 px
  pagecheck.py charts DUMP PNG          the screenshot shows each measured chart (non-blank)
  pagecheck.py dom DUMP [TEXT...]       no script, no element or link from deck text; TEXTs
                                        shown literally
  pagecheck.py pdf PDF                  no metric block split across pages; no blank page
  pagecheck.py inked PNG                the screenshot is not blank (text was drawn)
"""
import html.parser
import json
import re
import subprocess
import sys
import zlib


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def harness_json(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r'<pre id="out">(.*?)</pre>', text, re.S)
    if not m or m.group(1) == "pending":
        fail("the harness did not finish measuring")
    return json.loads(html.unescape(m.group(1)))


def read_png(path):
    """(width, height, rows of RGB tuples) of an 8-bit RGB or RGBA, non-interlaced PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(path + " is not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = int.from_bytes(body[0:4], "big"), int.from_bytes(body[4:8], "big")
            depth, colour, interlace = body[8], body[9], body[12]
            if depth != 8 or colour not in (2, 6) or interlace:
                fail("unexpected PNG format (depth %d, colour %d)" % (depth, colour))
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, rows, bpp


def measured(dump):
    m = harness_json(dump)["narrow"]
    if m["scrollWidth"] > 390 or m["overflowing"]:
        fail("horizontal scrolling at 390 px: scroll width %d, sticking out: %s"
             % (m["scrollWidth"], m["overflowing"]))
    print("ok: no horizontal scrolling at 390 px")


def charts(dump, png):
    boxes = harness_json(dump)["charts"]
    if len(boxes) < 4:
        fail("expected at least 4 charts in the first 2400 pixels, measured %d" % len(boxes))
    width, height, rows, bpp = read_png(png)
    for n, (left, top, w, h) in enumerate(boxes[:6]):
        inked = blue = total = 0
        for y in range(max(0, top), min(height, top + h), 2):
            row = rows[y]
            for x in range(max(0, left), min(width, left + w), 2):
                r, g, b = row[x * bpp], row[x * bpp + 1], row[x * bpp + 2]
                total += 1
                if r < 200 or g < 200 or b < 200:
                    inked += 1
                if b > 120 and r < 90 and g < 120:
                    blue += 1
        if total == 0 or inked < total * 0.02 or blue < 10:
            fail("chart %d at %s looks blank (%d of %d pixels inked, %d of this year's blue)"
                 % (n + 1, (left, top, w, h), inked, total, blue))
    print("ok: the screenshot shows the charts (%d checked)" % min(6, len(boxes)))


ALLOWED = set("""html head meta title style body header nav main section article footer figure
figcaption h1 h2 h3 p div span strong a br ul ol li dl dt dd table thead tbody tr th td
svg g line polyline circle rect path text""".split())


class Dom(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.text, self.in_style = [], [], False

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append("element <%s>" % tag)
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "srcset", "action", "formaction", "xlink:href"):
                self.problems.append("attribute %s on <%s>" % (name, tag))
            if name == "href" and not re.fullmatch(r"#m\d+", value or ""):
                self.problems.append("link %r" % value)
            if name == "style" and re.search(r"url\(|@import|expression", value or "", re.I):
                self.problems.append("style %r" % value)
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if self.in_style and re.search(r"url\(|@import", data, re.I):
            self.problems.append("external load in the style sheet")
        if not self.in_style:
            self.text.append(data)


def dom(dump, *texts):
    parser = Dom()
    parser.feed(open(dump, encoding="utf-8").read())
    if parser.problems:
        fail("the DOM has " + ", ".join(sorted(set(parser.problems))[:10]))
    shown = "".join(parser.text)
    for t in texts:
        if t not in shown:
            fail("the page does not show %r literally" % t)
    print("ok: the DOM has no script, no element or link from deck text" +
          (", and shows %d hostile texts literally" % len(texts) if texts else ""))


def pdf(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    where = {}
    total = None
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", path, "-"],
                              capture_output=True, text=True, check=True).stdout
        for k, n in re.findall(r"Metric (\d+) of (\d+)", text):
            total = int(n)
            where.setdefault(int(k), []).append(page)
        gray = subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "20", "-gray", path],
                              capture_output=True, check=True).stdout
        m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", gray)
        pixels = gray[m.end():]
        if sum(1 for b in pixels if b < 160) < 50:
            fail("page %d of %s is blank" % (page, path))
    if not total or sorted(where) != list(range(1, total + 1)):
        fail("expected every metric's markers in the PDF text, found %s" % sorted(where)[:20])
    split = [k for k, p in where.items() if len(p) != 2 or p[0] != p[1]]
    if split:
        fail("metric blocks split across pages: %s" % ", ".join(
            "%d (pages %s)" % (k, where[k]) for k in split[:10]))
    print("ok: %s: %d pages, none blank, no metric block of %d split" % (path.split("/")[-1], pages, total))


def inked(png):
    width, height, rows, bpp = read_png(png)
    dark = sum(1 for y in range(0, height, 2) for x in range(0, width, 2) if rows[y][x * bpp] < 128)
    if dark < 500:
        fail("%s looks blank (%d dark pixels sampled)" % (png, dark))
    print("ok: %s shows text (%d dark pixels sampled)" % (png.split("/")[-1], dark))


if __name__ == "__main__":
    commands = {"measured": measured, "charts": charts, "dom": dom, "pdf": pdf, "inked": inked}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        fail(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
