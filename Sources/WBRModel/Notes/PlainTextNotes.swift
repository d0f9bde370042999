/// The notes as plain text, for e-mail and chat, in the reader's layout: the meeting in one
/// line, the outputs (those with a signal first), each discussed anomaly with its outcome and
/// the commitments born from it, the follow-up of earlier commitments, the new commitments by
/// owner, and at the end the details (ids, the deck's file and SHA-256). No markup; control
/// characters removed; line breaks the lead typed kept, indented.
public enum PlainTextNotes {
  /// `ascii` keeps the glyphs the notes add (minus signs, sparklines) to ASCII; the signal
  /// sentences follow the analysis they come from (`DeckAnalyzer.analyze(_:ascii:)`).
  public static func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    let one = NotesText.oneLine
    let h = notes.header
    let w = h.week
    var out: [String] = []
    let title = one(h.title ?? "WBR") + ": notes for the week ending \(w)"
    out += [title, String(repeating: "=", count: title.count), ""]
    out.append(one(NotesReading.meeting(h)))
    out += NotesSummary.lines(notes.counts)
    if let changes = notes.ownerChanges { out.append(one(NotesReading.ownerChanges(changes, ascii: ascii))) }

    if !notes.outputs.isEmpty {
      section("Outputs", into: &out)
      for o in notes.outputs {
        let mark = o.analysis.signals.first.map {
          $0.direction == .bad ? "! " : $0.direction == .good ? "+ " : "* "
        }
        out.append(
          "  " + (mark ?? "  ") + one(o.name) + ": " + one(NotesReading.numbers(o.analysis, ascii: ascii)))
      }
    }

    let (discussed, undiscussed) = NotesReading.split(notes)
    section("Anomalies discussed", into: &out)
    if discussed.isEmpty { out.append("  None.") }
    for (n, a) in discussed.enumerated() {
      if n > 0 { out.append("") }
      out.append("  \(n + 1). " + one(a.name) + (a.owner.map { " (" + one($0.name) + ")" } ?? ""))
      if let analysis = a.analysis { out.append("     " + one(NotesReading.numbers(analysis, ascii: ascii))) }
      for s in a.signals { out.append("     " + NotesReading.news(s.direction) + ": " + one(s.clause)) }
      let outcome = NotesReading.outcome(a, week: w)
      out += labelled("     " + one(outcome.label), outcome.text)
      for c in a.commitments {
        out.append(
          "     Commitment: " + one(c.commitment.text) + "; " + one(c.owner.name) + ", "
            + NotesReading.state(c, week: w))
      }
    }
    if !undiscussed.isEmpty {
      out.append("")
      out.append("  Not discussed: " + undiscussed.map { one($0.name) }.joined(separator: ", "))
    }

    section("Earlier commitments", into: &out)
    if notes.lastWeek.isEmpty { out.append("  None were open.") }
    for c in notes.lastWeek {
      out.append(
        "  - " + one(c.commitment.text) + " (" + one(c.owner.name) + "): "
          + one(NotesReading.followUp(c, week: w)))
    }

    section("New commitments", into: &out)
    if notes.newCommitments.isEmpty { out.append("  None.") }
    for group in notes.newCommitments {
      out.append("  " + one(group.owner.name))
      for c in group.commitments {
        var line = "    - " + one(c.commitment.text) + ", " + NotesReading.state(c, week: w)
        if let m = c.metricName { line += "; metric: " + one(m) }
        out.append(line)
      }
    }

    if !notes.prepared.isEmpty {
      section("Prepared, not discussed", into: &out)
      for p in notes.prepared { out.append("  - " + one(p.sentence)) }
    }

    if let gaps = notes.gaps {
      section("Response gaps", into: &out)
      if gaps.owners.isEmpty { out.append("  None: every anomaly and open commitment was answered.") }
      for line in gaps.text().split(separator: "\n").dropFirst() { out.append("  " + line) }
    }

    section("Details", into: &out)
    out.append("  Data as of:   " + one(h.asOf ?? "not stated"))
    if let q = h.dataQuality { out.append("  Data quality: " + one(DataQualityNote.clause(q))) }
    if let file = h.deckFile {
      out.append("  Deck:         " + one(file) + (h.deckReloadedText.map { " (" + $0 + ")" } ?? ""))
    }
    switch h.deckChecksum {
    case .sha256(let hex)?:
      out.append("  Deck SHA-256: " + hex + (h.deckReloadedAt == nil ? "" : " (as reloaded)"))
    case .notTaken(let why)?: out.append("  Deck SHA-256: not taken: " + one(why))
    case nil: break
    }
    for a in notes.anomalies {
      out.append("  Metric " + one(a.name) + ": id " + one(a.metricID) + signalIDs(a))
    }
    for c in notes.lastWeek + notes.newCommitments.flatMap(\.commitments) {
      out.append("  Commitment " + one(c.commitment.id) + ": " + one(c.commitment.text))
    }
    return out.joined(separator: "\n") + "\n"
  }

  static func signalIDs(_ a: MeetingNotes.AnomalyNote) -> String {
    a.signals.isEmpty ? "" : ", signals " + a.signals.map(\.id.rawValue).joined(separator: " ")
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
