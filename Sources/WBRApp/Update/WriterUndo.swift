import WBRModel

/// What `u` reverts for this writer of several: its own session's latest change (a prep
/// session's latest proposal the lead has not accepted), never another writer's, even when
/// every pane runs as the same login. Without a session (a state made without a journal)
/// the single-writer rules of `PrepUpdate.undoTarget` apply.
enum WriterUndo {
  static func target(_ s: AppState) -> RecordEvent? {
    guard let session = s.meeting.session else { return PrepUpdate.undoTarget(s) }
    return s.meeting.record.lastUndoable(
      in: s.meeting.week, session: session, prepared: s.meeting.prep != nil)
  }
}
