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
    /// The deck file as loaded, and the load's size bound: the checksum is of that deck.
    var deckStamp: FileStamp?
    var maxFileBytes: Int

    public init(
      deckFile: String?, lead: String?, login: String, deckStamp: FileStamp? = nil,
      maxFileBytes: Int = LoadOptions().maxFileBytes
    ) {
      self.deckFile = deckFile
      self.lead = lead
      self.login = login
      self.deckStamp = deckStamp
      self.maxFileBytes = maxFileBytes
    }
  }

  let journal: JournalFile
  /// Stamps ids, time, lead and week on each change (docs/JOURNAL.md).
  private var stamper: EventStamper
  let notes: NotesSource
  /// Where typed text went on Ctrl-C, if anywhere: `wbr meet` says so on exit.
  public private(set) var recoveryNote: String?
  /// Taken at the first export and kept: a digest that matched the loaded deck's stamp stays
  /// that deck's, and a file that changed since the load stays changed.
  private lazy var deckChecksum: DeckChecksum? = notes.deckFile.map {
    DeckChecksum.take(path: $0, loaded: notes.deckStamp, maxBytes: notes.maxFileBytes)
  }

  /// The session's first lines (series, `meeting.open`), made at its first save; nil once
  /// written, or for none.
  private var opening: (() -> [RecordChange])?
  /// Those lines as written with the last save, until `takeOpening()`.
  private var opened: [RecordEvent] = []

  /// - Parameter opening: the session's first lines, written with its first change in the
  ///   same write (`MeetingRecordOpener`); nil writes none.
  public init(
    journal: JournalFile, stamper: EventStamper, opening: (() -> [RecordChange])? = nil, notes: NotesSource
  ) {
    self.journal = journal
    self.stamper = stamper
    self.opening = opening
    self.notes = notes
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
    let first = (opening?() ?? []).map { stamper.stamp($0) }
    let event = stamper.stamp(change)  // a failed write uses its ids up, as `RecordKeeper` does
    try journal.append(first + [event])
    if !first.isEmpty {
      opening = nil
      opened = first
    }
    return event
  }

  public func takeOpening() -> [RecordEvent] {
    defer { opened = [] }
    return opened
  }

  /// Writes the notes; the format follows the extension (Markdown when it is not one of
  /// md, txt, json, csv). The analysis is the one the meeting made (`MeetingContent`). A
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
    let format = NotesFormat(rawValue: ext) ?? .md
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
      lead: notes.lead, login: notes.login, deckFile: notes.deckFile, deckChecksum: deckChecksum
    ).build()
    do {
      try AtomicFile.write(format.render(built), to: path, force: true)
      return .written(path: path)
    } catch {
      return .failed(error.description)
    }
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
