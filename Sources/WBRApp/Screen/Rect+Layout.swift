/// How much of a row or column split one part gets (see `Rect.rows(_:)`, `Rect.columns(_:)`).
enum Constraint: Sendable, Hashable {
  /// Exactly `n` cells.
  case fixed(Int)
  /// This percentage of the whole (rounded down).
  case percent(Int)
  /// At least `n` cells, plus a share of what is left, like `fill(1)`.
  case min(Int)
  /// A share of what is left after the other parts, in proportion to the weight.
  case fill(Int)
}

extension Rect {
  /// Splits this rectangle top to bottom, like ratatui's vertical `Layout`.
  ///
  /// Fixed, percent and minimum sizes are granted first, in order; when they do not all fit,
  /// the last ones shrink (to nothing if need be), so a tiny terminal never crashes a layout.
  /// What is left goes to `fill` and `min` parts by weight; rounding leftovers go to the
  /// first of them. With no flexible part the space after the last part stays unused.
  /// - Complexity: O(n) in the number of constraints.
  func rows(_ constraints: [Constraint]) -> [Rect] {
    var top = y
    return Rect.sizes(constraints, total: height).map { h in
      defer { top += h }
      return Rect(x: x, y: top, width: width, height: h)
    }
  }

  /// Splits this rectangle left to right; same rules as `rows(_:)`.
  func columns(_ constraints: [Constraint]) -> [Rect] {
    var left = x
    return Rect.sizes(constraints, total: width).map { w in
      defer { left += w }
      return Rect(x: left, y: y, width: w, height: height)
    }
  }

  static func sizes(_ constraints: [Constraint], total: Int) -> [Int] {
    var sizes = constraints.map { c -> Int in
      switch c {
      case .fixed(let n), .min(let n): return Swift.max(0, n)
      case .percent(let p): return Swift.max(0, total * p / 100)
      case .fill: return 0
      }
    }
    var excess = sizes.reduce(0, +) - total
    var index = sizes.count - 1
    while excess > 0, index >= 0 {
      let cut = Swift.min(excess, sizes[index])
      sizes[index] -= cut
      excess -= cut
      index -= 1
    }
    let weights = constraints.map { c -> Int in
      switch c {
      case .fill(let w): return Swift.max(0, w)
      case .min: return 1
      case .fixed, .percent: return 0
      }
    }
    let totalWeight = weights.reduce(0, +)
    let spare = total - sizes.reduce(0, +)
    guard totalWeight > 0, spare > 0 else { return sizes }
    var given = 0
    for i in sizes.indices where weights[i] > 0 {
      let share = spare * weights[i] / totalWeight
      sizes[i] += share
      given += share
    }
    for i in sizes.indices where weights[i] > 0 && given < spare {
      sizes[i] += 1
      given += 1
    }
    return sizes
  }
}
