/// The cells of one metric row of the text report, already formatted, and the column widths
/// that line every row up.
///
/// Widths are terminal columns (`displayWidth`), not characters, so a CJK owner name (two
/// columns a character) keeps the numbers after it aligned.
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

  /// The row for metric `index`. File text (names, the value's prefix) is cleaned with
  /// `SafeText` before it is measured; a metric with no
  /// weekly target for the week shows an empty "vs target" cell rather than "n/a".
  init(report: DeckReport, index: Int, ascii: Bool) {
    let a = report.analysis.metrics[index]
    let metric = report.deck.metrics[index]
    marker = a.isAnomaly ? "!" : " "
    name = SafeText.clean(metric.name)
    owner = report.ownerName(of: index).map { SafeText.clean($0) } ?? "(no owner)"
    value = SafeText.clean(a.format.format(a.current, ascii: ascii))
    wow = ChangeFormat.format(a.wow, ascii: ascii)
    yoy = ChangeFormat.format(a.yoy, ascii: ascii)
    vsTarget = a.target == nil && a.vsTarget == nil ? "" : ChangeFormat.format(a.vsTarget, ascii: ascii)
    wowSpark = Sparkline.render(a.wowSparkline, ascii: ascii)
    yoySpark = Sparkline.render(a.yoySparkline, ascii: ascii)
    quality = a.quality.map(\.rawValue).joined(separator: " ")
  }

  init(
    marker: String, name: String, owner: String, value: String, wow: String, yoy: String,
    vsTarget: String, wowSpark: String, yoySpark: String, quality: String
  ) {
    self.marker = marker
    self.name = name
    self.owner = owner
    self.value = value
    self.wow = wow
    self.yoy = yoy
    self.vsTarget = vsTarget
    self.wowSpark = wowSpark
    self.yoySpark = yoySpark
    self.quality = quality
  }
}

/// Column widths fitted to the widest cell of each column (names and owners capped).
struct ReportColumns: Sendable, Equatable {
  static let maxNameWidth = 36
  static let maxOwnerWidth = 20
  static let gap = "  "

  var name = 0
  var owner = 0
  var value = 0
  var wow = 0
  var yoy = 0
  var vsTarget = 0
  var wowSpark = 0
  var yoySpark = 0

  /// - Complexity: O(total text of the rows).
  init(_ rows: [ReportCells]) {
    for row in rows + [ReportCells.titles] {
      name = max(name, min(row.name.displayWidth, Self.maxNameWidth))
      owner = max(owner, min(row.owner.displayWidth, Self.maxOwnerWidth))
      value = max(value, row.value.displayWidth)
      wow = max(wow, row.wow.displayWidth)
      yoy = max(yoy, row.yoy.displayWidth)
      vsTarget = max(vsTarget, row.vsTarget.displayWidth)
      wowSpark = max(wowSpark, row.wowSpark.displayWidth)
      yoySpark = max(yoySpark, row.yoySpark.displayWidth)
    }
  }

  /// One aligned line; trailing spaces removed.
  func line(_ c: ReportCells, ascii: Bool) -> String {
    let cells = [
      c.marker + " " + c.name.fitted(toWidth: name, ascii: ascii),
      c.owner.fitted(toWidth: owner, ascii: ascii),
      c.value.padded(toWidth: value, alignment: .right),
      c.wow.padded(toWidth: wow, alignment: .right),
      c.yoy.padded(toWidth: yoy, alignment: .right),
      c.vsTarget.padded(toWidth: vsTarget, alignment: .right),
      c.wowSpark.padded(toWidth: wowSpark),
      c.yoySpark.padded(toWidth: yoySpark),
      c.quality,
    ]
    return ReportText.trimmingTrailingSpaces(cells.joined(separator: Self.gap))
  }
}
