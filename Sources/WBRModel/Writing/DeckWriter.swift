/// Writes a `Deck` as version-1 deck JSON (deck-format.md).
///
/// Deterministic: keys always in the order of the spec's tables, one series point per line,
/// so that two builds of the same data are byte-identical and diff well. Numbers are printed
/// in Swift's shortest round-trip form, so reading the file back gives the very same doubles;
/// integral values print without a fraction. A missing value is `null`, never 0.
public enum DeckWriter {
  /// The deck as UTF-8 JSON bytes, ending with a newline.
  public static func write(_ deck: Deck) -> [UInt8] {
    var w = JSONWriter(style: .deck, capacity: capacity(deck))
    document(deck, &w) { (_: inout JSONWriter) in }
    w.newline()
    return w.bytes
  }

  /// How many bytes `stream` holds before handing them on: large enough that a write is
  /// one system call per megabyte, small beside the 13 MB of a 1,000-metric deck.
  public static let piece = 1 << 20

  /// The same bytes as `write`, handed to `sink` about every `piece` bytes (after the metric
  /// that passes it) instead of held whole: `wbr build` writes its deck to the file as it
  /// goes, so the writing stage holds a megabyte, not the whole deck (docs/PERFORMANCE.md,
  /// "Speed II"). The first error of `sink` stops the writing and is thrown.
  public static func stream<E: Error>(
    _ deck: Deck, piece: Int = piece, to sink: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
  ) throws(E) {
    var w = JSONWriter(style: .deck, capacity: min(capacity(deck), piece + piece / 2))
    try document(deck, &w) { (w: inout JSONWriter) throws(E) in
      if w.pending >= piece { try w.drain(sink) }
    }
    w.newline()
    try w.drain(sink)
  }

  /// About 60 bytes a point: reserving up front spares copying a growing buffer.
  private static func capacity(_ deck: Deck) -> Int {
    let points = deck.metrics.reduce(0) {
      $0 + $1.weekly.count + $1.monthly.count + $1.weeklyTargets.count + $1.monthlyTargets.count
    }
    return points * 64 + deck.metrics.count * 512 + 4096
  }

  /// The document; `afterMetric` runs after each metric, where `stream` hands bytes on.
  private static func document<E: Error>(
    _ deck: Deck, _ w: inout JSONWriter, afterMetric: (inout JSONWriter) throws(E) -> Void
  ) throws(E) {
    w.beginObject()
    w.field("format", "wbr-deck")
    w.field("version", 1)
    w.field("title", deck.title)
    w.field("week_ending", deck.weekEnding)
    w.field("fiscal_year_end_month", deck.fiscalYearEndMonth)
    if let asOf = deck.asOf { w.field("as_of", asOf) }
    list("sections", deck.sections, &w) { s, w in
      w.field("id", s.id)
      w.field("title", s.title)
    }
    thresholds(deck.thresholds, &w)
    if let q = deck.dataQuality { dataQuality(q, &w) }
    w.key("metrics")
    w.beginArray(.block)
    for m in deck.metrics {
      metric(m, &w)
      try afterMetric(&w)
    }
    w.endArray()
    w.endObject()
  }

  /// `"data_quality": {"first_day": …, "last_day": …, "missing_days": […], "duplicate_days": […],
  /// "rows_after_week_ending": n[, "latest_complete_week": …]}`, one key a line, the days'
  /// lists on one line.
  private static func dataQuality(_ q: DataQuality, _ w: inout JSONWriter) {
    w.key("data_quality")
    w.beginObject()
    if let d = q.firstDay { w.field("first_day", d) }
    if let d = q.lastDay { w.field("last_day", d) }
    let lists: [(StaticString, [Day])] = [
      ("missing_days", q.missingDays), ("duplicate_days", q.duplicateDays),
    ]
    for (name, days) in lists {
      w.key(name)
      w.beginArray(.spaced)
      for d in days { w.day(d) }
      w.endArray()
    }
    w.field("rows_after_week_ending", q.rowsAfterWeekEnding)
    if let d = q.latestCompleteWeek { w.field("latest_complete_week", d) }
    w.endObject()
  }

