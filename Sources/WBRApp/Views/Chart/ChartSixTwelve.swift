import WBRModel

/// Draws a metric's "6-12" chart in text: the last six weeks and the trailing twelve months,
/// this year against the prior year, with target markers and, on the weekly part, the XmR
/// centre line and natural process limits.
///
/// A pure function of its fields: the same values always draw the same cells, so the chart is
/// tested with golden screens. Missing values are gaps (no point, and the line breaks), never
/// zeros.
struct SixTwelveChart: Sendable {
  var data: SixTwelve
  var limits: XmRLimits?
  var format: ValueFormat
  var calendar: FiscalCalendar
  var glyphs: Glyphs
  /// The style of the current week's point when it fired a signal (bad or good news); nil for
  /// the usual this-year style.
  var currentWeekStyle: Style?

  /// Draws the chart into `rect` of `buffer`; a rectangle too small for it gets a one-line note.
  func render(into buffer: inout ScreenBuffer, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let marks = ChartGlyphs(glyphs)
    let plotRows = max(2, rect.height - 3)
    let rules = self.rules
    let weekScale = ChartScale(covering: weeklyValues(rules), rows: plotRows)
    let monthScale = ChartScale(covering: monthlyValues, rows: plotRows)
    let leftTicks = ChartTicks(scale: weekScale, format: format, ascii: glyphs.isASCII)
    let rightTicks = ChartTicks(scale: monthScale, format: format, ascii: glyphs.isASCII)
    let gutter = rules.isEmpty ? 0 : (rules.map(\.label.count).max() ?? 0) + 1
    guard
      let layout = ChartLayout(
        rect: rect, leftLabels: leftTicks.width, rightLabels: rightTicks.width, gutter: gutter)
    else {
      let note = "Chart needs \(minimumSize(leftTicks, rightTicks)); enlarge the terminal"
      buffer.put(
        note.truncated(toWidth: rect.width, ascii: glyphs.isASCII), at: rect.x, y: rect.y, style: .muted)
      return
    }
    drawTitles(&buffer, layout)
    drawAxes(&buffer, layout, marks, leftTicks, rightTicks)
    let weeks = data.weeks.enumerated().map { i, w in
      ChartPoint(
        current: w.current, prior: w.priorYear, target: w.target,
        currentStyle: i == data.weeks.count - 1 ? currentWeekStyle : nil)
    }
    let months = data.months.map { ChartPoint(current: $0.current, prior: $0.priorYear, target: $0.target) }
    var weekPanel = ChartPanel(
      points: weeks, cell: layout.weekCell, rows: layout.plotRows, marks: marks, gutter: layout.gutter)
    if let weekScale {
      weekPanel.plot(scale: weekScale, rules: rules)
    } else {
      weekPanel.note("no weekly data")
    }
    weekPanel.canvas.draw(into: &buffer, x: layout.weekX, y: layout.plotTop)
    var monthPanel = ChartPanel(points: months, cell: layout.monthCell, rows: layout.plotRows, marks: marks)
    if let monthScale {
      monthPanel.plot(scale: monthScale, rules: [])
    } else {
      monthPanel.note("no monthly data")
    }
    monthPanel.canvas.draw(into: &buffer, x: layout.monthX, y: layout.plotTop)
    drawXLabels(&buffer, layout)
    ChartLegend(marks: marks, hasTarget: hasTarget, hasLimits: limits != nil)
      .draw(into: &buffer, x: rect.x, y: layout.legendRow, width: rect.width)
  }

  /// Every value the weekly scale must show: both years, targets and the XmR lines (`rules`).
  func weeklyValues(_ rules: [ChartRule]) -> [Double] {
    data.weeks.flatMap { [$0.current, $0.priorYear, $0.target].compactMap { $0 } } + rules.map(\.value)
  }

  var monthlyValues: [Double] {
    data.months.flatMap { [$0.current, $0.priorYear, $0.target].compactMap { $0 } }
  }

  var hasTarget: Bool {
    data.weeks.contains { $0.target != nil } || data.months.contains { $0.target != nil }
  }

