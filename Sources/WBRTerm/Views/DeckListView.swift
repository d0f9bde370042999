import WBRModel

/// The deck screen: one row per metric in screen order, the selected row highlighted.
///
/// A first version over `DeckListState`: marker, name, this week's value, WoW, YoY, the
/// 6-week sparkline and the owner, dropping the right-hand columns on narrow terminals.
/// Only the rows on screen are formatted, so a key press costs the same at 10 or 1,000
/// metrics.
enum DeckListView {
  /// Column widths, right of the name; a column is dropped when the name would get narrower
  /// than `minimumName`.
  private static let valueWidth = 10
  private static let changeWidth = 9
  private static let sparkWidth = 8
  private static let ownerWidth = 16
  private static let minimumName = 16

  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard area.height > 0 else { return }
    let (headingRow, listArea) = area.splitTop(1)
    let columns = layout(width: area.width)
    drawHeadings(columns, in: headingRow, on: &buffer)
    let list = state.deckList
    guard !list.rows.isEmpty else {
      let text = list.filter.isEmpty ? "No metrics in this deck" : "No metric matches \"\(list.filter)\""
      buffer.put(
        text.fitted(toWidth: listArea.width - 2, ascii: state.glyphs.isASCII), at: listArea.x + 2,
        y: listArea.y, style: .muted)
      return
    }
    for row in 0..<listArea.height {
      let position = list.scroll + row
      guard position < list.rows.count else { break }
      drawRow(
        state, metric: list.rows[position], selected: position == list.selected, columns: columns,
        in: listArea.row(row), on: &buffer)
    }
  }

  struct Columns {
    var name: Int
    var value: Int
    var wow: Int
    var yoy: Int
    var spark: Int
    var owner: Int
  }

  static func layout(width: Int) -> Columns {
    var c = Columns(
      name: 0, value: valueWidth, wow: changeWidth, yoy: changeWidth, spark: sparkWidth, owner: ownerWidth)
    func nameWidth() -> Int { width - 2 - c.value - c.wow - c.yoy - c.spark - c.owner }
    if nameWidth() < minimumName { c.owner = 0 }
    if nameWidth() < minimumName { c.spark = 0 }
    if nameWidth() < minimumName { c.yoy = 0 }
    c.name = max(0, nameWidth())
    return c
  }

  private static func drawHeadings(_ c: Columns, in area: Rect, on buffer: inout ScreenBuffer) {
    var x = area.x + 2
    x = buffer.put("Metric".fitted(toWidth: c.name), at: x, y: area.y, style: .heading)
    x = buffer.put("This week".fitted(toWidth: c.value, alignment: .right), at: x, y: area.y, style: .heading)
    x = buffer.put("WoW".fitted(toWidth: c.wow, alignment: .right), at: x, y: area.y, style: .heading)
    x = buffer.put("YoY".fitted(toWidth: c.yoy, alignment: .right), at: x, y: area.y, style: .heading)
    x = buffer.put("  6 wk".fitted(toWidth: c.spark), at: x, y: area.y, style: .heading)
    buffer.put(" Owner".fitted(toWidth: c.owner), at: x, y: area.y, style: .heading)
  }

  private static func drawRow(
    _ state: AppState, metric index: Int, selected: Bool, columns c: Columns, in area: Rect,
    on buffer: inout ScreenBuffer
  ) {
    let content = state.content
    let ascii = state.glyphs.isASCII
    guard content.deck.metrics.indices.contains(index), content.analysis.metrics.indices.contains(index)
    else { return }
    let metric = content.deck.metrics[index]
    let analysis = content.analysis.metrics[index]
    let base: Style = selected ? .selection : .normal
    if selected { buffer.setStyle(area, .selection) }
    var x = area.x
    x = buffer.put(selected ? String(state.glyphs.pointer) : " ", at: x, y: area.y, style: base)
    let mark = analysis.isAnomaly ? String(state.glyphs.anomaly) : " "
    x = buffer.put(mark, at: x, y: area.y, style: analysis.isAnomaly ? emphasis(.bad, selected) : base)
    x = buffer.put(metric.name.fitted(toWidth: c.name, ascii: ascii), at: x, y: area.y, style: base)
    let value = ValueFormat(metric: metric).format(analysis.current, ascii: ascii)
    x = buffer.put(
      value.fitted(toWidth: c.value, alignment: .right, ascii: ascii), at: x, y: area.y, style: base)
    x = drawChange(
      analysis.wow, metric: metric, width: c.wow, x: x, y: area.y, selected: selected, ascii: ascii,
      on: &buffer)
    x = drawChange(
      analysis.yoy, metric: metric, width: c.yoy, x: x, y: area.y, selected: selected, ascii: ascii,
      on: &buffer)
    if c.spark > 0 {
      let spark = "  " + Sparkline.render(analysis.wowSparkline, ascii: ascii)
      x = buffer.put(
        spark.fitted(toWidth: c.spark, ascii: ascii), at: x, y: area.y, style: selected ? base : .muted)
    }
    if c.owner > 0 {
      let owner = " " + (content.ownerName(ofMetric: index) ?? "")
      buffer.put(
        owner.fitted(toWidth: c.owner, ascii: ascii), at: x, y: area.y, style: selected ? base : .muted)
    }
  }

  private static func drawChange(
    _ change: Change?, metric: Metric, width: Int, x: Int, y: Int, selected: Bool, ascii: Bool,
    on buffer: inout ScreenBuffer
  ) -> Int {
    guard width > 0 else { return x }
    let text = ChangeFormat.format(change, ascii: ascii)
    var role = ColorRole.muted
    if let change, change.value != 0 {
      role = (change.value > 0) == metric.higherIsBetter ? .good : .bad
    }
    return buffer.put(
      text.fitted(toWidth: width, alignment: .right, ascii: ascii), at: x, y: y,
      style: emphasis(role, selected))
  }

  /// A colour role, in reverse video on the selected row so it stays readable there.
  private static func emphasis(_ role: ColorRole, _ selected: Bool) -> Style {
    selected ? Style(role, .reverse) : Style(role)
  }
}