  private static func metric(_ m: Metric, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("id", m.id)
    w.field("name", m.name)
    w.field("kind", m.kind.rawValue)
    // Optional text keys: written when present, left out when nil.
    if let v = m.section { w.field("section", v) }
    if let v = m.owner { w.field("owner", v) }
    if let v = m.description { w.field("description", v) }
    if let v = m.format { w.field("format", v) }
    if let v = m.prefix { w.field("prefix", v) }
    w.field("comparison", m.comparison.rawValue)
    w.field("higher_is_better", m.higherIsBetter)
    w.key("weekly")
    weekly(m.weekly, &w)
    if !m.monthly.isEmpty {
      w.key("monthly")
      monthly(m.monthly, &w)
    }
    if !m.weeklyTargets.isEmpty || !m.monthlyTargets.isEmpty {
      w.key("targets")
      w.beginObject()
      if !m.weeklyTargets.isEmpty {
        w.key("weekly")
        weekly(m.weeklyTargets, &w)
      }
      if !m.monthlyTargets.isEmpty {
        w.key("monthly")
        monthly(m.monthlyTargets, &w)
      }
      w.endObject()
    }
    if m.targetTolerance != 0 { w.field("target_tolerance", m.targetTolerance) }
    totals(m.totals, &w)
    thresholds(m.thresholds, &w)
    if let l = m.limits {
      w.key("limits")
      w.beginObject(.spaced)
      switch l {
      case .baseline(let from, let to):
        w.key("baseline")
        w.beginObject(.spaced)
        w.field("from", from)
        w.field("to", to)
        w.endObject()
      case .limits(let centre, let mrBar):
        w.field("centre", centre)
        w.field("mr_bar", mrBar)
      }
      w.endObject()
    }
    list("annotations", m.annotations, &w) { a, w in
      w.field("date", a.date)
      w.field("text", a.text)
    }
    if let v = m.pairsWith { w.field("pairs_with", v) }
    w.endObject()
  }

  private static func weekly(_ points: [WeeklyPoint], _ w: inout JSONWriter) {
    series(points, &w, value: \.value, days: \.days) { p, w in w.field("week_ending", p.weekEnding) }
  }

  private static func monthly(_ points: [MonthlyPoint], _ w: inout JSONWriter) {
    series(points, &w, value: \.value, days: \.days) { p, w in
      w.key("month")
      w.month(p.month)
    }
  }

  /// One point a line, `{"<period key>": "<period>", "value": v[, "days": n]}`, an empty series
  /// on two lines: weekly and monthly series differ only in how a point names its period.
  private static func series<Point>(
    _ points: [Point], _ w: inout JSONWriter, value: (Point) -> Double?, days: (Point) -> Int?,
    period: (Point, inout JSONWriter) -> Void
  ) {
    w.beginArray(.block)
    for p in points {
      w.beginObject(.spaced)
      period(p, &w)
      w.field("value", value(p))
      if let d = days(p) { w.field("days", d) }
      w.endObject()
    }
    w.endArray()
  }

  /// `"<name>": [` one `{…}` a line `]`, left out when there are no items.
  private static func list<Item>(
    _ name: StaticString, _ items: [Item], _ w: inout JSONWriter, _ item: (Item, inout JSONWriter) -> Void
  ) {
    guard !items.isEmpty else { return }
    w.key(name)
    w.beginArray(.lines)
    for i in items {
      w.beginObject(.spaced)
      item(i, &w)
      w.endObject()
    }
    w.endArray()
  }

  /// `"totals": {"mtd": {"cy": 1, "py": 2}, …}` with the periods present; left out when none is.
  private static func totals(_ t: Totals, _ w: inout JSONWriter) {
    let periods: [(StaticString, PeriodTotal?)] = [("mtd", t.mtd), ("qtd", t.qtd), ("ytd", t.ytd)]
    guard periods.contains(where: { $0.1 != nil }) else { return }
    w.key("totals")
    w.beginObject(.spaced)
    for case (let name, let p?) in periods {
      w.key(name)
      w.beginObject(.spaced)
      w.field("cy", p.cy)
      w.field("py", p.py)
      w.endObject()
    }
    w.endObject()
  }

  /// `"thresholds": {"wow_pct": 5, …}` with the thresholds set; left out when none is.
  private static func thresholds(_ t: Thresholds, _ w: inout JSONWriter) {
    let values: [(StaticString, Double?)] = [
      ("wow_pct", t.wowPct), ("yoy_pct", t.yoyPct), ("wow_bps", t.wowBps), ("yoy_bps", t.yoyBps),
    ]
    guard values.contains(where: { $0.1 != nil }) else { return }
    w.key("thresholds")
    w.beginObject(.spaced)
    for case (let name, let v?) in values { w.field(name, v) }
    w.endObject()
  }
}
