import Foundation

/// The machine form of `wbr report` (`"format": "wbr-report", "version": 1`; docs/REPORT-JSON.md).
///
/// Keys come in a fixed order and numbers in a fixed form, so the output of the same files is
/// byte-identical from run to run and can be diffed and kept as a golden file. Values from the
/// deck are written as read; computed numbers (changes, YoY sparkline points) are rounded to 4
/// decimals and XmR lines to 10 significant digits, so floating-point noise never shows.
public enum ReportJSON {
  public static let format = "wbr-report"
  public static let version = 1

  /// The whole document, indented, one trailing newline.
  public static func render(_ report: DeckReport) -> String {
    ReportJSONLayout.text(document(report)) + "\n"
  }

  /// The document as a value (for tests and other writers).
  public static func document(_ report: DeckReport) -> OrderedJSON {
    let deck = report.deck
    let analysis = report.analysis
    return .object([
      .init("format", .string(format)),
      .init("version", .int(version)),
      .init("title", .string(deck.title)),
      .init("week_ending", .string(deck.weekEnding.description)),
      .init("as_of", .optional(deck.asOf)),
      .init("fiscal_year_end_month", .int(deck.fiscalYearEndMonth)),
      .init("metric_count", .int(deck.metrics.count)),
      .init("anomaly_count", .int(analysis.anomalies.count)),
      .init("metrics", .array(analysis.order.map { metric(report, $0) })),
      .init("anomalies", .array(analysis.anomalies.map { .string(deck.metrics[$0].id) })),
    ])
  }

  static func metric(_ report: DeckReport, _ i: Int) -> OrderedJSON {
    let m = report.deck.metrics[i]
    let a = report.analysis.metrics[i]
    let group = report.analysis.group(of: i)
    return .object([
      .init("id", .string(m.id)),
      .init("name", .string(m.name)),
      .init("kind", .string(m.kind.rawValue)),
      .init("section", .optional(group?.sectionID)),
      .init("section_title", .string(report.analysis.sectionTitle(for: i))),
      .init("owner", .optional(report.ownerID(of: i))),
      .init("owner_name", .optional(report.ownerID(of: i).flatMap { report.owners.owner(id: $0)?.name })),
      .init("higher_is_better", .bool(m.higherIsBetter)),
      .init("value", .optional(a.current)),
      .init("value_text", .string(a.format.format(a.current))),
      .init("previous", .optional(a.previous)),
      .init("prior_year", .optional(a.priorYear)),
      .init("target", .optional(a.target)),
      .init("wow", change(a.wow)),
      .init("yoy", change(a.yoy)),
      .init("vs_target", change(a.vsTarget)),
      .init("month", month(a)),
      .init(
        "period_yoy",
        .object([
          .init("mtd", change(a.mtdYoY)), .init("qtd", change(a.qtdYoY)), .init("ytd", change(a.ytdYoY)),
        ])),
      .init(
        "sparklines",
        .object([
          .init("wow", .array(a.wowSparkline.map { .optional($0) })),
          .init("yoy", .array(a.yoySparkline.map { .optional($0.map { rounded($0, decimals: 4) }) })),
        ])),
      .init("xmr", xmr(a.xmr)),
      .init("signals", .array(a.signals.map(signal))),
      .init("quality", .array(a.quality.map { .string($0.rawValue) })),
    ])
  }

  /// `{"value": -14.9254, "unit": "pct"}` or null when not available.
  static func change(_ c: Change?) -> OrderedJSON {
    guard let c, c.value.isFinite else { return .null }
    return .object([
      .init("value", .number(rounded(c.value, decimals: 4))), .init("unit", .string(c.unit.rawValue)),
    ])
  }

  /// The monthly YoY: the latest month of the `monthly` series against the same month a year
  /// earlier; null when the metric has no monthly series.
  static func month(_ a: MetricAnalysis) -> OrderedJSON {
    guard let month = a.latestMonth else { return .null }
    return .object([
      .init("month", .string(month.description)),
      .init("value", .optional(a.latestMonthValue)),
      .init("prior_year", .optional(a.latestMonthPriorYear)),
      .init("yoy", change(a.monthYoY)),
    ])
  }

  static func xmr(_ x: XmRLimits?) -> OrderedJSON {
    guard let x else { return .null }
    return .object([
      .init("centre", .number(significant(x.centre))),
      .init("mr_bar", .number(significant(x.mrBar))),
      .init("unpl", .number(significant(x.upperNaturalLimit))),
      .init("lnpl", .number(significant(x.lowerNaturalLimit))),
      .init("url", .number(significant(x.upperRangeLimit))),
      .init("locked", .bool(x.locked)),
    ])
  }

  /// `qualified_by` only on a signal a data-quality mark may explain (it is then not an anomaly).
  static func signal(_ s: Signal) -> OrderedJSON {
    .object(
      [
        .init("id", .string(s.id.rawValue)),
        .init("strength", .int(s.strength)),
        .init("direction", .string(s.direction.rawValue)),
        .init("sentence", .string(s.sentence)),
      ] + (s.qualifiedBy.map { [.init("qualified_by", .string($0.rawValue))] } ?? []))
  }

  static func rounded(_ v: Double, decimals: Int) -> Double {
    let scale = pow(10, Double(decimals))
    let r = (v * scale).rounded() / scale
    return r == 0 ? 0 : r  // no "-0"
  }

  /// `v` rounded to 10 significant digits.
  static func significant(_ v: Double) -> Double {
    guard v != 0, v.isFinite else { return v }
    let digits = 10 - Int(floor(log10(abs(v)))) - 1
    guard digits > 0 else { return v }
    return rounded(v, decimals: min(digits, 15))
  }
}
