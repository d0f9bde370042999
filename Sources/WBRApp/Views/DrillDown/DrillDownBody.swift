import WBRModel

/// The drill-down's body laid out at a width, as one tall buffer that the view scrolls.
///
/// Order: the signals (why we are here), the 6-12 chart sized to leave the summary box on the
/// first screen, the summary box, what the meeting recorded, what the metric is, and the values
/// table. From `sideBySideWidth` columns up the summary box and the text sit side by side.
struct DrillDownBody: Sendable {
  var context: DrillDownContext
  var width: Int
  /// Rows of the screen the body is shown in (the chart is sized to it).
  var viewport: Int

  /// Below this the chart would be too coarse to read; the body scrolls instead.
  static let minimumChartHeight = 10
  /// A chart this tall or taller is worth a body that fits without scrolling.
  static let comfortableChartHeight = 16
  /// Widest the text column beside the summary box needs to be for side-by-side layout.
  static let sideBySideWidth = 110

  /// The body's blocks in order, the chart's height settled: what its height depends on,
  /// without drawing anything. nil when the metric does not exist.
  private struct Layout {
    var blocks: [Block]
    var data: SixTwelve
    var calendar: FiscalCalendar
    var analysis: MetricAnalysis

    /// Rows of the whole body: the blocks with one blank row between them.
    var height: Int { blocks.reduce(0) { $0 + $1.height } + blocks.count - 1 }
  }

  private var layout: Layout? {
    guard width > 0, let metric = context.shownMetric, let analysis = context.metricAnalysis else {
      return nil
    }
    let text = DrillDownText(context: context)
    let ascii = context.glyphs.isASCII
    let summary = DrillDownSummary(metric: metric, analysis: analysis, ascii: ascii)
    let signals = text.signalLines(width: width)
    let record = text.recordLines(width: width)
    let sideBySide = width >= DrillDownBody.sideBySideWidth
    let calendar = FiscalCalendar(deck: context.deck)
    let data = SixTwelve(metric: metric, in: context.deck)
    let table = DrillDownValuesTable(
      chart: data, calendar: calendar, analysis: analysis, metric: metric, glyphs: context.glyphs)

    var blocks: [Block] = [.lines(signals), .chart(0)]
    if sideBySide {
      let side = width - summary.width - 4
      var right: [StyledLine] = []
      if let lines = text.recordLines(width: side) { right += [rule("In the record", side)] + lines }
      right += [rule("About", side)] + text.aboutLines(width: side)
      blocks.append(.summaryBeside(summary, right))
    } else {
      blocks.append(.summary(summary))
      if let record { blocks.append(.lines([rule("In the record", width)] + record)) }
      blocks.append(.lines([rule("About", width)] + text.aboutLines(width: width)))
    }
    blocks.append(.lines([rule("Values", width)] + table.lines(width: width)))
    blocks[1] = .chart(chartHeight(blocks))
    return Layout(blocks: blocks, data: data, calendar: calendar, analysis: analysis)
  }

  /// Rows of the whole body (0 when the metric does not exist), without drawing it: what the
  /// update function clamps scrolling with (`DrillDownLayout`). Equal to `buffer.height`.
  var height: Int { layout?.height ?? 0 }

  /// The whole body. Empty (zero rows) when the metric does not exist.
  var buffer: ScreenBuffer {
    guard let layout else { return ScreenBuffer(width: max(0, width), height: 0) }
    let ascii = context.glyphs.isASCII
    let analysis = layout.analysis
    var out = ScreenBuffer(width: width, height: layout.height)
    var y = 0
    for block in layout.blocks {
      switch block {
      case .lines(let lines):
        for (i, line) in lines.enumerated() {
          line.draw(into: &out, x: 0, y: y + i, width: width, ascii: ascii)
        }
      case .chart(let h):
        let style = analysis.signals.first.map { DrillDownBody.pointStyle($0.direction) }
        SixTwelveChart(
          data: layout.data, limits: analysis.xmr, format: analysis.format, calendar: layout.calendar,
          glyphs: context.glyphs,
          currentWeekStyle: style
        ).render(into: &out, in: Rect(x: 0, y: y, width: width, height: h))
      case .summary(let box):
        box.draw(into: &out, x: 0, y: y, width: width)
      case .summaryBeside(let box, let lines):
        box.draw(into: &out, x: 0, y: y, width: box.width)
        let x = box.width + 4
        for (i, line) in lines.enumerated() {
          line.draw(into: &out, x: x, y: y + i, width: width - x, ascii: ascii)
        }
      }
      y += block.height + 1
    }
    return out
  }

  /// The chart's height. When the whole body fits with a chart of `comfortableChartHeight`
  /// rows or more, it takes what is left (up to 60 % of the viewport) and nothing scrolls;
  /// otherwise it is sized so the signals, the chart and the summary box fill the first screen,
  /// but never below `minimumChartHeight`.
  private func chartHeight(_ blocks: [Block]) -> Int {
    let gaps = blocks.count - 1
    let others = blocks.enumerated().reduce(0) { $0 + ($1.offset == 1 ? 0 : $1.element.height) }
    let everything = viewport - others - gaps
    let cap = viewport * 3 / 5
    if everything >= DrillDownBody.comfortableChartHeight {
      return min(everything, max(cap, DrillDownBody.comfortableChartHeight))
    }
    let firstScreen = viewport - blocks[0].height - 1 - (blocks.count > 2 ? blocks[2].height + 1 : 0)
    return max(DrillDownBody.minimumChartHeight, min(firstScreen, cap))
  }

  /// A section heading across the width: "─ About ──────".
  private func rule(_ title: String, _ width: Int) -> StyledLine {
    let h = String(context.glyphs.horizontal)
    let rest = max(0, width - title.displayWidth - 3)
    return StyledLine(
      [(h + " ", .muted), (title, .heading), (" ", .muted)], run: (context.glyphs.horizontal, rest))
  }

  /// The current week's point takes the colour of its strongest signal's news.
  static func pointStyle(_ direction: Direction) -> Style {
    switch direction {
    case .good: return Style(.good, .bold)
    case .bad: return Style(.bad, .bold)
    case .neutral: return Style(.warn, .bold)
    }
  }

  private enum Block {
    case lines([StyledLine])
    case chart(Int)
    case summary(DrillDownSummary)
    case summaryBeside(DrillDownSummary, [StyledLine])

    var height: Int {
      switch self {
      case .lines(let lines): return lines.count
      case .chart(let h): return h
      case .summary(let box): return box.height
      case .summaryBeside(let box, let lines): return max(box.height, lines.count)
      }
    }
  }
}
