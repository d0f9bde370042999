/// Column widths fitted to the widest cell of each column (names and owners capped).
///
/// Widths are terminal columns (`displayWidth`), not characters, so a CJK owner name (two
/// columns a character) keeps the numbers after it aligned.
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
