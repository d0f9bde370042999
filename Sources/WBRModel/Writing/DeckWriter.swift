/// Writes a `Deck` as version-1 deck JSON (deck-format.md).
///
/// Deterministic: keys always in the order of the spec's tables, one series point per line,
/// so that two builds of the same data are byte-identical and diff well. Numbers are printed
/// in Swift's shortest round-trip form, so reading the file back gives the very same doubles;
/// integral values print without a fraction. A missing value is `null`, never 0.
public enum DeckWriter {
  /// The deck as UTF-8 JSON bytes, ending with a newline.
  public static func write(_ deck: Deck) -> [UInt8] {
    var w = JSONOut()
    // About 60 bytes a point: reserving up front spares copying a growing buffer.
    let points = deck.metrics.reduce(0) {
      $0 + $1.weekly.count + $1.monthly.count + $1.weeklyTargets.count + $1.monthlyTargets.count
    }
    w.bytes.reserveCapacity(points * 64 + deck.metrics.count * 512 + 4096)
    w.raw("{\n")
    w.key("format", indent: 1)
    w.string("wbr-deck")
    w.raw(",\n")
    w.key("version", indent: 1)
    w.raw("1,\n")
    w.key("title", indent: 1)
    w.string(deck.title)
    w.raw(",\n")
    w.key("week_ending", indent: 1)
    w.string(deck.weekEnding.description)
    w.raw(",\n")
    w.key("fiscal_year_end_month", indent: 1)
    w.raw(String(deck.fiscalYearEndMonth) + ",\n")
    if let asOf = deck.asOf {
      w.key("as_of", indent: 1)
      w.string(asOf)
      w.raw(",\n")
    }
    if !deck.sections.isEmpty {
      w.key("sections", indent: 1)
      w.raw("[\n")
      for (i, s) in deck.sections.enumerated() {
        w.raw("    {\"id\": ")
        w.string(s.id)
        w.raw(", \"title\": ")
        w.string(s.title)
        w.raw(i + 1 < deck.sections.count ? "},\n" : "}\n")
      }
      w.raw("  ],\n")
    }
    if let t = thresholds(deck.thresholds) {
      w.key("thresholds", indent: 1)
      w.raw(t + ",\n")
    }
    w.key("metrics", indent: 1)
    w.raw("[\n")
    for (i, m) in deck.metrics.enumerated() {
      metric(m, &w)
      w.raw(i + 1 < deck.metrics.count ? ",\n" : "\n")
    }
    w.raw("  ]\n}\n")
    return w.bytes
  }

  private static func metric(_ m: Metric, _ w: inout JSONOut) {
    w.raw("    {\n")
    var first = true
    func field(_ name: String) {
      if !first { w.raw(",\n") }
      first = false
      w.key(name, indent: 3)
    }
    /// An optional text key: written when present, left out when nil.
    func text(_ name: String, _ value: String?) {
      guard let value else { return }
      field(name)
      w.string(value)
    }
    field("id")
    w.string(m.id)
    field("name")
    w.string(m.name)
    field("kind")
    w.string(m.kind.rawValue)
    text("section", m.section)
    text("owner", m.owner)
    text("description", m.description)
    text("format", m.format)
    text("prefix", m.prefix)
    field("comparison")
    w.string(m.comparison.rawValue)
    field("higher_is_better")
    w.raw(m.higherIsBetter ? "true" : "false")
    field("weekly")
    weekly(m.weekly, &w, indent: 3)
    if !m.monthly.isEmpty {
      field("monthly")
      monthly(m.monthly, &w, indent: 3)
    }
    if !m.weeklyTargets.isEmpty || !m.monthlyTargets.isEmpty {
      field("targets")
      w.raw("{")
      var firstTarget = true
      if !m.weeklyTargets.isEmpty {
        w.raw("\n")
        w.key("weekly", indent: 4)
        weekly(m.weeklyTargets, &w, indent: 4)
        firstTarget = false
      }
      if !m.monthlyTargets.isEmpty {
        w.raw(firstTarget ? "\n" : ",\n")
        w.key("monthly", indent: 4)
        monthly(m.monthlyTargets, &w, indent: 4)
      }
      w.raw("\n      }")
    }
    if m.targetTolerance != 0 {
      field("target_tolerance")
      w.number(m.targetTolerance)
    }
    if let t = totals(m.totals) {
      field("totals")
      w.raw(t)
    }
    if let t = thresholds(m.thresholds) {
      field("thresholds")
      w.raw(t)
    }
    if let l = m.limits {
      field("limits")
      switch l {
      case .baseline(let from, let to):
        w.raw("{\"baseline\": {\"from\": \"\(from)\", \"to\": \"\(to)\"}}")
      case .limits(let centre, let mrBar):
        w.raw("{\"centre\": ")
        w.number(centre)
        w.raw(", \"mr_bar\": ")
        w.number(mrBar)
        w.raw("}")
      }
    }
    if !m.annotations.isEmpty {
      field("annotations")
      w.raw("[\n")
      for (i, a) in m.annotations.enumerated() {
        w.raw("        {\"date\": \"\(a.date)\", \"text\": ")
        w.string(a.text)
        w.raw(i + 1 < m.annotations.count ? "},\n" : "}\n")
      }
      w.raw("      ]")
    }
    text("pairs_with", m.pairsWith)
    w.raw("\n    }")
  }

