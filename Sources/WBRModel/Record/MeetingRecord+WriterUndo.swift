/// `u` when several writers share the record (docs/JOURNAL.md, "Several writers"): each
/// writer reverts only its own session's changes, and a prep session only its proposals the
/// lead has not accepted yet (once accepted, the change is the meeting's to take back).
extension MeetingRecord {
  /// The latest change of `week` that session `session` wrote and that is still in effect:
  /// in a prep session (`prepared`) a proposal still pending or replaced, never an accepted
  /// one; in the meeting any of its changes. Another session's changes, even by the same
  /// login (every owner's pane may run as one account), are never its to take back.
  public func lastUndoable(in week: Day, session: String, prepared: Bool) -> RecordEvent? {
    events.last { event in
      guard event.week == week, event.sessionID == session, event.change.isUndoable,
        !undone.contains(event.id)
      else { return false }
      guard prepared else { return true }
      guard let entry = preparedEntry(event.id) else { return isPrepared(event) }
      if case .accepted = entry.status { return false }
      return true
    }
  }
}
