/// The series a record belongs to: the deck's title when the record was started (or last
/// renamed) and an id that stays the same across renames.
public struct SeriesIdentity: Sendable, Equatable {
  /// Chosen once, when the record starts; never changes.
  public var id: String
  /// The deck title the series goes by now.
  public var title: String

  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// The deck a meeting session used: its file (relative to the record's folder when it is
/// inside it, else as given) and its SHA-256, so that reopening a past week can say whether
/// the deck changed since.
public struct DeckReference: Sendable, Equatable {
  public var file: String
  /// Hex digest; nil when it could not be taken (the file changed while it was read).
  public var sha256: String?

  public init(file: String, sha256: String?) {
    self.file = file
    self.sha256 = sha256
  }
}

/// The owners as a meeting saw them: the people of its owners file and the owner of each
/// metric of its deck (the owners file's assignment, else the deck's `owner`). Notes of that
/// meeting name people from here, whatever owners file is passed later.
public struct OwnersSnapshot: Sendable, Equatable {
  public var people: [Owner]
  /// Metric id → owner id, for every metric of the deck that had an owner.
  public var assignments: [String: String]

  public init(people: [Owner] = [], assignments: [String: String] = [:]) {
    self.people = people
    self.assignments = assignments
  }

  /// The snapshot of `owners` applied to `deck`.
  public init(deck: Deck, owners: OwnersFile) {
    people = owners.owners
    var map: [String: String] = [:]
    for m in deck.metrics {
      if let id = owners.ownerID(for: m), map[m.id] == nil { map[m.id] = id }
    }
    assignments = map
  }

  /// As an owners file, so that the notes can use it where they used the file.
  public var ownersFile: OwnersFile { OwnersFile(owners: people, assignments: assignments) }
}

/// What a session of `wbr` writing to the record is: its first line (`meeting.open`,
/// `meeting.amend`, `prep.open`). Every later event whose id has the same session prefix
/// belongs to it.
///
/// A new kind of writer (an owner's pre-read, a prep session) is a new kind here and a new
/// event type, so an older `wbr` ignores it rather than taking it for a meeting.
public struct SessionHeader: Sendable, Equatable {
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    /// A session of the week's meeting (the first or a resumed one): `meeting.open`.
    case meeting
    /// A session changing a past week's record after a later week's meeting began, with
    /// `--amend`: `meeting.amend`.
    case amendment
    /// An owner's pre-read before the week's meeting (`wbr prep`): `prep.open`. Its changes
    /// are proposals the lead accepts or replaces (`MeetingRecord.prepared`).
    case prep
  }

  public var kind: Kind
  /// The deck it used; nil when the deck was built in memory (`--config`).
  public var deck: DeckReference?
  public var owners: OwnersSnapshot
  /// A prep session's owner (an owner id of `owners`): whose metrics it prepared. Nil for a
  /// meeting's sessions.
  public var owner: String?

  public init(kind: Kind, deck: DeckReference?, owners: OwnersSnapshot, owner: String? = nil) {
    self.kind = kind
    self.deck = deck
    self.owners = owners
    self.owner = owner
  }

  /// The journal's `"type"`.
  public var type: String {
    switch kind {
    case .meeting: return "meeting.open"
    case .amendment: return "meeting.amend"
    case .prep: return "prep.open"
    }
  }
}

/// One session as folded: its header and the event that opened it.
public struct MeetingSession: Sendable, Equatable {
  /// The id prefix its events share.
  public var id: String
  public var header: SessionHeader
  public var week: Day
  /// Who opened it (the lead; for a prep session, the login name of the owner's process).
  public var by: String
  public var at: String
  public var eventID: String
}

extension RecordEvent {
  /// The session an event belongs to: its id up to the last `-` (`<session>-<n>`), or the
  /// whole id when it has none.
  public var sessionID: String {
    guard let dash = id.lastIndex(of: "-") else { return id }
    return String(id[..<dash])
  }
}
