/// The notes as plain text, for e-mail: no markup, headings underlined, text wrapped under
/// its label. Control characters are removed; line breaks the lead typed are kept, indented.
public enum PlainTextNotes {
  /// `ascii` keeps the glyphs the notes add (minus signs, sparklines) to ASCII; the signal
  /// sentences follow the analysis they come from (`DeckAnalyzer.analyze(_:ascii:)`).
  public static func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    let h = notes.header
    var out: [String] = []
    let title = NotesText.oneLine(h.title ?? "WBR") + ": notes for the week ending \(h.week)"
    out += [title, String(repeating: "=", count: title.count), ""]
    out.append("Meeting:      " + (h.meetingDate?.description ?? "not held (nothing recorded)"))
    out.append("Lead:         " + NotesText.oneLine(h.lead))
    out.append("Data as of:   " + NotesText.oneLine(h.asOf ?? "not stated"))
    if let file = h.deckFile { out.append("Deck:         " + NotesText.oneLine(file)) }
    switch h.deckChecksum {
    case .sha256(let hex)?: out.append("Deck SHA-256: " + hex)
    case .notTaken(let why)?: out.append("Deck SHA-256: not taken: " + NotesText.oneLine(why))
    case nil: break
    }

    section("Summary", into: &out)
    out += NotesSummary.lines(notes.counts).map { "  " + $0 }

    section("Last week's commitments", into: &out)
    if notes.lastWeek.isEmpty { out.append("  None were open.") }
    for c in notes.lastWeek {
      out.append(
        "  - " + NotesText.oneLine(c.commitment.text) + " (" + NotesText.oneLine(c.owner.name)
          + ", due \(c.commitment.due), \(c.ageText)): " + NotesText.oneLine(c.reviewText))
    }

    section("Anomalies", into: &out)
    if notes.anomalies.isEmpty { out.append("  None.") }
    for (n, a) in notes.anomalies.enumerated() {
      if n > 0 { out.append("") }
      out.append(
        "  \(n + 1). " + NotesText.oneLine(a.name) + " (" + NotesText.oneLine(a.metricID) + ")"
          + (a.owner.map { ", owner " + NotesText.oneLine($0.name) } ?? ""))
      if let t = a.texts(ascii: ascii) {
        // wbr's own texts; the value's one piece of file text, the deck's prefix, is cleaned
        // where it is joined (`ValueFormat`), never here after the join.
        out.append("     Value \(t.value)   WoW \(t.wow)   YoY \(t.yoy)   vs target \(t.vsTarget)")
        out.append("     Last 6 weeks \(t.wowSparkline)   YoY, last 12 weeks \(t.yoySparkline)")
      }
      for s in a.signals { out.append("     Signal: " + NotesText.oneLine(s.sentence)) }
      if a.signals.isEmpty { out.append("     No signal" + (a.analysis == nil ? " (not in this deck)" : "")) }
      let summary = a.outcomeSummary
      // The label names who overruled a signal, as recorded in the journal: cleaned too.
      out += labelled("     " + NotesText.oneLine(summary.label), summary.text)
    }

    section("New commitments", into: &out)
    if notes.newCommitments.isEmpty { out.append("  None.") }
    for group in notes.newCommitments {
      out.append("  " + NotesText.oneLine(group.owner.name))
      for c in group.commitments {
        var line = "    - " + NotesText.oneLine(c.commitment.text) + " (due \(c.commitment.due)"
        if let m = c.metricName { line += "; " + NotesText.oneLine(m) }
        out.append(line + ")" + (c.status != .open ? ": " + c.status.rawValue : ""))
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static func section(_ title: String, into out: inout [String]) {
    out += ["", title, String(repeating: "-", count: title.count)]
  }

  /// "label: first line", further lines indented under it.
  private static func labelled(_ label: String, _ text: String?) -> [String] {
    guard let text else { return [label] }
    let lines = NotesText.clean(text).split(separator: "\n").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    guard let first = lines.first else { return [label] }
    let indent = String(repeating: " ", count: label.prefix { $0 == " " }.count + 2)
    return [label + ": " + first] + lines.dropFirst().map { indent + $0 }
  }
}
