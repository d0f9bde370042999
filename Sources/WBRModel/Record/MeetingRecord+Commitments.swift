/// What a meeting did with a commitment it reviewed.
public enum ReviewOutcome: String, Sendable, Equatable {
  case done, carried, dropped
  /// Still open and not yet touched in this meeting.
  case open
}

/// Commitment counts of one meeting, for the notes.
public struct CommitmentCounts: Sendable, Equatable {
  /// Created in the meeting.
  public var opened: Int
  /// Marked done in the meeting.
  public var closed: Int
  public var carried: Int
  public var dropped: Int
  public init(opened: Int = 0, closed: Int = 0, carried: Int = 0, dropped: Int = 0) {
    self.opened = opened
    self.closed = closed
    self.carried = carried
    self.dropped = dropped
  }
}

/// The commitments screen and the notes' questions about commitments.
extension MeetingRecord {
  /// Commitments from earlier meetings that meeting `week` reviews: open when it started
  /// (including those it has since closed), in creation order.
  public func commitmentsUnderReview(in week: Day) -> [Commitment] {
    commitments.filter { $0.isUnderReview(in: week) }
  }

  /// Whether meeting `week` has earlier commitments still open: then it opens on the
  /// commitments screen.
  public func hasOpenEarlierCommitments(in week: Day) -> Bool {
    commitments.contains { $0.createdWeek < week && $0.status == .open }
  }

  /// The open earlier commitments grouped by owner id (`nil` = no owner), groups in the
  /// order of their first commitment, for the commitments screen.
  public func openEarlierCommitmentsByOwner(in week: Day) -> [(owner: String?, items: [Commitment])] {
    group(commitments.filter { $0.createdWeek < week && $0.status == .open })
  }

  /// Commitments agreed in meeting `week`, grouped by owner id.
  public func newCommitmentsByOwner(in week: Day) -> [(owner: String?, items: [Commitment])] {
    group(commitments.filter { $0.createdWeek == week })
  }

  /// What meeting `week` did with `commitment`.
  public func reviewOutcome(of commitment: Commitment, in week: Day) -> ReviewOutcome {
    if commitment.closedWeek == week {
      return commitment.status == .done ? .done : .dropped
    }
    return commitment.wasCarried(in: week) ? .carried : .open
  }

  /// Opened, closed, carried and dropped in meeting `week`.
  public func commitmentCounts(in week: Day) -> CommitmentCounts {
    var counts = CommitmentCounts()
    for c in commitments {
      if c.createdWeek == week { counts.opened += 1 }
      if c.closedWeek == week {
        if c.status == .done { counts.closed += 1 } else { counts.dropped += 1 }
      }
      if c.wasCarried(in: week) { counts.carried += 1 }
    }
    return counts
  }

  private func group(_ items: [Commitment]) -> [(owner: String?, items: [Commitment])] {
    var order: [String?] = []
    var groups: [String?: [Commitment]] = [:]
    for c in items {
      if groups[c.owner] == nil { order.append(c.owner) }
      groups[c.owner, default: []].append(c)
    }
    return order.map { ($0, groups[$0] ?? []) }
  }
}
