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
    if let q = deck.dataQuality {
      w.key("data_quality", indent: 1)
      dataQuality(q, &w)
      w.raw(",\n")
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

  /// `{"first_day": ..., "last_day": ..., "missing_days": [...], "duplicate_days": [...],
  /// "rows_after_week_ending": n[, "latest_complete_week": ...]}`, one key a line.
  private static func dataQuality(_ q: DataQuality, _ w: inout JSONOut) {
    func days(_ list: [Day]) {
      w.raw("[")
      for (i, d) in list.enumerated() {
        w.raw(i == 0 ? "\"" : ", \"")
        w.day(d)
        w.raw("\"")
      }
      w.raw("]")
    }
    w.raw("{\n")
    for (key, day) in [("first_day", q.firstDay), ("last_day", q.lastDay)] {
      guard let day else { continue }
      w.key(key, indent: 2)
      w.raw("\"")
      w.day(day)
      w.raw("\",\n")
    }
    w.key("missing_days", indent: 2)
    days(q.missingDays)
    w.raw(",\n")
    w.key("duplicate_days", indent: 2)
    days(q.duplicateDays)
    w.raw(",\n")
    w.key("rows_after_week_ending", indent: 2)
    w.int(q.rowsAfterWeekEnding)
    if let latest = q.latestCompleteWeek {
      w.raw(",\n")
      w.key("latest_complete_week", indent: 2)
      w.raw("\"")
      w.day(latest)
      w.raw("\"")
    }
    w.raw("\n  }")
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
    series(points, &w, indent: indent, dateKey: "{\"week_ending\": \"", value: \.value, days: \.days) {
      $1.day($0.weekEnding)
    }
  }

  private static func monthly(_ points: [MonthlyPoint], _ w: inout JSONOut, indent: Int) {
    series(points, &w, indent: indent, dateKey: "{\"month\": \"", value: \.value, days: \.days) {
      $1.month($0.month)
    }
  }

  /// One point a line, `{"<date key>": "<date>", "value": v[, "days": n]}`: weekly and
  /// monthly series differ only in how a point names its period.
  private static func series<Point>(
    _ points: [Point], _ w: inout JSONOut, indent: Int, dateKey: StaticString, value: (Point) -> Double?,
    days: (Point) -> Int?, date: (Point, inout JSONOut) -> Void
  ) {
    w.raw("[\n")
    for (i, p) in points.enumerated() {
      w.spaces(2 * indent + 2)
      w.raw(dateKey)
      date(p, &w)
      w.raw("\", \"value\": ")
      w.optional(value(p))
      if let d = days(p) {
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
