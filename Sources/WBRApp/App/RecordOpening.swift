import WBRModel

/// Where a meeting opens, given what the journal already holds.
public enum RecordOpening {
  /// Puts `record` into `state` and picks the first screen: the commitments screen when
  /// earlier meetings left commitments open (the follow-up comes before the deck); else the
  /// deck, on the metric of this meeting's last change when it is being resumed.
  public static func open(_ state: AppState, record: MeetingRecordState) -> AppState {
    var s = state
    s.meeting = record
    if let id = record.record.resumeMetric(in: record.week),
      let index = s.content.deck.metrics.firstIndex(where: { $0.id == id }),
      let position = s.deckList.rows.firstIndex(of: index)
    {
      s.deckList.move(by: position - s.deckList.selected, visibleRows: MeetingLayout.listRows(for: s.size))
    }
    if record.record.hasOpenEarlierCommitments(in: record.week) {
      s.screen = .commitments
      CommitmentsUpdate.clampCursor(&s)
    }
    return s
  }

  /// The footer's first message: why the journal is read-only, or what was recorded already.
  public static func message(_ record: MeetingRecordState, journal: JournalContents) -> StatusMessage? {
    if let reason = record.readOnlyReason {
      return StatusMessage(kind: .error, text: "READ-ONLY: \(reason)")
    }
    if !journal.warnings.isEmpty {
      let n = journal.warnings.count
      return StatusMessage(
        kind: .error,
        text: "\(record.journalPath): \(n) damaged line\(n == 1 ? "" : "s") skipped (wbr notes lists them)")
    }
    let events = record.record.events.filter { $0.week == record.week && $0.change.isChange }.count
    guard events > 0 else { return nil }
    return StatusMessage(
      kind: .info, text: "Resumed: \(events) change\(events == 1 ? "" : "s") already recorded")
  }
}
