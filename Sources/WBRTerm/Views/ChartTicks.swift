import WBRModel

/// The labelled ticks of one chart axis, in the metric's own display format ("97.0%", "$1.2M").
///
/// When the format is too coarse to tell two ticks apart (ticks 0.5 % apart on a "##%" metric),
/// it is refined a digit at a time, so no two ticks ever read the same.
struct ChartTicks: Sendable, Equatable {
  struct Tick: Sendable, Equatable {
    /// Row from the top of the plot.
    var row: Int
    var label: String
  }

  var ticks: [Tick]

  /// Width of the widest label (1 when there is none, to keep the axis off the edge).
  var width: Int { max(1, ticks.map(\.label.displayWidth).max() ?? 1) }

  init(scale: ChartScale?, format: ValueFormat, ascii: Bool) {
    guard let scale else {
      ticks = []
      return
    }
    let values = scale.ticks
    var current = format
    var labels = values.map { current.format($0, ascii: ascii) }
    for _ in 0..<3 where Set(labels).count < labels.count {
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
