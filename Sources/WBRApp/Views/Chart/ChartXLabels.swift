/// The x labels of a chart panel ("wk 42" … "wk 47", "Dec" … "Nov"), thinned when the cells
/// are too narrow to label every one: every second (third…) label is kept, counting back from
/// the latest, so the current week and the latest month are always labelled.
enum ChartXLabels {
  /// Draws `labels` (one per cell, oldest first) centred under their cells, within columns
  /// `x..<end`; the latest one bold.
  static func draw(_ labels: [String], into buffer: inout ScreenBuffer, x: Int, end: Int, y: Int, cell: Int) {
    guard cell > 0, !labels.isEmpty else { return }
    for stride in 1...labels.count {
      guard let starts = placement(labels, x: x, end: end, cell: cell, stride: stride) else { continue }
      for (i, start) in starts {
        let style: Style = i == labels.count - 1 ? .bold : .muted
        buffer.put(labels[i], at: start, y: y, style: style, maxWidth: labels[i].displayWidth)
      }
      return
    }
  }

  /// Where each kept label starts, or nil when two would touch at this stride.
  private static func placement(
    _ labels: [String], x: Int, end: Int, cell: Int, stride: Int
  ) -> [(index: Int, start: Int)]? {
    var nextFree = end
    var starts: [(Int, Int)] = []
    for i in labels.indices.reversed() where (labels.count - 1 - i) % stride == 0 {
      let width = labels[i].displayWidth
      let centre = x + ChartLayout.centre(of: i, cell: cell)
      let start = max(x, min(centre - (width - 1) / 2, end - width))
      guard start + width <= nextFree else { return nil }
      starts.append((i, start))
      nextFree = start - 1
    }
    return starts
  }
}
