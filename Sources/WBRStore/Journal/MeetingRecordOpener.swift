import WBRModel

/// Why a meeting cannot open on the record it found.
public enum MeetingOpenError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No record in the deck's folder or above, but a sibling week folder holds one of this
  /// series: starting a second record would split the series. Exit 78.
  case siblingRecord(path: String, seriesFolder: String)
  /// The record belongs to another series. Exit 65.
  case otherSeries(String)
  /// `wbr prep` on a past week's deck: owners prepare the coming meeting only. Exit 65.
  case pastPrep(String)
  case journal(JournalError)

  public var description: String {
    switch self {
    case .siblingRecord(let path, let folder):
      return "no meeting record in the deck's folder or above, but \(path) holds a record of this"
        + " series; make it the record of every week with: wbr init \(folder)"
    case .otherSeries(let message), .pastPrep(let message): return message
    case .journal(let e): return e.description
    }
  }

  public var exitStatus: Int32 {
    switch self {
    case .siblingRecord: return 78
    case .otherSeries, .pastPrep: return 65
    case .journal(let e): return e.exitStatus
    }
  }
}

/// A meeting's record, opened for the week of its deck: found like git, checked against the
/// deck's series, read-only for a past week unless amending, and ready to write its session's
/// first lines with its first change.
public struct OpenedMeeting {
  /// The record, shared with other writers (locked per append), or held for this meeting
  /// on a network file system, or read-only.
  public var journal: JournalFile
  /// Stamps this session's events.
  public var stamper: EventStamper
  /// The session's first lines (series, `meeting.open` or `meeting.amend`), made when its
  /// first change is saved.
  public var opening: @Sendable () -> [RecordChange]
  /// A writer of this session on `journal` (for tools and tests; the meeting app has its own,
  /// `RecordSaver`, given `journal`, `stamper` and `opening`).
  public var keeper: RecordKeeper
  public var location: RecordLocation
  /// Why nothing can be saved (another `wbr` holds it for itself, no permission, a past week),
  /// if so.
  public var readOnlyReason: String?
  /// What the lead should know before the meeting (a new record, a deck changed since).
  public var notes: [String]
  /// The record's history problems, one line each with the journal's file and line.
  public var problems: [String]
  /// The record as it stood at the end of this week's meeting: what the screen shows.
  public var view: MeetingRecord
  /// Whether this session amends a past week (`--amend`).
  public var amending: Bool
}

/// Opens the record for `wbr meet` (docs/JOURNAL.md, "Where it is").
public struct MeetingRecordOpener {
  public var deck: Deck
  public var owners: OwnersFile
  /// The deck file; nil when built in memory (`--config`).
  public var deckPath: String?
  public var deckStamp: FileStamp?
  public var journalOption: String?
  public var environment: [String: String]
  public var amend: Bool
  public var seriesRenamed: Bool
  public var maxBytes: Int
  /// A new record goes in the deck's parent folder (settings: `new_record = "parent-folder"`).
  public var newRecordInParent = false
  /// `wbr prep --owner ID`: a prep session for that owner (`prep.open`), refused on a past
  /// week; nil for a meeting.
  public var prepOwner: String?

  public init(
    deck: Deck, owners: OwnersFile, deckPath: String?, deckStamp: FileStamp?, journalOption: String?,
    environment: [String: String], amend: Bool = false, seriesRenamed: Bool = false,
    maxBytes: Int = LoadOptions().maxFileBytes
  ) {
    self.deck = deck
    self.owners = owners
    self.deckPath = deckPath
    self.deckStamp = deckStamp
    self.journalOption = journalOption
    self.environment = environment
    self.amend = amend
    self.seriesRenamed = seriesRenamed
    self.maxBytes = maxBytes
  }

