/// The phrases of the reader's layout, shared by the text, Markdown and HTML notes, so every
/// format says a thing the same way: "due next WBR (w/e 11-28)", "Explained: …", the numbers
/// of a metric in one line. Each piece of file or typed text in a phrase (the lead, who
/// recorded, a drop reason) is cleaned where it is joined (`NotesText.clean`), so that a stray
/// ESC at its end cannot swallow the words after it; each format then makes the whole phrase
/// safe its own way.
public enum NotesReading {
  /// "due next WBR (w/e 11-28)" when due at the meeting a week after `week`, "due w/e
  /// 2026-12-05" later, "was due w/e 2026-11-14" for a week already past.
  public static func due(_ due: Day, week: Day) -> String {
    if due == week.adding(days: 7) { return "due next WBR (w/e " + String("\(due)".dropFirst(5)) + ")" }
    return (due <= week ? "was due w/e " : "due w/e ") + "\(due)"
  }

  /// "Meeting 2026-11-23 (25 min), led by maria" or "Not held (nothing recorded)".
  public static func meeting(_ h: MeetingNotes.Header) -> String {
    guard let date = h.meetingDate else { return "Not held (nothing recorded)" }
    var text = "Meeting \(date)"
    if let minutes = h.minutes, minutes > 0 { text += " (\(minutes) min)" }
    text += ", led by " + NotesText.clean(h.lead)
    let others = h.recordedBy.filter { $0 != h.lead }
    if !others.isEmpty { text += "; also recording: " + others.map(NotesText.clean).joined(separator: ", ") }
    if h.amendments > 0 {
      text += "; amended afterwards (\(h.amendments) change\(h.amendments == 1 ? "" : "s"))"
    }
    return text
  }

  /// "52.6K, WoW +31.0%, YoY +20.2%, vs target −1.2%" (vs target only with a target).
  public static func numbers(_ a: MetricAnalysis, ascii: Bool = false) -> String {
    let t = MetricTexts(a, ascii: ascii)
    var text = "\(t.value), WoW \(t.wow), YoY \(t.yoy)"
    if !t.vsTarget.isEmpty { text += ", vs target \(t.vsTarget)" }
    return text
  }

  /// "Bad news", "Good news", "Signal".
  public static func news(_ d: Direction) -> String {
    d == .bad ? "Bad news" : d == .good ? "Good news" : "Signal"
  }

  /// The outcome as a label and its text: "Explained" / "Vendor wave"; "Investigating" /
  /// "report back due next WBR (w/e 11-28)"; "Routine, signal overruled by maria" / note.
  public static func outcome(_ a: MeetingNotes.AnomalyNote, week: Day) -> (label: String, text: String?) {
    guard let outcome = a.outcome else { return ("Not discussed", nil) }
    let amended = a.amended ? " (amended)" : ""
    switch outcome.kind {
    case .explained(let t): return ("Explained" + amended, t)
    case .investigating(let note):
      let back = a.reportBackDue.map { "report back " + due($0, week: week) }
      guard let note else { return ("Investigating" + amended, back) }
      return ("Investigating" + amended, note + (back.map { "; " + $0 } ?? ""))
    case .routine(let t): return ("Routine, signal overruled by \(NotesText.clean(outcome.by))" + amended, t)
    }
  }

  /// What this meeting did with an earlier commitment: "done", "carried, now due next WBR
  /// (w/e 11-28)", "dropped: reason", "still open, was due w/e 2026-11-14".
  public static func followUp(_ c: MeetingNotes.CommitmentNote, week: Day) -> String {
    switch c.review ?? .open {
    case .done: return "done" + (c.commitment.doneNote.map { ": " + $0 } ?? "")
    case .carried:
      return "carried, now " + due(c.commitment.due, week: week)
        + (c.commitment.carryReason(in: week).map { ": " + NotesText.clean($0) } ?? "")
    case .dropped: return "dropped: " + NotesText.clean(c.commitment.dropReason ?? "")
    case .open: return "still open, " + due(c.commitment.due, week: week)
    }
  }

  /// A new commitment's state: "due next WBR (w/e 11-28)", or "done" / "dropped" when the
  /// meeting closed it already.
  public static func state(_ c: MeetingNotes.CommitmentNote, week: Day) -> String {
    c.status == .open ? due(c.commitment.due, week: week) : c.status.rawValue
  }

  /// The discussed anomalies (given an outcome), and the anomalies nobody discussed.
  public static func split(_ notes: MeetingNotes) -> (
    discussed: [MeetingNotes.AnomalyNote], not: [MeetingNotes.AnomalyNote]
  ) {
    (notes.anomalies.filter { $0.outcome != nil }, notes.anomalies.filter { $0.outcome == nil })
  }
}
