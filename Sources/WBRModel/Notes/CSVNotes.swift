/// The notes' commitments as CSV (RFC 4180: CRLF line ends, quoted fields where needed), one
/// row per commitment, for action trackers: last week's commitments, then the new ones. The
/// columns (docs/NOTES-JSON.md) carry what a tracker needs without the other files: the
/// metric's name, the owner's name and e-mail, and the outcome this meeting gave the metric.
public enum CSVNotes {
  public static let header = [
    "commitment_id", "metric_id", "metric_name", "owner_id", "owner_name", "owner_email", "text",
    "created_week",
    "due_week", "status", "review", "age_weeks", "anomaly_outcome", "anomaly_text",
  ]

  public static func render(_ notes: MeetingNotes) -> String {
    var rows = [header]
    let outcomes = Dictionary(
      notes.anomalies.compactMap { a in a.outcome.map { (a.metricID, $0) } }, uniquingKeysWith: { a, _ in a })
    for n in notes.lastWeek + notes.newCommitments.flatMap(\.commitments) {
      let c = n.commitment
      let outcome = c.metric.flatMap { outcomes[$0] }
      rows.append([
        c.id, c.metric ?? "", n.metricName ?? "", n.owner.id ?? "", n.owner.name, n.owner.email ?? "", c.text,
        c.createdWeek.description, c.due.description, n.status.rawValue, n.review?.rawValue ?? "new",
        String(n.age),
        outcome?.kind.name ?? "", outcome?.kind.text ?? "",
      ])
    }
    // Owners' prepared entries not discussed: status "prepared", review "not discussed".
    for p in notes.prepared {
      let outcome = ["explained", "investigating", "routine"].contains(p.kind)
      rows.append([
        p.commitmentID ?? "", p.metricID ?? "", p.metricName ?? "", p.owner.id ?? "", p.owner.name,
        p.owner.email ?? "", outcome ? "" : p.kind + (p.text.isEmpty ? "" : ": " + p.text), "", "",
        "prepared",
        "not discussed", "", outcome ? p.kind : "", outcome ? p.text : "",
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
