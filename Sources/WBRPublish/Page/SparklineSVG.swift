/// A sparkline as a small inline SVG polyline: the last 6 weekly values, or the YoY change of
/// the last 12 weeks (with a line at zero). Gaps stay gaps. The analysis' own sparkline text
/// (`MetricTexts`) is its accessible name, so a screen reader gets the same shape.
enum SparklineSVG {
  static func write(_ values: [Double?], zeroLine: Bool, label: String, _ html: inout HTMLWriter) {
    let width = 72.0
    let height = 18.0
    html.element(
      .svg,
      [
        .class("spark"), .constant("viewBox", "0 0 72 18"), .constant("role", "img"),
        .text("aria-label", label),
      ]
    ) { svg in
      var finite = values.compactMap { $0 }.filter(\.isFinite)
      if zeroLine { finite.append(0) }
      guard let low = finite.min(), let high = finite.max() else { return }
      let span = high - low
      func y(_ v: Double) -> Double { span > 0 ? height - 2 - (v - low) / span * (height - 4) : height / 2 }
      let step = values.count > 1 ? (width - 4) / Double(values.count - 1) : 0
      if zeroLine {
        svg.empty(
          .line,
          [.class("grid"), .number("x1", 0), .number("x2", width), .number("y1", y(0)), .number("y2", y(0))])
      }
      var run: [(x: Double, y: Double)] = []
      func flush(_ svg: inout HTMLWriter) {
        if run.count == 1, let p = run.first {
          svg.empty(.circle, [.class("this"), .number("cx", p.x), .number("cy", p.y), .number("r", 1.5)])
        } else if run.count > 1 {
          svg.empty(.polyline, [.class("line"), .points(run)])
        }
        run = []
      }
      for (i, value) in values.enumerated() {
        guard let value, value.isFinite else {
          flush(&svg)
          continue
        }
        run.append((2 + Double(i) * step, y(value)))
      }
      flush(&svg)
    }
  }
}
