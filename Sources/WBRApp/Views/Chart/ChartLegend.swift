/// The legend line under the 6-12 chart: which mark is which, drawn with the marks themselves
/// so it reads the same in colour and in monochrome.
struct ChartLegend: Sendable {
  var marks: ChartGlyphs
  var hasTarget: Bool
  var hasLimits: Bool

  /// The items in order: glyph text, its style, and what it stands for.
  var items: [(glyph: String, style: Style, text: String)] {
    var items: [(String, Style, String)] = [
      (String(marks.current), ChartGlyphs.currentStyle, "this year"),
      (String(marks.prior), ChartGlyphs.priorStyle, "prior year"),
    ]
    if hasTarget { items.append((String(marks.target), ChartGlyphs.targetStyle, "target")) }
    if hasLimits {
      items.append((marks.limitLine(width: 3), ChartGlyphs.ruleStyle, "natural process limits"))
      items.append((String(repeating: marks.centre, count: 3), ChartGlyphs.ruleStyle, "centre line"))
    }
    return items
  }

  /// Draws the items that fit in `width` columns, two spaces apart.
  func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int) {
    var column = x
    let end = x + width
    for (i, item) in items.enumerated() {
      let needed = (i == 0 ? 0 : 2) + item.glyph.displayWidth + 1 + item.text.displayWidth
      guard column + needed <= end else { break }
      if i > 0 { column += 2 }
      column = buffer.put(item.glyph, at: column, y: y, style: item.style)
      column = buffer.put(" " + item.text, at: column, y: y, style: .muted)
    }
  }
}
