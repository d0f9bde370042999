import WBRModel

extension RecordUpdate {
  /// Other writers' events, in file order (`Action.recordGrew`): folded into the record on
  /// screen as they are in the file, so the later change to the same thing wins; when one
  /// replaced a change in effect made by another session, the footer says whose replaced
  /// whose (the last such, when several came at once); else an owner's new proposal is
  /// named (`PreparedNotice`). The header's gaps count follows from the record. Dialogs stay open: what is being typed
  /// is saved as a change after theirs.
  static func grew(_ state: AppState, _ events: [RecordEvent]) -> (AppState, [Effect]) {
    var s = state
    var notice: String?
    for event in events {
      if let conflict = RecordConflict.of(event, in: s.meeting.record) {
        notice = WriterNames.replaced(conflict, s)
      }
      s.meeting.record = s.meeting.record.applying(event)
      if notice == nil { notice = PreparedNotice.of(event, s) }
    }
    if let notice { s.message = StatusMessage(kind: .info, text: notice) }
    CommitmentsUpdate.clampCursor(&s)
    return (s, [])
  }
}
