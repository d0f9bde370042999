import Foundation

/// The vertical scale of one SVG chart panel: the values' range rounded out to "nice" ticks
/// (1, 2, 2.5 or 5 × 10ⁿ apart), mapped onto the panel's pixel rows.
///
/// Why nice ticks: "the line crossed 130" reads faster than "crossed 131.37", as on the
/// screen's chart; a flat series gets a band around its value so it sits mid-panel.
struct SVGScale: Sendable, Equatable {
  let bottom: Double
  let top: Double
  let step: Double
  /// Pixel rows: `y(top) == yTop`, `y(bottom) == yBottom`.
  let yTop: Double
  let yBottom: Double

  /// Most ticks on a panel.
  static let maxTicks = 5

  /// nil when no value is finite.
  init?(covering values: [Double], yTop: Double, yBottom: Double) {
    var low = Double.infinity
    var high = -Double.infinity
    for v in values where v.isFinite {
      low = min(low, v)
      high = max(high, v)
    }
    guard low.isFinite, high.isFinite else { return nil }
    if high - low <= abs(high) * 1e-12 {
      let pad = high == 0 ? 1 : abs(high) * 0.05
      low -= pad
      high += pad
    }
    var step = SVGScale.niceStep(atLeast: (high - low) / Double(SVGScale.maxTicks - 1))
    var b = (low / step).rounded(.down) * step
    var t = (high / step).rounded(.up) * step
    while ((t - b) / step).rounded() + 1 > Double(SVGScale.maxTicks) {
      step = SVGScale.niceStep(atLeast: step * 1.01)
      b = (low / step).rounded(.down) * step
      t = (high / step).rounded(.up) * step
    }
    guard t > b, step.isFinite, step > 0 else { return nil }
    bottom = b
    top = t
    self.step = step
    self.yTop = yTop
    self.yBottom = yBottom
  }

  /// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `raw`.
  static func niceStep(atLeast raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    let power = pow(10, log10(raw).rounded(.down))
    for factor in [1, 2, 2.5, 5, 10] as [Double] where factor * power >= raw * (1 - 1e-12) {
      return factor * power
    }
    return 10 * power
  }

  /// Tick values, bottom first.
  var ticks: [Double] {
    let count = Int(((top - bottom) / step).rounded())
    return (0...max(0, min(count, 20))).map { bottom + Double($0) * step }
  }

  /// The pixel row of `value`.
  func y(_ value: Double) -> Double {
    yBottom - (value - bottom) / (top - bottom) * (yBottom - yTop)
  }
}
