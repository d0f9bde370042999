import Foundation
import WBRModel
import WBRStore

/// The meeting's files (`MeetingFiles`) for `wbr meet`: journal writes, the notes export and
/// the recovery note. The only part of the record that touches files; `update` stays pure and
/// holds the one live meeting record (`AppState.meeting.record`), this type keeps none.
///
/// A save appends and fsyncs before it returns; only then does `EffectRunner` answer
/// `.saved`, so the screen shows a change as saved only once it is on disk.
public final class RecordSaver: MeetingFiles {
  /// What the notes export needs besides the record and the deck.
  public struct NotesSource: Sendable {
    /// The deck file, for the notes' header and checksum (nil when built from --config).
    var deckFile: String?
    /// `--lead`, if given.
    var lead: String?
    var login: String
    /// The deck file as first loaded, and the load's size bound: the checksum is of that deck
    /// until a reload (`MeetingContent.reloaded`) brings another.
    var deckStamp: FileStamp?
    var maxFileBytes: Int
    /// The notes as HTML for mail, for a file ending in `.html`: WBRPublish's `NotesHTML`,
    /// handed in by `wbr meet` and `wbr prep` (the app does not link the HTML layer,
    /// docs/DECISIONS.md "Notes: HTML from the meeting's export"). nil refuses `.html`.
    var html: (@Sendable (MeetingNotes) -> String)?

    public init(
      deckFile: String?, lead: String?, login: String, deckStamp: FileStamp? = nil,
      maxFileBytes: Int = LoadOptions().maxFileBytes, html: (@Sendable (MeetingNotes) -> String)? = nil
    ) {
      self.deckFile = deckFile
      self.lead = lead
      self.login = login
      self.deckStamp = deckStamp
      self.maxFileBytes = maxFileBytes
      self.html = html
    }
  }

  let journal: JournalFile
  /// Stamps ids, time, lead and week on each change (docs/JOURNAL.md).
  private var stamper: EventStamper
  let notes: NotesSource
  /// Where typed text went on Ctrl-C, if anywhere: `wbr meet` says so on exit.
  public private(set) var recoveryNote: String?
  /// Taken at the first export of a deck version and kept for it: a digest that matched that
  /// load's stamp stays that deck's, and a file that changed since stays changed. A reload
  /// (`ContentReload`) is another version: the notes name the deck the meeting ended on.
  private var checksumTaken: (stamp: FileStamp?, checksum: DeckChecksum)?

  /// The session's first lines (series, `meeting.open`), made at its first save; nil once
  /// written, or for none.
  private var opening: (() -> [RecordChange])?
  /// Those lines as written with the last save, until `takeOpening()`.
  private var opened: [RecordEvent] = []
  /// Whether this session's lines count in the meeting's length (`meeting.held`): a meeting's
  /// session, not a prep or an amendment session.
  private let marksTime: Bool
  /// Whether this session has recorded a change, and whether its last line is `meeting.held`.
  private var recorded = false
  private var lastHeld = false

  /// - Parameters:
  ///   - opening: the session's first lines, written with its first change in the same write
  ///     (`MeetingRecordOpener`); nil writes none.
  ///   - marksTime: a meeting's session, whose exports and end are written as `meeting.held`.
  public init(
    journal: JournalFile, stamper: EventStamper, opening: (() -> [RecordChange])? = nil, notes: NotesSource,
    marksTime: Bool = false
  ) {
    self.journal = journal
    self.stamper = stamper
    self.opening = opening
    self.notes = notes
    self.marksTime = marksTime
  }

  /// The meeting week.
  var week: Day { stamper.week }

  /// The recovery note's file next to the journal: `wbr-journal-unsaved.txt`.
  var recoveryPath: String {
    let path = journal.path
    let stem = path.hasSuffix(".jsonl") ? String(path.dropLast(6)) : path
    return stem + "-unsaved.txt"
  }

