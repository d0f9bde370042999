/// The notes as Markdown, for wikis. Every piece of text from the deck or the lead goes
/// through `NotesText.markdown`, so it cannot break a table or add formatting.
public enum MarkdownNotes {
  /// `ascii` as for `PlainTextNotes.render(_:ascii:)`.
  public static func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    let md = NotesText.markdown
    let h = notes.header
    var out: [String] = []
    out.append("# " + md(h.title ?? "WBR") + ": notes for the week ending \(h.week)")
    out.append("")
    out.append("- Meeting: " + (h.meetingDate?.description ?? "not held (nothing recorded)"))
    out.append("- Lead: " + md(h.lead))
    out.append("- Data as of: " + md(h.asOf ?? "not stated"))
    if let q = h.dataQuality { out.append("- Data quality: " + md(q)) }
    if let file = h.deckFile {
      var line = "- Deck: " + md(file)
      switch h.deckChecksum {
      case .sha256(let hex)?: line += ", SHA-256 `\(hex)`"
      case .notTaken(let why)?: line += " (no SHA-256: " + md(why) + ")"
      case nil: break
      }
      out.append(line)
    }
    out.append("")
    out.append("## Summary")
    out.append("")
    out += NotesSummary.lines(notes.counts).map { "- " + $0 }

    out.append("")
    out.append("## Last week's commitments")
    out.append("")
    if notes.lastWeek.isEmpty {
      out.append("None were open.")
    } else {
      out.append("| Owner | Commitment | Due | Age | Outcome |")
      out.append("|---|---|---|---|---|")
      for c in notes.lastWeek {
        out.append(
          "| "
            + [
              md(c.owner.name), md(c.commitment.text), c.commitment.due.description, c.ageText,
              md(c.reviewText),
            ]
            .joined(separator: " | ") + " |")
      }
    }

    out.append("")
    out.append("## Anomalies")
    if notes.anomalies.isEmpty {
      out += ["", "None."]
    }
    for a in notes.anomalies {
      out.append("")
      out.append(
        "### " + md(a.name) + " (" + md(a.metricID) + ")" + (a.owner.map { ", " + md($0.name) } ?? ""))
      out.append("")
      if let t = a.texts(ascii: ascii) {
        out.append("| Value | WoW | YoY | vs target | Last 6 weeks | YoY, last 12 weeks |")
        out.append("|---|---|---|---|---|---|")
        out.append(
          "| "
            + [t.value, t.wow, t.yoy, t.vsTarget, t.wowSparkline, t.yoySparkline].map(md)
            .joined(separator: " | ") + " |")
        out.append("")
      }
      for s in a.signals { out.append("- Signal: " + md(s.sentence)) }
      if a.signals.isEmpty { out.append("- No signal" + (a.analysis == nil ? " (not in this deck)" : "")) }
      let summary = a.outcomeSummary
      var line = "- **" + md(summary.label) + "**"
      if let text = summary.text, !NotesText.clean(text).isEmpty { line += ": " + md(text) }
      out.append(line)
    }

    out.append("")
    out.append("## New commitments")
    if notes.newCommitments.isEmpty { out += ["", "None."] }
    for group in notes.newCommitments {
      out.append("")
      out.append("### " + md(group.owner.name))
      out.append("")
      for c in group.commitments {
        var line = "- " + md(c.commitment.text) + " (due \(c.commitment.due)"
        if let m = c.metricName { line += "; " + md(m) }
        line += ")"
        if c.status != .open { line += ": " + c.status.rawValue }
        out.append(line)
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}

/// The summary lines shared by Markdown and plain text.
enum NotesSummary {
  static func lines(_ c: MeetingNotes.Counts) -> [String] {
    let total = c.metricsTotal.map { " of \($0)" } ?? ""
    var anomalies = "Anomalies: \(c.anomalies)"
    if !c.anomaliesKnown {
      anomalies = "Anomalies: not known (no deck for this week)"
    } else if c.anomalies > 0 {
      anomalies +=
        " (\(c.explained) explained, \(c.investigating) investigating, \(c.routine) routine,"
        + " \(c.undiscussed) not discussed)"
    }
    let k = c.commitments
    return [
      "Metrics reviewed: \(c.metricsReviewed)\(total)", anomalies,
      "Commitments: \(k.opened) opened, \(k.closed) closed, \(k.carried) carried, \(k.dropped) dropped",
    ]
  }
}
