import WBRModel

/// The anomaly walk (`n`, `N` on the deck and in the drill-down): selects the next (or
/// previous) metric with a signal or an owner's prepared outcome waiting for the lead,
/// wrapping around with a note in the footer.
enum AnomalyWalk {
  static func step(_ s: inout AppState, forward: Bool) {
    let rows = s.deckList.rows
    let metrics = s.content.analysis.metrics
    let prepared = Set(
      s.meeting.record.pendingPrepared(in: s.meeting.week).compactMap { entry -> String? in
        if case .outcome(let metric) = entry.subject { return metric }
        return nil
      })
    let deck = s.content.deck.metrics
    let isAnomaly = { (i: Int) in
      metrics.indices.contains(rows[i])
        && (metrics[rows[i]].isAnomaly
          || (deck.indices.contains(rows[i]) && prepared.contains(deck[rows[i]].id)))
    }
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

extension AnomalyWalk {
  /// `m`: selects the next row in screen order whose metric is neither reviewed nor given an
  /// outcome this week, wrapping around; says so when every metric in the list is marked.
  static func nextUnmarked(_ s: inout AppState) {
    let rows = s.deckList.rows
    let metrics = s.content.deck.metrics
    let week = s.meeting.thisWeek
    let isUnmarked = { (i: Int) in
      metrics.indices.contains(rows[i]) && !week.isReviewed(metrics[rows[i]].id)
    }
    guard !rows.isEmpty else { return }
    let start = s.deckList.selected
    guard let offset = (1...rows.count).first(where: { isUnmarked((start + $0) % rows.count) }) else {
      s.message = StatusMessage(kind: .info, text: "Every metric in this list is marked")
      return
    }
    select(&s, row: (start + offset) % rows.count)
  }

  /// Space's "move on": the next row, or stays on the last one.
  static func advance(_ s: inout AppState) {
    guard s.deckList.selected + 1 < s.deckList.rows.count else { return }
    select(&s, row: s.deckList.selected + 1)
  }

  /// Selects `row` of the list; in the drill-down, shows its metric.
  private static func select(_ s: inout AppState, row: Int) {
    s.deckList.move(by: row - s.deckList.selected, visibleRows: MeetingLayout.listRows(for: s.size))
    if case .drillDown = s.screen, let metric = s.deckList.selectedMetric {
      s.screen = .drillDown(metric: metric)
      s.drillDownScroll = 0
    }
  }
}

extension AnomalyWalk {
  /// An outcome saved on the selected anomaly: the lead's next thing is the next anomaly
  /// without an outcome, in screen order (wrapping), so it is selected (in the drill-down,
  /// opened). With none left the selection stays and the footer says the saved outcome.
  static func afterOutcome(_ s: inout AppState, on metricID: String) {
    let rows = s.deckList.rows
    let metrics = s.content.deck.metrics
    let analysis = s.content.analysis.metrics
    guard let current = s.deckList.selectedMetric, metrics.indices.contains(current),
      metrics[current].id == metricID, !rows.isEmpty
    else { return }
    let outcomes = s.meeting.thisWeek.outcomes
    let isOpen = { (i: Int) in
      analysis.indices.contains(rows[i]) && analysis[rows[i]].isAnomaly
        && metrics.indices.contains(rows[i]) && outcomes[metrics[rows[i]].id] == nil
    }
    let start = s.deckList.selected
    guard let offset = (1..<rows.count + 1).first(where: { isOpen((start + $0) % rows.count) }) else {
      return
    }
    let row = (start + offset) % rows.count
    s.deckList.move(by: row - start, visibleRows: MeetingLayout.listRows(for: s.size))
    if case .drillDown = s.screen, let metric = s.deckList.selectedMetric {
      s.screen = .drillDown(metric: metric)
      s.drillDownScroll = 0
    }
  }
}
