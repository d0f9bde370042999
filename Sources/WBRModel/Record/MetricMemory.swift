/// What earlier meetings said about one metric: the drill-down's memory and the deck row's
/// repeat mark, so that a metric that signals again is read against last time's words.
public struct MetricMemory: Sendable, Equatable {
  /// One earlier meeting's record of the metric.
  public struct Entry: Sendable, Equatable {
    public var week: Day
    /// The id the metric had then (an earlier id when the deck renamed it).
    public var metricID: String
    public var outcome: MetricOutcome?
    /// Marked reviewed with Space ("nothing to see here").
    public var reviewed: Bool
    /// Commitments linked to the metric agreed in that meeting, with their fate as the
    /// record stands.
    public var commitments: [Commitment]
  }

  /// Earlier meetings that recorded anything about the metric, newest first.
  public var entries: [Entry]
  /// How many meetings in a row, up to the one before this, discussed the metric (gave it an
  /// outcome). Meetings, not calendar weeks: a skipped week does not break the run.
  public var run: Int

  public init(entries: [Entry] = [], run: Int = 0) {
    self.entries = entries
    self.run = run
  }

  public var isEmpty: Bool { entries.isEmpty }
}

extension MeetingRecord {
  /// The memory of the metric known by `ids` (its id first, then its earlier ids) before
  /// meeting `week`.
  /// - Complexity: O(meetings × ids + commitments).
  public func memory(of ids: [String], before week: Day) -> MetricMemory {
    let idSet = Set(ids)
    var linked: [Day: [Commitment]] = [:]
    for c in commitments where c.createdWeek < week {
      if let m = c.metric, idSet.contains(m) { linked[c.createdWeek, default: []].append(c) }
    }
    var entries: [MetricMemory.Entry] = []
    for w in meetingWeeks.reversed() where w < week {
      let record = self.week(w)
      let id = ids.first { record.outcomes[$0] != nil || record.reviewed.contains($0) } ?? ids.first ?? ""
      let outcome = record.outcomes[id]
      let reviewed = record.reviewed.contains(id)
      let items = linked[w] ?? []
      guard outcome != nil || reviewed || !items.isEmpty else { continue }
      entries.append(.init(week: w, metricID: id, outcome: outcome, reviewed: reviewed, commitments: items))
    }
    return MetricMemory(entries: entries, run: discussionRun(of: ids, before: week))
  }

  /// Meetings in a row before `week` that gave the metric an outcome.
  public func discussionRun(of ids: [String], before week: Day) -> Int {
    var run = 0
    for w in meetingWeeks.reversed() where w < week {
      let outcomes = self.week(w).outcomes
      guard ids.contains(where: { outcomes[$0] != nil }) else { break }
      run += 1
    }
    return run
  }
}
