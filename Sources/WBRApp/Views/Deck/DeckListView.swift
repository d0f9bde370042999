import WBRModel

/// The deck screen: a heading per group ("Inputs › Customer experience") and one row per
/// metric in screen order, the selected row in reverse video with a "▶" marker.
///
/// Only the lines on screen are drawn, from texts formatted and columns measured once per
/// deck (`DeckRowText`, `DeckColumns`), so a key press costs the same at 10 or 1,000 metrics.
enum DeckListView {
  static func draw(_ state: AppState, in area: Rect, on buffer: inout ScreenBuffer) {
    guard area.height > 0 else { return }
    let (headingRow, listArea) = area.splitTop(1)
    let columns = state.content.columns.fitted(to: area.width)
    drawHeadings(columns, in: headingRow, on: &buffer)
    let list = state.deckList
    let ascii = state.glyphs.isASCII
    guard !list.rows.isEmpty else {
      let text =
        list.filter.isEmpty && list.owner == nil ? "No metrics in this deck" : "No metric matches the filter"
      buffer.put(
        text, at: listArea.x + 2, y: listArea.y, width: listArea.width - 2, style: .muted, ascii: ascii)
      return
    }
    for row in 0..<listArea.height {
      let line = list.scroll + row
      guard list.lines.indices.contains(line) else { break }
      switch list.lines[line] {
      case .heading(let group):
        guard state.content.analysis.groups.indices.contains(group) else { continue }
        let title = state.content.analysis.groups[group].heading(ascii: ascii)
        buffer.put(
          title, at: listArea.x + 1, y: listArea.y + row, width: listArea.width - 1,
          style: Style(.accent, .bold), ascii: ascii)
      case .metric(let position):
        DeckRowView.draw(
          state, metric: list.rows[position], selected: position == list.selected, columns: columns,
          in: listArea.row(row), on: &buffer)
      }
    }
  }

  private static func drawHeadings(_ c: DeckColumns, in area: Rect, on buffer: inout ScreenBuffer) {
    typealias H = DeckColumns.Heading
    let y = area.y
    var x = area.x + c.lead
    x = buffer.put(H.name, at: x, y: y, width: c.name, style: .heading)
    for (text, width) in [(H.value, c.value), (H.wow, c.wow), (H.yoy, c.yoy), (H.target, c.target)] {
      x = buffer.put(text, at: x, y: y, width: width, alignment: .right, style: .heading)
    }
    for (text, width) in [(H.spark, c.spark), (H.yoySpark, c.yoySpark), (H.owner, c.owner)] where width > 0 {
      x = buffer.put("  " + text, at: x, y: y, width: width, style: .heading)
    }
  }
}
