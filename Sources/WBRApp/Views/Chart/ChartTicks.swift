import WBRModel

/// The labelled ticks of one chart axis, in the metric's own display format ("97.0%", "$1.2M").
///
/// Ticks start with no decimals and are refined a digit at a time while two of them would read
/// the same (ticks 0.5 % apart on a "##.1%" metric read "96.5%", "97.0%").
struct ChartTicks: Sendable, Equatable {
  struct Tick: Sendable, Equatable {
    /// Row from the top of the plot.
    var row: Int
    var label: String
  }

  var ticks: [Tick]

  /// A fixed format with no decimals ("$45M" for "$45.00M"): ticks are round numbers, and
  /// narrow axes leave the plot more room; refined again when two ticks would read the same.
  static func coarsest(_ format: ValueFormat) -> ValueFormat {
    guard case .fixed(_, let scale) = format.style else { return format }
    return ValueFormat(style: .fixed(decimals: 0, scale: scale), prefix: format.prefix)
  }

  /// Width of the widest label (1 when there is none, to keep the axis off the edge).
  var width: Int { max(1, ticks.map(\.label.displayWidth).max() ?? 1) }

  init(scale: ChartScale?, format: ValueFormat, ascii: Bool) {
    guard let scale else {
      ticks = []
      return
    }
    let values = scale.ticks
    var current = ChartTicks.coarsest(format)
    var labels = values.map { current.format($0, ascii: ascii) }
    for _ in 0..<5 where Set(labels).count < labels.count {
      current = current.refined
      labels = values.map { current.format($0, ascii: ascii) }
    }
    var seenRows = Set<Int>()
    var result: [Tick] = []
    for (value, label) in zip(values, labels).reversed() {
      guard let row = scale.row(value), seenRows.insert(row).inserted else { continue }
      result.append(Tick(row: row, label: label))
    }
    ticks = result
  }
}