  public func save(_ change: RecordChange) throws(JournalError) -> RecordEvent {
    var first: [RecordEvent] = []
    var stamped: RecordEvent?
    // Stamped under the journal's lock, after others' lines are read: a series another writer
    // started meanwhile is not started again. A failed write uses its ids up, as
    // `RecordKeeper` does.
    try journal.append { contents in
      first = (opening?() ?? []).opening(after: contents).map { stamper.stamp($0) }
      let event = stamper.stamp(change)
      stamped = event
      return first + [event]
    }
    guard let event = stamped else { throw .io(path: journal.path, reason: "nothing was written") }
    if !first.isEmpty {
      opening = nil
      opened = first
    }
    if change.isChange { recorded = true }
    lastHeld = change == .meetingHeld
    return event
  }

  public func takeGrown() -> [RecordEvent] { journal.takeGrown() }

  public func markHeld() -> RecordEvent? {
    guard marksTime, recorded else { return nil }
    return try? save(.meetingHeld)
  }

  /// At the end of the session: `meeting.held` with the time it ended, unless its last line is
  /// one already (an export just before leaving stays the meeting's end, so the notes it wrote
  /// stay the record's). Returns whether a line was written.
  @discardableResult
  public func endSession() -> Bool {
    guard !lastHeld else { return false }
    return markHeld() != nil
  }

  public func readGrown() -> [RecordEvent] { journal.readGrown() }

  /// This writer's session: the id prefix of its events.
  public var session: String { stamper.session }

  public func takeOpening() -> [RecordEvent] {
    defer { opened = [] }
    return opened
  }

  /// Writes the notes; the format follows the extension (Markdown when it is not one of
  /// md, txt, json, csv, html; `.html` only with `NotesSource.html`). The analysis is the one the meeting made (`MeetingContent`). A
  /// path the output rules refuse (a device, a folder, a link to nothing: `OutputTarget`) is
  /// refused before the lead is asked to replace anything.
  public func exportNotes(
    _ record: MeetingRecord, of content: MeetingContent, to typed: String, replace: Bool
  )
    -> NotesExport
  {
    if typed == "-" { return .failed("standard output is this screen; give a file name") }
    let path = RecordSaver.absolute(typed)
    let ext = path.split(separator: "/").last?.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if ext == "html" && notes.html == nil { return .failed("HTML notes cannot be written here; use .md") }
    let target: OutputTarget
    do {
      target = try OutputTarget.resolve(path)
    } catch {
      return .failed(error.description)
    }
    if !replace && target.exists { return .exists }
    let built = NotesBuilder(
      deck: content.deck, analysis: content.notesAnalysis, owners: content.owners,
      record: record, week: week,
      lead: notes.lead, login: notes.login, deckFile: notes.deckFile, deckChecksum: checksum(of: content),
      deckReloadedAt: content.reloaded?.at
    ).build()
    do {
      let text: String
      if ext == "html", let html = notes.html {
        text = html(built)
      } else {
        text = (NotesFormat(rawValue: ext) ?? .md).render(built)
      }
      try AtomicFile.write(text, to: path, force: true)
      return .written(path: path)
    } catch {
      return .failed(error.description)
    }
  }

  /// The SHA-256 of the deck on screen: the one first loaded, or the last reload's.
  private func checksum(of content: MeetingContent) -> DeckChecksum? {
    guard let file = notes.deckFile else { return nil }
    let stamp = content.reloaded.map(\.deckStamp) ?? notes.deckStamp
    if let taken = checksumTaken, taken.stamp == stamp { return taken.checksum }
    let checksum = DeckChecksum.take(path: file, loaded: stamp, maxBytes: notes.maxFileBytes)
    checksumTaken = (stamp, checksum)
    return checksum
  }

  /// Appends the text to the recovery note (and syncs it); a failure here cannot be shown
  /// any more, so `wbr meet` reports the note only when it was written.
  public func keepUnsaved(title: String, text: String) {
    let path = recoveryPath
    let entry = "\(RFC3339.format(SystemClock.now()))  week \(week)  \(title)\n\(text)\n\n"
    if NoteFile.append(entry, to: path) { recoveryNote = path }
  }

  /// `~` expanded; a relative path taken from the current folder.
  static func absolute(_ path: String) -> String {
    let expanded = NSString(string: path).expandingTildeInPath
    if expanded.hasPrefix("/") { return expanded }
    return FileManager.default.currentDirectoryPath + "/" + expanded
  }
}