  /// The XmR lines of the weekly panel, limits first so they keep their labels when rows clash.
  var rules: [ChartRule] {
    guard let limits else { return [] }
    let refined = format.refined
    func text(_ v: Double) -> String { refined.format(v, ascii: glyphs.isASCII) }
    return [
      ChartRule(
        value: limits.upperNaturalLimit, label: "UNPL " + text(limits.upperNaturalLimit), isLimit: true),
      ChartRule(
        value: limits.lowerNaturalLimit, label: "LNPL " + text(limits.lowerNaturalLimit), isLimit: true),
      ChartRule(value: limits.centre, label: "CL " + text(limits.centre), isLimit: false),
    ]
  }

  private func minimumSize(_ left: ChartTicks, _ right: ChartTicks) -> String {
    let width = left.width + right.width + 3 + ChartLayout.minimumCell * 18
    return "\(width)\(glyphs.times)\(ChartLayout.minimumHeight)"
  }

  private func drawTitles(_ buffer: inout ScreenBuffer, _ layout: ChartLayout) {
    let first = data.months.first?.month
    let last = data.months.last?.month
    var monthTitle = "Last 12 months"
    if let first, let last {
      let range = "\(monthTitle) (\(first.shortName) \(first.year) \(dash) \(last.shortName) \(last.year))"
      if range.count <= layout.monthPanelWidth { monthTitle = range }
    }
    buffer.put(
      "Last 6 weeks", at: layout.weekX, y: layout.titleRow, style: .heading, maxWidth: layout.weekPanelWidth)
    buffer.put(
      monthTitle, at: layout.monthX, y: layout.titleRow, style: .heading, maxWidth: layout.monthPanelWidth)
  }

  private var dash: String { glyphs.isASCII ? "-" : "\u{2013}" }

  private func drawAxes(
    _ buffer: inout ScreenBuffer, _ layout: ChartLayout, _ marks: ChartGlyphs, _ left: ChartTicks,
    _ right: ChartTicks
  ) {
    let style = ChartGlyphs.axisStyle
    buffer.verticalLine(
      x: layout.leftAxisX, y: layout.plotTop, height: layout.plotRows, glyph: marks.axis, style: style)
    buffer.verticalLine(
      x: layout.separatorX, y: layout.titleRow, height: layout.plotRows + 2, glyph: marks.separator,
      style: style)
    buffer.verticalLine(
      x: layout.rightAxisX, y: layout.plotTop, height: layout.plotRows, glyph: marks.axis, style: style)
    for tick in left.ticks {
      let y = layout.plotTop + tick.row
      buffer.put(String(marks.leftTick), at: layout.leftAxisX, y: y, style: style)
      let x = layout.leftAxisX - tick.label.displayWidth
      buffer.put(tick.label, at: x, y: y, style: style)
    }
    for tick in right.ticks {
      let y = layout.plotTop + tick.row
      buffer.put(String(marks.rightTick), at: layout.rightAxisX, y: y, style: style)
      buffer.put(tick.label, at: layout.rightLabelX, y: y, style: style)
    }
  }

  private func drawXLabels(_ buffer: inout ScreenBuffer, _ layout: ChartLayout) {
    let weekLabels = data.weeks.map { calendar.weekLabel($0.weekEnding) }
    let monthLabels = data.months.map(\.month.shortName)
    ChartXLabels.draw(
      weekLabels, into: &buffer, x: layout.weekX, end: layout.separatorX, y: layout.xLabelRow,
      cell: layout.weekCell)
    ChartXLabels.draw(
      monthLabels, into: &buffer, x: layout.monthX, end: layout.right, y: layout.xLabelRow,
      cell: layout.monthCell)
  }
}

/// One column of a chart panel: this year, the prior year and the target (nil = missing).
struct ChartPoint: Sendable, Equatable {
  var current: Double?
  var prior: Double?
  var target: Double?
  /// Overrides the this-year style (the current week when it fired a signal).
  var currentStyle: Style?
}

/// A labelled horizontal line across the weekly panel (a natural process limit or the centre).
struct ChartRule: Sendable, Equatable {
  var value: Double
  var label: String
  /// Dashed limit (UNPL, LNPL) rather than the solid centre line.
  var isLimit: Bool
}
