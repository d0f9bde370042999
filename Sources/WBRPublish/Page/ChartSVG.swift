import WBRModel

/// A metric's "6-12" chart as inline SVG: the last six weeks (left, with the XmR centre line
/// and natural process limits) and the trailing twelve months (right), this year against the
/// prior year, with targets.
///
/// Drawn from `SixTwelve` and the analysis' `XmRLimits` as they are (nothing recomputed).
/// Missing values are gaps, never zeros. Every mark has its own shape (filled dot this year,
/// hollow dot and dashes the prior year, a bar the target, dashes the limits), so the chart
/// reads in black and white; the current week's dot takes the colour of its strongest
/// signal's news.
struct ChartSVG {
  var data: SixTwelve
  var limits: XmRLimits?
  var format: ValueFormat
  var calendar: FiscalCalendar
  /// The strongest signal's direction, for the current week's dot.
  var signal: Direction?
  /// For the chart's accessible name.
  var name: String

  static let plotTop = 28.0
  static let plotBottom = 200.0
  /// Each panel is its own 360 × 236 SVG, so that on a narrow screen the months go under
  /// the weeks instead of both shrinking to an unreadable size.
  static let weekPanel = (left: 62.0, right: 272.0)
  static let monthPanel = (left: 10.0, right: 296.0)

  func write(_ html: inout HTMLWriter) {
    let rules = limits.map(lines) ?? []
    let weekValues =
      data.weeks.flatMap { [$0.current, $0.priorYear, $0.target].compactMap { $0 } } + rules.map(\.value)
    let monthValues = data.months.flatMap { [$0.current, $0.priorYear, $0.target].compactMap { $0 } }
    let weekPoints = data.weeks.map { (current: $0.current, prior: $0.priorYear, target: $0.target) }
    let monthPoints = data.months.map { (current: $0.current, prior: $0.priorYear, target: $0.target) }
    var monthTitle = "Last 12 months"
    if let first = data.months.first?.month, let last = data.months.last?.month {
      monthTitle += " (\(first.shortName) \(first.year) \u{2013} \(last.shortName) \(last.year))"
    }
    html.element(.div, [.class("charts")]) { html in
      html.element(
        .svg,
        [
          .class("chart weeks"), .constant("viewBox", "0 0 360 236"), .constant("role", "img"),
          .text("aria-label", "Last 6 weeks of " + name),
        ]
      ) { svg in
        title("Last 6 weeks", x: ChartSVG.weekPanel.left, &svg)
        panel(
          &svg, points: weekPoints, values: weekValues, x: ChartSVG.weekPanel, rules: rules,
          labels: data.weeks.map { calendar.weekLabel($0.weekEnding) }, ticksOnLeft: true,
          empty: "no weekly data")
      }
      html.element(
        .svg,
        [
          .class("chart months"), .constant("viewBox", "0 0 360 236"), .constant("role", "img"),
          .text("aria-label", monthTitle + " of " + name),
        ]
      ) { svg in
        title(monthTitle, x: ChartSVG.monthPanel.left, &svg)
        panel(
          &svg, points: monthPoints, values: monthValues, x: ChartSVG.monthPanel, rules: [],
          labels: data.months.map(\.month.shortName), ticksOnLeft: false, empty: "no monthly data")
      }
    }
  }

  private func title(_ text: String, x: Double, _ svg: inout HTMLWriter) {
    svg.element(.svgText, [.class("title"), .number("x", x), .number("y", 14)]) { $0.text(text) }
  }

  /// UNPL, LNPL and CL, with their labels.
  private func lines(_ x: XmRLimits) -> [(value: Double, label: String, dashed: Bool)] {
    let f = format.refined
    return [
      (x.upperNaturalLimit, "UNPL " + f.format(x.upperNaturalLimit), true),
      (x.centre, "CL " + f.format(x.centre), false),
      (x.lowerNaturalLimit, "LNPL " + f.format(x.lowerNaturalLimit), true),
    ]
  }

  private typealias Point = (current: Double?, prior: Double?, target: Double?)

