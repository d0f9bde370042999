import WBRModel

/// The anomaly walk (`n`, `N` on the deck and in the drill-down): selects the next (or
/// previous) metric with a signal, wrapping around with a note in the footer.
enum AnomalyWalk {
  static func step(_ s: inout AppState, forward: Bool) {
    let rows = s.deckList.rows
    let metrics = s.content.analysis.metrics
    let isAnomaly = { (i: Int) in metrics.indices.contains(rows[i]) && metrics[rows[i]].isAnomaly }
    guard rows.indices.contains(where: isAnomaly) else {
      s.message = StatusMessage(kind: .info, text: "No anomalies in this list")
      return
    }
    let start = s.deckList.selected
    var i = start
    var wrapped = false
    repeat {
      i += forward ? 1 : -1
      if i >= rows.count || i < 0 {
        i = forward ? 0 : rows.count - 1
        wrapped = true
      }
    } while !isAnomaly(i) && i != start
    if wrapped {
      s.message = StatusMessage(
        kind: .info, text: forward ? "Back to the first anomaly" : "Back to the last anomaly")
    }
    s.deckList.move(by: i - s.deckList.selected, visibleRows: MeetingLayout.listRows(for: s.size))
    if let metric = s.deckList.selectedMetric { s.deckList.visited.insert(metric) }
    if case .drillDown = s.screen, let metric = s.deckList.selectedMetric {
      s.screen = .drillDown(metric: metric)
      s.drillDownScroll = 0
    }
  }
}
