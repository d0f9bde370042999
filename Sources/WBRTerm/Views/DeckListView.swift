import WBRModel

/// The deck screen: one row per metric in screen order, the selected row highlighted.
///
/// A first version over `DeckListState`: marker, name, this week's value, WoW, YoY, the
/// 6-week sparkline and the owner, dropping the right-hand columns on narrow terminals.
/// Only the rows on screen are drawn, from texts formatted once per deck (`DeckRowText`),
/// so a key press costs the same at 10 or 1,000 metrics.
enum DeckListView {
  /// Column widths right of the name; a column is dropped while the name would be narrower
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
        text, at: listArea.x + 2, y: listArea.y, width: listArea.width - 2, style: .muted,
        ascii: state.glyphs.isASCII)
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

  /// Column widths for a screen `width` columns wide (0 = column dropped).
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
    x = buffer.put("Metric", at: x, y: area.y, width: c.name, style: .heading)
    x = buffer.put("This week", at: x, y: area.y, width: c.value, alignment: .right, style: .heading)
    x = buffer.put("WoW", at: x, y: area.y, width: c.wow, alignment: .right, style: .heading)
    x = buffer.put("YoY", at: x, y: area.y, width: c.yoy, alignment: .right, style: .heading)
    x = buffer.put("  6 wk", at: x, y: area.y, width: c.spark, style: .heading)
    buffer.put(" Owner", at: x, y: area.y, width: c.owner, style: .heading)
  }

  private static func drawRow(
    _ state: AppState, metric index: Int, selected: Bool, columns c: Columns, in area: Rect,
    on buffer: inout ScreenBuffer
  ) {
    let content = state.content
    guard content.rowTexts.indices.contains(index), content.analysis.metrics.indices.contains(index)
    else { return }
    let text = content.rowTexts[index]
    let ascii = state.glyphs.isASCII
    let isAnomaly = content.analysis.metrics[index].isAnomaly
    let base: Style = selected ? .selection : .normal
    let quiet: Style = selected ? .selection : .muted
    let y = area.y
    var x = area.x
    x = buffer.put(selected ? String(state.glyphs.pointer) : " ", at: x, y: y, style: base)
    if let mark = RecordSummary.mark(state, metric: index) {  // the outcome at a glance
      x = buffer.put(mark.glyph, at: x, y: y, style: emphasis(mark.role, selected).adding(.bold))
    } else {
      x = buffer.put(
        isAnomaly ? String(state.glyphs.anomaly) : " ", at: x, y: y,
        style: isAnomaly ? emphasis(.bad, selected) : base)
    }
    x = buffer.put(content.deck.metrics[index].name, at: x, y: y, width: c.name, style: base, ascii: ascii)
    x = number(text.value, at: x, y: y, width: c.value, style: base, gap: base, ascii: ascii, on: &buffer)
    x = number(
      text.wow, at: x, y: y, width: c.wow, style: emphasis(text.wowRole, selected), gap: base, ascii: ascii,
      on: &buffer)
    x = number(
      text.yoy, at: x, y: y, width: c.yoy, style: emphasis(text.yoyRole, selected), gap: base, ascii: ascii,
      on: &buffer)
    if c.spark > 0 {
      x = buffer.put("  ", at: x, y: y, style: quiet)
      x = buffer.put(text.sparkline, at: x, y: y, width: c.spark - 2, style: quiet, ascii: ascii)
    }
    if c.owner > 0 {
      x = buffer.put(" ", at: x, y: y, style: quiet)
      x = buffer.put(text.owner, at: x, y: y, width: c.owner - 1, style: quiet, ascii: ascii)
    }
    buffer.fill(Rect(x: x, y: y, width: area.maxX - x, height: 1), style: base)
  }

  /// A right-aligned number column with one space before it, so a number cut to fit
  /// (with an ellipsis) never runs into the column on its left.
  private static func number(
    _ text: String, at x: Int, y: Int, width: Int, style: Style, gap: Style, ascii: Bool,
    on buffer: inout ScreenBuffer
  ) -> Int {
    guard width > 0 else { return x }
    let start = buffer.put(" ", at: x, y: y, style: gap)
    return buffer.put(text, at: start, y: y, width: width - 1, alignment: .right, style: style, ascii: ascii)
  }

  /// A colour role, in reverse video on the selected row so it stays readable there.
  private static func emphasis(_ role: ColorRole, _ selected: Bool) -> Style {
    selected ? Style(role, .reverse) : Style(role)
  }
}
