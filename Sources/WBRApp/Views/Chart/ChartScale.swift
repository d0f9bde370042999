import Foundation

/// The vertical scale of one chart panel: a value range rounded out to "nice" tick values, and
/// the mapping from a value to a sub-row position on the screen.
///
/// Why nice ticks: a lead reads "the line crossed 130" faster than "crossed 131.37"; rounding the
/// range out to whole steps also puts the top and bottom ticks exactly on the first and last row.
/// Positions are in *dots*, four per row (the vertical resolution of a braille cell), so that
/// markers, braille lines and tick labels all use the same rounding and never disagree by a row.
struct ChartScale: Sendable, Equatable {
  /// Value at the top row.
  let top: Double
  /// Value at the bottom row.
  let bottom: Double
  /// Distance between ticks.
  let step: Double
  /// Rows of the panel.
  let rows: Int

  static let dotsPerRow = 4

  /// A scale covering `values` (non-finite ones ignored) in `rows` rows, with ticks at least two
  /// rows apart and at most eight of them; nil when there is no finite value or no room.
  /// - Complexity: O(n) in the number of values.
  init?(covering values: [Double], rows: Int) {
    let finite = values.filter(\.isFinite)
    guard rows >= 2, var low = finite.min(), var high = finite.max() else { return nil }
    if high - low <= abs(high) * 1e-12 {
      // A flat series: give it a band around the value so it sits mid-panel.
      let pad = high == 0 ? 1 : abs(high) * 0.05
      low -= pad
      high += pad
    }
    let maxTicks = max(2, min(8, (rows - 1) / 2 + 1))
    var step = ChartScale.niceStep(atLeast: (high - low) / Double(maxTicks - 1))
    var bottom = (low / step).rounded(.down) * step
    var top = (high / step).rounded(.up) * step
    // Rounding out can add a tick; take the next nice step when it pushes past the budget.
    while ((top - bottom) / step).rounded() + 1 > Double(maxTicks) {
      step = ChartScale.niceStep(atLeast: step * 1.01)
      bottom = (low / step).rounded(.down) * step
      top = (high / step).rounded(.up) * step
    }
    guard top > bottom, step.isFinite, step > 0 else { return nil }
    self.top = top
    self.bottom = bottom
    self.step = step
    self.rows = rows
  }

  /// The smallest of 1, 2, 2.5, 5 × 10ⁿ that is at least `raw`.
  static func niceStep(atLeast raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    let power = pow(10, (log10(raw)).rounded(.down))
    for factor in [1, 2, 2.5, 5, 10] as [Double] where factor * power >= raw * (1 - 1e-12) {
      return factor * power
    }
    return 10 * power
  }

  /// Tick values from bottom to top.
  var ticks: [Double] {
    let count = Int(((top - bottom) / step).rounded())
    return (0...max(0, count)).map { bottom + Double($0) * step }
  }

  /// Dots from the top of the panel (0 = top edge) for `value`, clamped to the panel; nil for
  /// a non-finite value.
  func dot(_ value: Double) -> Int? {
    guard value.isFinite else { return nil }
    let total = rows * ChartScale.dotsPerRow - 1
    let fraction = (top - value) / (top - bottom)
    return min(total, max(0, Int((fraction * Double(total)).rounded())))
  }

  /// The row (0 = top) on which `value` is drawn.
  func row(_ value: Double) -> Int? { dot(value).map { $0 / ChartScale.dotsPerRow } }

  /// Whether `value` lies inside the scale's range (so a line at it is not clamped to an edge).
  func contains(_ value: Double) -> Bool {
    value.isFinite && value <= top + step * 1e-9 && value >= bottom - step * 1e-9
  }
}
