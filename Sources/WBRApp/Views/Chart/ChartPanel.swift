/// One panel of the 6-12 chart (the weeks or the months) drawn on its own canvas: horizontal
/// rules, the prior-year and this-year lines, then the points, then the rules' labels where
/// they hide the fewest points.
struct ChartPanel: Sendable {
  let points: [ChartPoint]
  let cell: Int
  let marks: ChartGlyphs
  private(set) var canvas: ChartCanvas

  /// Columns after the points where the rules' labels go (0: inside the panel).
  let gutter: Int

  init(points: [ChartPoint], cell: Int, rows: Int, marks: ChartGlyphs, gutter: Int = 0) {
    self.points = points
    self.cell = cell
    self.marks = marks
    self.gutter = gutter
    canvas = ChartCanvas(width: points.count * cell + gutter, height: rows)
  }

  /// A short muted note in the middle of an empty panel ("no monthly data").
  mutating func note(_ text: String) {
    let column = max(0, (canvas.width - text.count) / 2)
    canvas.write(
      String(text.prefix(canvas.width)), column: column, row: canvas.height / 2, style: .muted, layer: .label)
  }

  /// Draws the points on `scale`, with `rules` (the XmR lines) behind them.
  mutating func plot(scale: ChartScale, rules: [ChartRule]) {
    for rule in rules { drawRule(rule, scale) }
    drawLine(points.map(\.prior), scale, style: ChartGlyphs.priorStyle, layer: .priorLine, dotted: false)
    drawLine(
      points.map(\.current), scale, style: ChartGlyphs.currentLineStyle, layer: .currentLine, dotted: false)
    for (i, point) in points.enumerated() {
      let column = ChartLayout.centre(of: i, cell: cell)
      if let row = point.prior.flatMap(scale.row) {
        canvas.set(marks.prior, column: column, row: row, style: ChartGlyphs.priorStyle, layer: .priorMarker)
      }
      if let row = point.target.flatMap(scale.row) {
        canvas.set(
          marks.target, column: column, row: row, style: ChartGlyphs.targetStyle, layer: .targetMarker)
      }
      if let row = point.current.flatMap(scale.row) {
        let style = point.currentStyle ?? ChartGlyphs.currentStyle
        canvas.set(marks.current, column: column, row: row, style: style, layer: .currentMarker)
      }
    }
    var labelledRows = Set<Int>()
    for rule in rules {
      guard let row = scale.row(rule.value), labelledRows.insert(row).inserted else { continue }
      drawLabel(rule.label, row: row)
    }
  }

  private mutating func drawRule(_ rule: ChartRule, _ scale: ChartScale) {
    guard let row = scale.row(rule.value) else { return }
    let width = canvas.width - gutter
    let glyph = rule.isLimit ? marks.limit : marks.centre
    guard let line = ChartCanvas.plainScalar(glyph) else {
      let text = rule.isLimit ? marks.limitLine(width: width) : String(repeating: marks.centre, count: width)
      canvas.write(text, column: 0, row: row, style: ChartGlyphs.ruleStyle, layer: .rule)
      return
    }
    // The cells of `limitLine(width:)` (or a solid line), set without making the string.
    let sparse = rule.isLimit && marks.limitIsSparse
    for column in 0..<max(0, width) {
      let scalar: Unicode.Scalar = sparse && column % 2 == 1 ? " " : line
      canvas.set(plain: scalar, column: column, row: row, style: ChartGlyphs.ruleStyle, layer: .rule)
    }
  }

  /// Puts a rule's label in the gutter; without one, at the right end of its line, or at the
  /// left end when that hides fewer points (points stay on top either way).
  private mutating func drawLabel(_ label: String, row: Int) {
    if gutter > 0 {
      let text = " " + label.prefix(gutter - 1)
      canvas.write(text, column: canvas.width - gutter, row: row, style: ChartGlyphs.ruleStyle, layer: .label)
      return
    }
    let text = String(label.prefix(canvas.width))
    let length = text.count
    let candidates = [canvas.width - length, 0]
    let hidden = candidates.map { start in
      (start..<start + length).filter { (canvas.layer(column: $0, row: row) ?? .rule) >= .priorMarker }.count
    }
    let start = hidden[1] < hidden[0] ? candidates[1] : candidates[0]
    canvas.write(text, column: start, row: row, style: ChartGlyphs.ruleStyle, layer: .label)
  }

  /// Joins consecutive present values; a missing value breaks the line. In ASCII only this
  /// year's points are joined (with dots): two dotted lines would not tell apart.
  private mutating func drawLine(
    _ values: [Double?], _ scale: ChartScale, style: Style, layer: ChartCanvas.Layer, dotted: Bool
  ) {
    guard values.count > 1 else { return }
    for i in 1..<values.count {
      guard let a = values[i - 1].flatMap(scale.dot), let b = values[i].flatMap(scale.dot) else { continue }
      let from = ChartLayout.centre(of: i - 1, cell: cell)
      let to = ChartLayout.centre(of: i, cell: cell)
      if marks.usesBraille {
        canvas.line(from: (from * 2 + 1, a), to: (to * 2, b), style: style, layer: layer, dotted: dotted)
      } else if layer == .currentLine {
        for column in (from + 1)..<max(from + 1, to) {
          let t = Double(column - from) / Double(to - from)
          let dot = Double(a) + (Double(b) - Double(a)) * t
          let row = Int(dot.rounded()) / ChartScale.dotsPerRow
          canvas.set(marks.asciiConnector, column: column, row: row, style: style, layer: layer)
        }
      }
    }
  }
}