  private static func weekly(_ points: [WeeklyPoint], _ w: inout JSONOut, indent: Int) {
    w.raw("[\n")
    for (i, p) in points.enumerated() {
      w.spaces(2 * indent + 2)
      w.raw("{\"week_ending\": \"")
      w.day(p.weekEnding)
      w.raw("\", \"value\": ")
      w.optional(p.value)
      if let d = p.days {
        w.raw(", \"days\": ")
        w.int(d)
      }
      w.raw(i + 1 < points.count ? "},\n" : "}\n")
    }
    w.spaces(2 * indent)
    w.raw("]")
  }

  private static func monthly(_ points: [MonthlyPoint], _ w: inout JSONOut, indent: Int) {
    w.raw("[\n")
    for (i, p) in points.enumerated() {
      w.spaces(2 * indent + 2)
      w.raw("{\"month\": \"")
      w.int(p.month.year, width: 4)
      w.bytes.append(0x2D)
      w.int(p.month.month, width: 2)
      w.raw("\", \"value\": ")
      w.optional(p.value)
      if let d = p.days {
        w.raw(", \"days\": ")
        w.int(d)
      }
      w.raw(i + 1 < points.count ? "},\n" : "}\n")
    }
    w.spaces(2 * indent)
    w.raw("]")
  }

  private static func totals(_ t: Totals) -> String? {
    var parts: [String] = []
    for (name, p) in [("mtd", t.mtd), ("qtd", t.qtd), ("ytd", t.ytd)] {
      guard let p else { continue }
      parts.append("\"\(name)\": {\"cy\": \(JSONOut.format(p.cy)), \"py\": \(JSONOut.format(p.py))}")
    }
    return parts.isEmpty ? nil : "{" + parts.joined(separator: ", ") + "}"
  }

  private static func thresholds(_ t: Thresholds) -> String? {
    var parts: [String] = []
    for (name, v) in [
      ("wow_pct", t.wowPct), ("yoy_pct", t.yoyPct), ("wow_bps", t.wowBps), ("yoy_bps", t.yoyBps),
    ] {
      if let v { parts.append("\"\(name)\": \(JSONOut.format(v))") }
    }
    return parts.isEmpty ? nil : "{" + parts.joined(separator: ", ") + "}"
  }
}

/// A growing UTF-8 buffer with JSON string and number printing.
struct JSONOut {
  var bytes: [UInt8] = []

  init() {}

  mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func spaces(_ n: Int) { bytes.append(contentsOf: repeatElement(0x20, count: n)) }

  mutating func key(_ name: String, indent: Int) {
    spaces(2 * indent)
    bytes.append(0x22)
    bytes.append(contentsOf: name.utf8)
    bytes.append(contentsOf: "\": ".utf8)
  }

  mutating func string(_ s: String) {
    bytes.append(0x22)
    // DEL, C1 and bidi controls are valid JSON raw, but `wbr build` may write to a terminal.
    if s.unicodeScalars.contains(where: { $0.value >= 0x7F && SafeText.isUnsafe($0) }) {
      for u in s.unicodeScalars {
        if u.value >= 0x7F && SafeText.isUnsafe(u) {
          let hex = String(u.value, radix: 16)
          bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        } else {
          escapeBytes(String(u))
        }
      }
    } else {
      escapeBytes(s)
    }
    bytes.append(0x22)
  }

  /// JSON escapes for the quote, the backslash and C0 controls; other bytes as they are.
  private mutating func escapeBytes(_ s: String) {
    for b in s.utf8 {
      switch b {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
      case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
      default: bytes.append(b)
      }
    }
  }

  mutating func number(_ v: Double) { optional(v) }

  mutating func optional(_ v: Double?) {
    guard let v, v.isFinite else { return raw("null") }
    if v == v.rounded(), abs(v) < 1e15 {
      if v < 0 { bytes.append(0x2D) }
      int(Int(abs(v)))
    } else {
      bytes.append(contentsOf: v.description.utf8)
    }
  }

  /// A non-negative integer, zero-padded to `width` digits.
  mutating func int(_ value: Int, width: Int = 1) {
    var v = value
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      repeat {
        buf[n] = UInt8(v % 10) + 0x30
        v /= 10
        n += 1
      } while v > 0 && n < 20
      while n < width && n < 20 {
        buf[n] = 0x30
        n += 1
      }
      for i in stride(from: n - 1, through: 0, by: -1) { bytes.append(buf[i]) }
    }
  }

  /// `YYYY-MM-DD`.
  mutating func day(_ d: Day) {
    let c = d.civil
    int(c.year, width: 4)
    bytes.append(0x2D)
    int(c.month, width: 2)
    bytes.append(0x2D)
    int(c.day, width: 2)
  }

  /// Shortest round-trip text; integral values without `.0`; non-finite as null.
  static func format(_ v: Double?) -> String {
    guard let v, v.isFinite else { return "null" }
    if v == v.rounded(), abs(v) < 1e15 {
      return v == 0 ? "0" : String(Int64(v))
    }
    return v.description
  }
}
