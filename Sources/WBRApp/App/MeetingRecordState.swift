import WBRModel

/// `AppState.meeting`: what the meeting screen knows of the meeting record (`record`, the
/// model's `MeetingRecord`: the fold of the journal as saved so
/// far), the week, whether changes can be saved, and the commitments screen's cursor.
///
/// The record here only ever grows by events the journal already has on disk: `update` asks
/// for a save through an effect and folds the event in when the saver answers `.saved`, so
/// the screen can never show as saved what a crash would lose.
public struct MeetingRecordState: Sendable, Equatable {
  /// Whether changes can be saved.
  public enum Access: Sendable, Equatable {
    case writable
    /// Shown as READ-ONLY; every change is refused with `reason`.
    case readOnly(reason: String)
  }

  var record: MeetingRecord
  /// The meeting: the deck's `week_ending`.
  var week: Day
  var access: Access
  /// The journal's path, for messages and the export's default folder ("" when none).
  var journalPath: String
  /// A past week opened with `--amend`: its changes are amendments (the header says so).
  var amending = false
  /// This writer's session (the id prefix of its events): `u` reverts only its changes, and
  /// another writer's change to the same thing is reported as replacing "yours". `nil`: any
  /// session's (a state made without a journal, in tests).
  var session: String?
  /// An owner's prep session (`wbr prep`): its changes are proposals; nil in a meeting.
  var prep: PrepSession?
  /// The commitments screen: selected commitment (index into its selectable rows) and the
  /// first row on screen.
  var commitmentCursor = 0
  var commitmentScroll = 0

  public init(
    week: Day, record: MeetingRecord = MeetingRecord(), access: Access = .writable, journalPath: String = "",
    amending: Bool = false, session: String? = nil
  ) {
    self.session = session
    self.week = week
    self.record = record
    self.access = access
    self.journalPath = journalPath
    self.amending = amending
  }

  var isReadOnly: Bool { access != .writable }

  /// The reason changes are refused, for the footer.
  var readOnlyReason: String? {
    if case .readOnly(let reason) = access { return reason }
    return nil
  }

  /// This meeting's outcomes and reviewed marks.
  var thisWeek: WeekRecord { record.week(week) }

  /// The next WBR, the default due week: the next meeting the record knows after this one
  /// (when amending a past week), else a week later.
  var nextMeeting: Day { record.nextMeeting(after: week) }

  /// The default file for `x`: Markdown notes next to the journal.
  var defaultExportPath: String {
    let name = NotesFormat.md.defaultFileName(week: week)
    guard let slash = journalPath.lastIndex(of: "/") else { return name }
    return String(journalPath[...slash]) + name
  }
}
