/// How the discussion of a metric ended.
public enum OutcomeKind: Sendable, Equatable {
  /// The owner explained the variance.
  case explained(String)
  /// The owner does not know yet and will report back next week (creates a commitment); an
  /// optional note says what is being checked.
  case investigating(String?)
  /// The lead overrules the signal: routine variation, nothing to see here. An optional note
  /// says why; the override itself stays on record.
  case routine(String?)

  /// The journal's `"outcome"` string.
  public var name: String {
    switch self {
    case .explained: return "explained"
    case .investigating: return "investigating"
    case .routine: return "routine"
    }
  }

  /// The explanation or the override's note.
  public var text: String? {
    switch self {
    case .explained(let t): return t
    case .investigating(let t): return t
    case .routine(let t): return t
    }
  }
}

/// The current outcome of one metric in one meeting, with who recorded it and when.
public struct MetricOutcome: Sendable, Equatable {
  public var metric: String
  public var kind: OutcomeKind
  /// Signal ids showing when the outcome was given.
  public var signals: [String]
  /// The "report back" commitment an *investigating* outcome created or continued.
  public var commitmentID: String?
  /// When it continued an earlier meeting's open "report back" (`outcome.continue`): that
  /// commitment's due week before this outcome carried it.
  public var continuedFromDue: Day?
  /// The event that set it.
  public var eventID: String
  public var at: String
  public var by: String

  public init(
    metric: String, kind: OutcomeKind, signals: [String] = [], commitmentID: String? = nil,
    eventID: String, at: String, by: String
  ) {
    self.metric = metric
    self.kind = kind
    self.signals = signals
    self.commitmentID = commitmentID
    self.eventID = eventID
    self.at = at
    self.by = by
  }
}
