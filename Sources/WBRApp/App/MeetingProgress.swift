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

  /// - Complexity: O(marks + walked anomalies): the header draws it every frame, so it never
  ///   looks at every anomaly (thousands on a large deck) or hashes their ids.
  init(_ state: AppState) {
    let week = state.meeting.thisWeek
    let metrics = state.content.analysis.metrics
    let isAnomaly = { (i: Int) in metrics.indices.contains(i) && metrics[i].isAnomaly }
    let visited = state.deckList.visited
    // A journal may mark ids the deck no longer has: only the deck's metrics count.
    let index = state.content.metricIndex
    let marked = week.reviewed.union(week.outcomes.keys).compactMap { index[$0] }
    // Walked: anomalies opened or walked to this session, and those marked (once each).
    walked =
      visited.reduce(0) { $0 + (isAnomaly($1) ? 1 : 0) }
      + marked.reduce(0) { $0 + (isAnomaly($1) && !visited.contains($1) ? 1 : 0) }
    anomalies = state.content.analysis.anomalies.count
    reviewed = marked.count
    self.metrics = state.content.deck.metrics.count
  }
}
