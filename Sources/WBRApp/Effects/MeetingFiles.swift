import WBRModel

/// The meeting's files, as the effects need them: the journal, the notes and the recovery
/// note. `RecordSaver` is the real one (given by `wbr meet`); tests give fakes, so each
/// effect's answers are tested without a disk.
public protocol MeetingFiles: AnyObject {
  /// Stamps `change` (ids, time, lead, week), appends it to the journal and syncs it; returns
  /// the event as it is on disk.
  func save(_ change: RecordChange) throws(JournalError) -> RecordEvent
  /// Writes the notes of `record` for `content`'s deck at the path typed (relative to the
  /// current folder, `~` expanded), in the format its extension names.
  func exportNotes(_ record: MeetingRecord, of content: MeetingContent, to typed: String, replace: Bool)
    -> NotesExport
  /// Appends typed text that was not saved to the recovery note next to the journal.
  func keepUnsaved(title: String, text: String)
  /// The session's first lines (series, `meeting.open`) the last save wrote before its change,
  /// once; empty otherwise. The record on screen folds them in first.
  func takeOpening() -> [RecordEvent]
  /// Other writers' events the last save read under its lock before writing (they come
  /// before its own in the file), once; empty otherwise.
  func takeGrown() -> [RecordEvent]
  /// What other writers appended since the last read, in file order (complete lines only).
  func readGrown() -> [RecordEvent]
  /// Writes `meeting.held` with the time now, if this session is a meeting's and has recorded
  /// a change (a session that recorded nothing is not part of the meeting); the line written,
  /// or nil. The notes' length then runs to the export.
  func markHeld() -> RecordEvent?
}

extension MeetingFiles {
  public func takeOpening() -> [RecordEvent] { [] }
  /// Files without other writers have nothing to take.
  public func takeGrown() -> [RecordEvent] { [] }
  public func readGrown() -> [RecordEvent] { [] }
  /// Files that keep no meeting's time write none.
  public func markHeld() -> RecordEvent? { nil }
}

/// How a notes export went.
public enum NotesExport: Sendable, Equatable {
  /// Written at `path` (absolute).
  case written(path: String)
  /// The file exists and `replace` was false.
  case exists
  case failed(String)
}

/// No files: every save fails and nothing is written (a loop run without a journal).
final class NoMeetingFiles: MeetingFiles {
  func save(_ change: RecordChange) throws(JournalError) -> RecordEvent {
    throw JournalError.readOnly(path: "", reason: "no journal is open")
  }

  func exportNotes(_ record: MeetingRecord, of content: MeetingContent, to typed: String, replace: Bool)
    -> NotesExport
  {
    .failed("no notes can be written here")
  }

  func keepUnsaved(title: String, text: String) {}
}
