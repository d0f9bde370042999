/// Where a commitment stands.
public enum CommitmentStatus: String, Sendable, Equatable, CaseIterable {
  case open, done, dropped
}

/// One thing that happened to a commitment, in journal order: its history.
public struct CommitmentStep: Sendable, Equatable {
  public enum Action: Sendable, Equatable {
    case created
    case done(note: String?)
    /// `reason`: why it slips, when the owner said (none for a report-back continued).
    case carried(due: Day, reason: String? = nil)
    case dropped(reason: String)
    case edited(text: String?, owner: String?, due: Day?)
  }
  public var action: Action
  /// The meeting the step was taken in.
  public var week: Day
  public var eventID: String
  public var at: String
  public var by: String

  public init(action: Action, week: Day, eventID: String, at: String, by: String) {
    self.action = action
    self.week = week
    self.eventID = eventID
    self.at = at
    self.by = by
  }
}

/// A verb-first action with one owner and a due meeting, followed up week after week until
/// it is done or dropped.
public struct Commitment: Sendable, Equatable, Identifiable {
  public var id: String
  public var text: String
  /// Owner id; `nil` when nobody was named.
  public var owner: String?
  /// The linked metric, if any.
  public var metric: String?
  /// The meeting it was agreed in.
  public var createdWeek: Day
  /// The meeting it is due at.
  public var due: Day
  public var status: CommitmentStatus
  /// Why it was dropped.
  public var dropReason: String?
  /// What was reported back when it was marked done, if the lead noted it.
  public var doneNote: String?
  /// The meeting in which it was marked done or dropped.
  public var closedWeek: Day?
  /// True when an *investigating* outcome created it.
  public var fromInvestigation: Bool
  /// Everything that happened to it, oldest first.
  public var history: [CommitmentStep]

  public init(
    id: String, text: String, owner: String?, metric: String?, createdWeek: Day, due: Day,
    fromInvestigation: Bool = false, history: [CommitmentStep] = []
  ) {
    self.id = id
    self.text = text
    self.owner = owner
    self.metric = metric
    self.createdWeek = createdWeek
    self.due = due
    self.status = .open
    self.fromInvestigation = fromInvestigation
    self.history = history
  }

  /// Whole weeks since the meeting that agreed it, as seen from meeting `week` (never
  /// negative): 0 in its own meeting, 1 the week after, and so on.
  public func age(at week: Day) -> Int {
    max(0, (week.ordinal - createdWeek.ordinal) / 7)
  }

  /// How many times it was carried over.
  public var carryCount: Int {
    history.reduce(0) { n, step in
      if case .carried = step.action { return n + 1 }
      return n
    }
  }

  /// Why it slipped at its latest carry in meeting `week`, when the owner said.
  public func carryReason(in week: Day) -> String? {
    for step in history.reversed() where step.week == week {
      if case .carried(_, let reason) = step.action { return reason }
    }
    return nil
  }

  /// Whether it was carried in meeting `week`.
  public func wasCarried(in week: Day) -> Bool {
    history.contains { step in
      if case .carried = step.action { return step.week == week }
      return false
    }
  }

  /// Its status as it stood at the end of meeting `week`: a commitment closed in a later
  /// meeting was still open then.
  public func status(asOf week: Day) -> CommitmentStatus {
    guard let closed = closedWeek, closed <= week else { return .open }
    return status
  }

  /// Whether it is still open at the start of meeting `week`, from an earlier meeting: the
  /// commitments that meeting reviews first.
  public func isUnderReview(in week: Day) -> Bool {
    guard createdWeek < week else { return false }
    guard let closed = closedWeek else { return true }
    return closed >= week
  }

  /// The verb-first text of the commitment an *investigating* outcome creates.
  public static func reportBackText(metricName: String) -> String {
    "Report back on \(metricName)"
  }
}