  private func panel(
    _ svg: inout HTMLWriter, points: [Point], values: [Double], x: (left: Double, right: Double),
    rules: [(value: Double, label: String, dashed: Bool)], labels: [String], ticksOnLeft: Bool, empty: String
  ) {
    let top = ChartSVG.plotTop
    let bottom = ChartSVG.plotBottom
    // Styles are classes of the page's style sheet: a 1,000-metric page stays small.
    svg.empty(
      .rect,
      [
        .class("frame"), .number("x", x.left), .number("y", top), .number("width", x.right - x.left),
        .number("height", bottom - top),
      ])
    let cell = (x.right - x.left) / Double(max(1, points.count))
    let xs = points.indices.map { x.left + (Double($0) + 0.5) * cell }
    for (i, label) in labels.enumerated() where i < xs.count {
      svg.element(.svgText, [.class("m"), .number("x", xs[i]), .number("y", bottom + 14)]) { $0.text(label) }
    }
    guard let scale = SVGScale(covering: values, yTop: top + 6, yBottom: bottom - 6) else {
      svg.element(
        .svgText, [.class("m"), .number("x", (x.left + x.right) / 2), .number("y", (top + bottom) / 2)]
      ) {
        $0.text(empty)
      }
      return
    }
    for tick in scale.ticks {
      let y = scale.y(tick)
      svg.empty(
        .line,
        [.class("grid"), .number("x1", x.left), .number("x2", x.right), .number("y1", y), .number("y2", y)])
      svg.element(
        .svgText,
        [
          ticksOnLeft ? .class("e") : .class("s"), .number("x", ticksOnLeft ? x.left - 4 : x.right + 4),
          .number("y", y + 3.5),
        ]
      ) { $0.text(format.format(tick)) }
    }
    for rule in rules {
      let y = scale.y(rule.value)
      svg.empty(
        .line,
        [
          rule.dashed ? .class("limit") : .class("centre"), .number("x1", x.left), .number("x2", x.right),
          .number("y1", y), .number("y2", y),
        ])
      svg.element(.svgText, [.number("x", x.right + 4), .number("y", y + 3.5)]) { $0.text(rule.label) }
    }
    series(&svg, xs: xs, values: points.map(\.prior), scale: scale, prior: true)
    series(&svg, xs: xs, values: points.map(\.current), scale: scale, prior: false)
    for (i, point) in points.enumerated() {
      guard let t = point.target, t.isFinite else { continue }
      let y = scale.y(t)
      svg.empty(
        .line,
        [
          .class("target"), .number("x1", xs[i] - cell * 0.3), .number("x2", xs[i] + cell * 0.3),
          .number("y1", y),
          .number("y2", y),
        ])
    }
    if ticksOnLeft, let last = points.last?.current, last.isFinite, let lastX = xs.last, let signal {
      let ring: HTMLAttribute =
        signal == .bad ? .class("ring bad") : signal == .good ? .class("ring good") : .class("ring warn")
      svg.empty(.circle, [ring, .number("cx", lastX), .number("cy", scale.y(last)), .number("r", 7)])
    }
  }

  /// One year's line, broken at missing values, with a dot on each value.
  private func series(_ svg: inout HTMLWriter, xs: [Double], values: [Double?], scale: SVGScale, prior: Bool)
  {
    let style: HTMLAttribute = prior ? .class("prior") : .class("this")
    var run: [(x: Double, y: Double)] = []
    func flush(_ svg: inout HTMLWriter) {
      if run.count > 1 { svg.empty(.polyline, [style, .points(run)]) }
      run = []
    }
    for (i, value) in values.enumerated() {
      guard let value, value.isFinite else {
        flush(&svg)
        continue
      }
      run.append((xs[i], scale.y(value)))
    }
    flush(&svg)
    for (i, value) in values.enumerated() {
      guard let value, value.isFinite else { continue }
      svg.empty(
        .circle,
        [style, .number("cx", xs[i]), .number("cy", scale.y(value)), .number("r", prior ? 2.5 : 3.2)])
    }
  }
}
