/// The record's history problems as located diagnostics (`journal.history`): the journal's
/// file and the line of the event the fold could not take as written.
public enum RecordProblems {
  public static func diagnostics(_ record: MeetingRecord, _ contents: JournalContents, path: String)
    -> [Diagnostic]
  {
    record.problems.map { p in
      Diagnostic(
        .journalHistory, file: path, line: contents.line(ofEvent: p.eventID) ?? 0,
        message: "event \(p.eventID): \(p.message)")
    }
  }
}