  public func open(stamper: EventStamper) throws(MeetingOpenError) -> OpenedMeeting {
    let location = RecordDiscovery.locate(
      option: journalOption, environment: environment, deckPath: deckPath, newInParent: newRecordInParent)
    if location.isNew, let sibling = try siblingOfThisSeries() {
      throw .siblingRecord(path: sibling, seriesFolder: PosixFile.folder(of: PosixFile.folder(of: sibling)))
    }
    let file: JournalFile
    do throws(JournalError) {
      file = try JournalFile.open(path: location.path, maxBytes: maxBytes)
    } catch {
      throw .journal(error)
    }
    let record = MeetingRecord(events: file.contents.events)
    let check = SeriesCheck.check(record: record, deck: deck)
    if !check.allows(renamed: seriesRenamed) {
      file.close()
      let message = check.refusal(
        recordPath: location.path, deckPath: deckPath ?? "the deck", deckTitle: deck.title)
      throw .otherSeries(message ?? "another series")
    }
    let week = deck.weekEnding
    let past = record.isPast(week)
    if past, prepOwner != nil {
      file.close()
      throw .pastPrep(
        "the meeting of \(week) is in the past (the record goes up to \(record.meetingWeeks.last ?? week)):"
          + " owners prepare the coming meeting only; open its deck")
    }
    var readOnly: String?
    if case .readOnly(let reason) = file.access { readOnly = reason }
    if past && !amend && readOnly == nil {
      readOnly =
        "the meeting of \(week) is in the past (the record goes up to \(record.meetingWeeks.last ?? week));"
        + " wbr meet --amend changes it"
      file.close()
    }
    var notes: [String] = []
    if case .oneWriter(let reason) = file.sharing { notes.append(reason) }
    if let note = location.newRecordNote { notes.append(note) }
    let digest = deckPath.map { DeckChecksum.take(path: $0, loaded: deckStamp, maxBytes: maxBytes) }
    if let was = record.meeting(week)?.deck?.sha256, let now = digest?.sha256, was != now {
      notes.append(
        "the deck changed since the meeting of \(week) used it (SHA-256 \(was.prefix(12))…, now \(now.prefix(12))…)"
      )
    }
    let header = SessionHeader(
      kind: prepOwner != nil ? .prep : past ? .amendment : .meeting,
      deck: deckPath.map { DeckReference(file: relative($0, to: location.path), sha256: digest?.sha256) },
      owners: OwnersSnapshot(deck: deck, owners: owners), owner: prepOwner)
    let title = deck.title
    let seriesID = "series-" + stamper.session
    // A prep session starts no series: the meeting's own first session does (a prep line
    // before it would make the owner the record's first writer).
    let prep = prepOwner != nil
    let opening: @Sendable () -> [RecordChange] = {
      prep
        ? [.sessionOpened(header)]
        : SessionOpening.changes(check: check, deckTitle: title, newSeriesID: seriesID, header: header)
    }
    let keeper = RecordKeeper(journal: file, stamper: stamper, opening: opening)
    let problems = RecordProblems.diagnostics(record, file.contents, path: location.path).map(\.description)
    return OpenedMeeting(
      journal: file, stamper: stamper, opening: opening, keeper: keeper, location: location,
      readOnlyReason: readOnly, notes: notes, problems: problems,
      view: record.asItStood(at: week), amending: past && amend)
  }

  /// The first sibling week folder's record that belongs to this deck's series (and has
  /// anything in it).
  private func siblingOfThisSeries() throws(MeetingOpenError) -> String? {
    for path in RecordDiscovery.siblingRecords(deckPath: deckPath) {
      guard let file = try? JournalFile.openReadOnly(path: path, reason: "looking", maxBytes: maxBytes) else {
        continue
      }
      let record = MeetingRecord(events: file.contents.events)
      guard !record.events.isEmpty else { continue }
      switch SeriesCheck.check(record: record, deck: deck) {
      case .same, .adopt: return path
      case .otherTitle, .unrelated: continue
      }
    }
    return nil
  }

  /// `path` relative to the record's folder when it is inside it, else as given.
  private func relative(_ path: String, to record: String) -> String {
    let folder = RecordDiscovery.resolved(PosixFile.folder(of: record))
    let absolute =
      RecordDiscovery.absoluteFolder(of: path) + "/"
      + (path.split(separator: "/").last.map(String.init) ?? path)
    guard absolute.hasPrefix(folder + "/") else { return path }
    return String(absolute.dropFirst(folder.count + 1))
  }
}
