/// The content of one meeting's notes, independent of the output format: what a good set of
/// WBR notes holds (header, counts, last week's commitments, anomalies, new commitments).
public struct MeetingNotes: Sendable, Equatable {
  public var header: Header
  public var counts: Counts
  /// Commitments from earlier meetings this meeting reviewed, with what it did with each.
  public var lastWeek: [CommitmentNote]
  /// Anomalies (and any other metric given an outcome) in screen order.
  public var anomalies: [AnomalyNote]
  /// Commitments agreed in this meeting, grouped by owner.
  public var newCommitments: [OwnerGroup]
  /// The deck's output metrics for the reader's layout: those with a signal first, then the
  /// others, each in screen order (empty without this week's deck).
  public var outputs: [OutputNote] = []
  /// Owners' prepared entries not accepted or replaced: "prepared, not discussed".
  public var prepared: [PreparedNote] = []
  /// What owners had not answered by the end of the meeting (`ResponseGaps`), only for a week
  /// with prep sessions (nil otherwise, and without this week's deck).
  public var gaps: ResponseGaps? = nil
  /// Metrics whose owner differs from the previous meeting's (`NotesBuilder.ownerChanges`);
  /// nil without a previous meeting or a change.
  public var ownerChanges: OwnerChanges? = nil

  public struct Header: Sendable, Equatable {
    /// The deck's title; nil when the notes were made from the journal alone.
    public var title: String?
    /// The deck file's name (no folder).
    public var deckFile: String?
    /// The deck file's SHA-256, or why it was not taken; nil without a deck file.
    public var deckChecksum: DeckChecksum?
    public var deckSHA256: String? { deckChecksum?.sha256 }
    /// When the meeting reloaded the deck (RFC 3339 UTC; its last reload): the numbers and
    /// `deckChecksum` are then the deck as reloaded. nil when it was not reloaded (or the
    /// notes were made from the files, which know nothing of a reload).
    public var deckReloadedAt: String? = nil
    /// "reloaded at 2026-11-23 10:42 UTC", when it was.
    public var deckReloadedText: String? {
      deckReloadedAt.map { at in "reloaded at " + at.prefix(10) + " " + at.dropFirst(11).prefix(5) + " UTC" }
    }
    public var week: Day
    /// The day the meeting was held (its first recorded change, UTC); nil when nothing was
    /// recorded.
    public var meetingDate: Day?
    public var lead: String
    public var asOf: String?
    /// Who recorded changes in this meeting, in the order they first did.
    public var recordedBy: [String] = []
    /// Minutes from the meeting's first recorded change to its last line: a change, or the
    /// `meeting.held` time its sessions wrote at an export and when they ended; nil when
    /// nothing was recorded (or the times cannot be read).
    public var minutes: Int? = nil
    /// Who took part, as far as the record knows: the lead, then everyone else who recorded a
    /// change in the week's sessions, once each.
    public var attendees: [String] { [lead] + recordedBy.filter { $0 != lead } }
    /// Changes to this meeting written after a later week's meeting began (`--amend`).
    public var amendments: Int = 0
    /// What partial or doubled data does to this week (`DataQualityNote`); nil when clean.
    public var dataQuality: String? = nil
  }

  public struct Counts: Sendable, Equatable {
    public var metricsReviewed: Int
    /// nil without a deck.
    public var metricsTotal: Int?
    /// False when there were no numbers for this week (no deck, or another week's deck):
    /// the anomaly counts are then unknown, not zero.
    public var anomaliesKnown: Bool
    /// Metrics with at least one signal.
    public var anomalies: Int
    public var explained: Int
    public var investigating: Int
    public var routine: Int
    /// Anomalies the meeting gave no outcome.
    public var undiscussed: Int
    public var commitments: CommitmentCounts
  }

  /// An owner (or "Unassigned").
  public struct Person: Sendable, Equatable, Hashable {
    public var id: String?
    public var name: String
    /// From the owners file, when it has one.
    public var email: String? = nil

    public init(id: String?, name: String, email: String? = nil) {
      self.id = id
      self.name = name
      self.email = email
    }
  }

  /// An output metric and its numbers, for the reader's "Outputs" section.
  public struct OutputNote: Sendable, Equatable {
    public var metricID: String
    public var name: String
    public var owner: Person?
    public var analysis: MetricAnalysis
  }

  public struct CommitmentNote: Sendable, Equatable {
    public var commitment: Commitment
    public var owner: Person
    /// The linked metric's name, if it has one.
    public var metricName: String?
    /// Weeks since it was agreed, at this meeting.
    public var age: Int
    /// Status at the end of this meeting.
    public var status: CommitmentStatus
    /// What this meeting did with it (for commitments from earlier meetings).
    public var review: ReviewOutcome?
  }

  public struct AnomalyNote: Sendable, Equatable {
    public var metricID: String
    public var name: String
    public var owner: Person?
    /// nil when the metric is no longer in the deck (or there is no deck).
    public var analysis: MetricAnalysis?
    public var outcome: MetricOutcome?
    /// For *investigating*: the meeting its "report back" commitment is due at.
    public var reportBackDue: Day?
    /// Its outcome was set after a later week's meeting began (an amendment).
    public var amended: Bool = false
    /// The commitments this meeting made on this metric (the report-back one included).
    public var commitments: [CommitmentNote] = []
  }

  public struct OwnerGroup: Sendable, Equatable {
    public var owner: Person
    public var commitments: [CommitmentNote]
  }
}

extension MeetingNotes.AnomalyNote {
  /// Value, WoW, YoY, vs target ("n/a" when not available, or without a target) and the
  /// sparklines as text, ASCII-only with `ascii`; nil when the metric is not in this week's deck.
  public func texts(ascii: Bool = false) -> MetricTexts? {
    guard let analysis else { return nil }
    var texts = MetricTexts(analysis, ascii: ascii)
    if texts.vsTarget.isEmpty { texts.vsTarget = "n/a" }
    return texts
  }

  public var signals: [Signal] { analysis?.signals ?? [] }

  /// "Explained: …", "Investigating", "Routine (signal overruled): …", or "No outcome recorded".
  public var outcomeSummary: (label: String, text: String?) {
    guard let outcome else { return ("No outcome recorded", nil) }
    switch outcome.kind {
    case .explained(let t): return ("Explained", t)
    case .investigating(let note):
      let due = reportBackDue.map { "report back due \($0)" }
      guard let note else { return ("Investigating", due) }
      return ("Investigating", note + (due.map { " (\($0))" } ?? ""))
    // `by` comes from the journal: cleaned as a piece, before the words around it.
    case .routine(let t): return ("Routine (signal overruled by \(NotesText.clean(outcome.by)))", t)
    }
  }
}

extension MeetingNotes.CommitmentNote {
  /// What happened to it, in words: "done", "carried to 2026-11-28", "dropped: reason",
  /// "still open".
  public var reviewText: String {
    switch review ?? .open {
    case .done: return "done" + (commitment.doneNote.map { ": " + $0 } ?? "")
    case .carried: return "carried to \(commitment.due)"
    case .dropped: return "dropped: " + NotesText.clean(commitment.dropReason ?? "")
    case .open: return "still open"
    }
  }

  /// "1 week", "3 weeks", "new".
  public var ageText: String { age == 0 ? "new" : age == 1 ? "1 week" : "\(age) weeks" }
}
