/// The notes' commitments as CSV (RFC 4180: CRLF line ends, quoted fields where needed), one
/// row per commitment, for trackers: last week's commitments, then the new ones.
public enum CSVNotes {
  public static let header = [
    "id", "owner_id", "owner_name", "metric_id", "text", "created_week", "due_week", "status", "age_weeks",
  ]

  public static func render(_ notes: MeetingNotes) -> String {
    var rows = [header]
    for n in notes.lastWeek + notes.newCommitments.flatMap(\.commitments) {
      let c = n.commitment
      rows.append([
        c.id, n.owner.id ?? "", n.owner.name, c.metric ?? "", c.text, c.createdWeek.description,
        c.due.description, n.status.rawValue, String(n.age),
      ])
    }
    return rows.map { $0.map(NotesText.csvField).joined(separator: ",") + "\r\n" }.joined()
  }
}

/// The export formats of `x` and `wbr notes`.
public enum NotesFormat: String, Sendable, Equatable, CaseIterable {
  case md, txt, json, csv

  /// `ascii` applies to the text formats (md, txt), as `wbr report --ascii` does to text:
  /// JSON and CSV are for programs, and keep the same bytes either way.
  public func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    switch self {
    case .md: return MarkdownNotes.render(notes, ascii: ascii)
    case .txt: return PlainTextNotes.render(notes, ascii: ascii)
    case .json: return JSONNotes.render(notes)
    case .csv: return CSVNotes.render(notes)
    }
  }

  /// The default file name for a week's notes, e.g. `wbr-notes-2026-11-21.md`.
  public func defaultFileName(week: Day) -> String { "wbr-notes-\(week).\(rawValue)" }
}
