/// The cells of one metric row of the text report, already formatted and made safe; the
/// report's `ReportColumns` lines them up.
struct ReportCells: Sendable, Equatable {
  var marker: String
  var name: String
  var owner: String
  var value: String
  var wow: String
  var yoy: String
  var vsTarget: String
  var wowSpark: String
  var yoySpark: String
  var quality: String

  /// The header row's titles.
  static let titles = ReportCells(
    marker: " ", name: "Metric", owner: "Owner", value: "This week", wow: "WoW", yoy: "YoY",
    vsTarget: "vs target", wowSpark: "6 wk", yoySpark: "YoY 12 wk", quality: "")
}

extension ReportCells {
  /// The row for metric `index`. File text (names, the value's prefix) is cleaned with
  /// `SafeText` before it is measured; a metric with no weekly target for the week shows an
  /// empty "vs target" cell rather than "n/a" (`MetricTexts`). In an extension, so that the
  /// memberwise initialiser `titles` uses is still synthesised.
  init(report: DeckReport, index: Int, ascii: Bool) {
    let a = report.analysis.metrics[index]
    let metric = report.deck.metrics[index]
    marker = a.isAnomaly ? "!" : " "
    name = SafeText.clean(metric.name)
    owner = report.ownerName(of: index).map { SafeText.clean($0) } ?? "(no owner)"
    let texts = MetricTexts(a, ascii: ascii)
    value = SafeText.clean(texts.value)
    wow = texts.wow
    yoy = texts.yoy
    vsTarget = texts.vsTarget
    wowSpark = texts.wowSparkline
    yoySpark = texts.yoySparkline
    quality = a.quality.map(\.rawValue).joined(separator: " ")
  }
}
