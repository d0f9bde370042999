import Foundation

/// The machine form of `wbr report` (`"format": "wbr-report", "version": 1`; docs/REPORT-JSON.md).
///
/// Keys come in a fixed order and numbers in a fixed form, so the output of the same files is
/// byte-identical from run to run and can be diffed and kept as a golden file. Values from the
/// deck are written as read; computed numbers (changes, YoY sparkline points) are rounded to 4
/// decimals and XmR lines to 10 significant digits, so floating-point noise never shows.
///
/// Laid out for people as well as machines (`JSONWriter.Style.report`): one member a line, but
/// arrays of plain values and small flat objects (a change, a signal's id and direction) on
/// one line, so a metric reads in a screenful instead of sixty lines.
public enum ReportJSON {
  public static let format = "wbr-report"
  public static let version = 1

  /// The whole document, indented, one trailing newline.
  public static func render(_ report: DeckReport) -> String { String(decoding: bytes(report), as: UTF8.self) }

  /// `render` as UTF-8 bytes, as they are written.
  public static func bytes(_ report: DeckReport) -> [UInt8] {
    // About 1.7 KB a metric: reserving up front spares copying a growing buffer.
    JSONWriter.file(.report, capacity: 2048 * report.deck.metrics.count + 1024) { document(report, &$0) }
      .bytes
  }

  static func document(_ report: DeckReport, _ w: inout JSONWriter) {
    let deck = report.deck
    let analysis = report.analysis
    w.beginObject(.lines)
    w.field("format", format)
    w.field("version", version)
    w.field("title", deck.title)
    w.key("week_ending")
    w.day(deck.weekEnding)
    w.field("as_of", deck.asOf)
    w.field("fiscal_year_end_month", deck.fiscalYearEndMonth)
    w.field("metric_count", deck.metrics.count)
    w.field("anomaly_count", analysis.anomalies.count)
    w.key("metrics")
    w.beginArray()
    for i in analysis.order { metric(report, i, &w) }
    w.endArray()
    w.key("anomalies")
    w.beginArray()
    for i in analysis.anomalies { w.string(deck.metrics[i].id) }
    w.endArray()
    w.endObject()
  }

  static func metric(_ report: DeckReport, _ i: Int, _ w: inout JSONWriter) {
    let m = report.deck.metrics[i]
    let a = report.analysis.metrics[i]
    let group = report.analysis.group(of: i)
    let owner = report.ownerID(of: i)
    w.beginObject(.lines)
    w.field("id", m.id)
    w.field("name", m.name)
    w.field("kind", m.kind.rawValue)
    w.field("section", group?.sectionID)
    w.field("section_title", report.analysis.sectionTitle(for: i))
    w.field("owner", owner)
    w.field("owner_name", owner.flatMap { report.owners.owner(id: $0)?.name })
    w.field("higher_is_better", m.higherIsBetter)
    week(a, &w, change: change)
    month(a, &w)
    w.key("period_yoy")
    w.beginObject()
    change("mtd", a.mtdYoY, &w)
    change("qtd", a.qtdYoY, &w)
    change("ytd", a.ytdYoY, &w)
    w.endObject()
    w.key("sparklines")
    w.beginObject(.lines)
    w.key("wow")
    w.beginArray()
    for v in a.wowSparkline { w.value(v) }
    w.endArray()
    w.key("yoy")
    w.beginArray()
    for v in a.yoySparkline { w.value(v.map { rounded($0, decimals: 4) }) }
    w.endArray()
    w.endObject()
    xmr(a.xmr, &w)
    w.key("signals")
    w.beginArray()
    for s in a.signals { signal(s, &w) }
    w.endArray()
    w.key("quality")
    w.beginArray()
    for q in a.quality { w.string(q.rawValue) }
    w.endArray()
    w.endObject()
  }

  /// A metric's week, as the report and the notes write it: the value (and its text), the
  /// previous week, the prior year, the target, and the three changes (written by `change`).
  static func week(
    _ a: MetricAnalysis, _ w: inout JSONWriter, change: (StaticString, Change?, inout JSONWriter) -> Void
  ) {
    w.field("value", a.current)
    w.field("value_text", a.format.format(a.current))
    w.field("previous", a.previous)
    w.field("prior_year", a.priorYear)
    w.field("target", a.target)
    change("wow", a.wow, &w)
    change("yoy", a.yoy, &w)
    change("vs_target", a.vsTarget, &w)
  }

  /// `{"value": -14.9254, "unit": "pct"}` or null when not available.
  static func change(_ name: StaticString, _ c: Change?, _ w: inout JSONWriter) {
    w.key(name)
    guard let c, c.value.isFinite else { return w.null() }
    w.beginObject()
    w.field("value", rounded(c.value, decimals: 4))
    w.field("unit", c.unit.rawValue)
    w.endObject()
  }

  /// The monthly YoY: the latest month of the `monthly` series against the same month a year
  /// earlier; null when the metric has no monthly series.
  static func month(_ a: MetricAnalysis, _ w: inout JSONWriter) {
    w.key("month")
    guard let month = a.latestMonth else { return w.null() }
    w.beginObject()
    w.key("month")
    w.month(month)
    w.field("value", a.latestMonthValue)
    w.field("prior_year", a.latestMonthPriorYear)
    change("yoy", a.monthYoY, &w)
    w.endObject()
  }

  static func xmr(_ x: XmRLimits?, _ w: inout JSONWriter) {
    w.key("xmr")
    guard let x else { return w.null() }
    w.beginObject()
    w.field("centre", significant(x.centre))
    w.field("mr_bar", significant(x.mrBar))
    w.field("unpl", significant(x.upperNaturalLimit))
    w.field("lnpl", significant(x.lowerNaturalLimit))
    w.field("url", significant(x.upperRangeLimit))
    w.field("locked", x.locked)
    w.endObject()
  }

  /// `{"id", "strength", "direction", "sentence"}`, as the notes JSON writes a signal too; the
  /// report adds `qualified_by` on a signal a data-quality mark may explain (it is then not an
  /// anomaly), the notes JSON does not.
  static func signal(_ s: Signal, _ w: inout JSONWriter, qualified: Bool = true) {
    w.beginObject()
    w.field("id", s.id.rawValue)
    w.field("strength", s.strength)
    w.field("direction", s.direction.rawValue)
    w.field("sentence", s.sentence)
    if qualified, let q = s.qualifiedBy { w.field("qualified_by", q.rawValue) }
    w.endObject()
  }

  static func rounded(_ v: Double, decimals: Int) -> Double {
    let scale = powersOfTen.indices.contains(decimals) ? powersOfTen[decimals] : pow(10, Double(decimals))
    let r = (v * scale).rounded() / scale
    return r == 0 ? 0 : r  // no "-0"
  }

  /// 10^0 … 10^15, exact (as `pow` gives them), without calling `pow` for every number.
  static let powersOfTen: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  /// `v` rounded to 10 significant digits.
  static func significant(_ v: Double) -> Double {
    guard v != 0, v.isFinite else { return v }
    let digits = 10 - Int(floor(log10(abs(v)))) - 1
    guard digits > 0 else { return v }
    return rounded(v, decimals: min(digits, 15))
  }
}
