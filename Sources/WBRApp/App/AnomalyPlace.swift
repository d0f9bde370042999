import WBRModel

/// Where a metric is on the anomaly walk the lead is on ("anomaly 2 of 3"): counted in the
/// list on screen, so with an owner chosen or a filter typed it is that list's anomalies, in
/// its order, as `n` walks them. One count for every place that says it (the header, the
/// drill-down's heading, the follower's footer), so they never disagree.
struct AnomalyPlace: Sendable, Equatable {
  /// 1-based.
  var index: Int
  var count: Int
  /// The owner whose metrics the list holds, for "Zoë: anomaly 2 of 3"; nil for the whole deck.
  var owner: String?

  /// "anomaly 2 of 3", without the owner.
  var text: String { "anomaly \(index) of \(count)" }

  /// The anomalies of the list the lead walks, in its order: with an owner, a filter or a
  /// sort, the list's own; else the deck's (the same metrics, without a pass over the rows).
  static func walked(in state: AppState) -> [Int] {
    let list = state.deckList
    let analysis = state.content.analysis
    let narrowed = list.owner != nil || !list.filter.isEmpty || list.sort != .meeting
    guard narrowed else { return analysis.anomalies }
    return list.rows.filter { analysis.metrics.indices.contains($0) && analysis.metrics[$0].isAnomaly }
  }

  /// `metric`'s place on the walk; nil when it is not an anomaly of the list.
  static func of(_ metric: Int, in state: AppState) -> AnomalyPlace? {
    let anomalies = walked(in: state)
    guard let k = anomalies.firstIndex(of: metric) else { return nil }
    return AnomalyPlace(
      index: k + 1, count: anomalies.count,
      owner: state.deckList.owner.map { RecordSummary.ownerName($0, state.content) })
  }
}
