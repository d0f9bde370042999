import WBRModel

/// How far the meeting has got, the one count the header shows: anomalies walked (opened in
/// the drill-down this session, or recorded) and metrics reviewed (marked reviewed or given an
/// outcome this week).
///
/// Counted from the record's marks and the anomalies, not from every metric, so a frame stays
/// O(marks + anomalies) on a 10,000-metric deck.
struct MeetingProgress: Equatable {
  /// Anomalies opened or recorded, of `anomalies`.
  var walked: Int
  var anomalies: Int
  /// Metrics of the deck marked reviewed or given an outcome, of `metrics`.
  var reviewed: Int
  var metrics: Int

  init(walked: Int, anomalies: Int, reviewed: Int, metrics: Int) {
    self.walked = walked
    self.anomalies = anomalies
    self.reviewed = reviewed
    self.metrics = metrics
  }

  init(_ state: AppState) {
    let week = state.record.thisWeek
    let metrics = state.content.deck.metrics
    let anomalies = state.content.analysis.anomalies
    let visited = state.deckList.visited
    walked = anomalies.reduce(0) { count, i in
      count + (visited.contains(i) || (metrics.indices.contains(i) && week.isReviewed(metrics[i].id)) ? 1 : 0)
    }
    self.anomalies = anomalies.count
    // A journal may mark ids the deck no longer has: only the deck's metrics count.
    let index = state.content.metricIndex
    let marked = week.reviewed.union(week.outcomes.keys)
    reviewed = marked.reduce(0) { $0 + (index[$1] != nil ? 1 : 0) }
    self.metrics = metrics.count
  }
}
