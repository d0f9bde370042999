/// The notes as Markdown, for wikis, in the reader's layout (as `PlainTextNotes`). Every piece
/// of text from the deck or the lead goes through `NotesText.markdown`, so it cannot break a
/// table or add formatting; ids and hashes are in the "Details" section at the end.
public enum MarkdownNotes {
  /// `ascii` as for `PlainTextNotes.render(_:ascii:)`.
  public static func render(_ notes: MeetingNotes, ascii: Bool = false) -> String {
    let md = NotesText.markdown
    let h = notes.header
    let w = h.week
    var out: [String] = []
    out.append("# " + md(h.title ?? "WBR") + ": notes for the week ending \(w)")
    out.append("")
    out.append(md(NotesReading.meeting(h)) + ".")
    out.append("")
    out += NotesSummary.lines(notes.counts).map { "- " + $0 }
    if let changes = notes.ownerChanges {
      out.append("- " + md(NotesReading.ownerChanges(changes, ascii: ascii)))
    }

    if !notes.outputs.isEmpty {
      out += [
        "", "## Outputs", "", "| | Metric | This week | WoW | YoY | vs target |", "|---|---|---|---|---|---|",
      ]
      for o in notes.outputs {
        let t = MetricTexts(o.analysis, ascii: ascii)
        let mark = o.analysis.signals.first.map {
          $0.direction == .bad ? "!" : $0.direction == .good ? "+" : "*"
        }
        out.append(
          "| "
            + [md(mark ?? ""), md(o.name), md(t.value), md(t.wow), md(t.yoy), md(t.vsTarget)].joined(
              separator: " | ")
            + " |")
      }
    }

    let (discussed, undiscussed) = NotesReading.split(notes)
    out += ["", "## Anomalies discussed"]
    if discussed.isEmpty { out += ["", "None."] }
    for a in discussed {
      out.append("")
      out.append("### " + md(a.name) + (a.owner.map { " (" + md($0.name) + ")" } ?? ""))
      out.append("")
      if let analysis = a.analysis { out.append(md(NotesReading.numbers(analysis, ascii: ascii))) }
      out.append("")
      for s in a.signals { out.append("- " + NotesReading.news(s.direction) + ": " + md(s.clause)) }
      let outcome = NotesReading.outcome(a, week: w)
      var line = "- **" + md(outcome.label) + "**"
      if let text = outcome.text, !NotesText.clean(text).isEmpty { line += ": " + md(text) }
      out.append(line)
      for c in a.commitments {
        out.append(
          "- Commitment: " + md(c.commitment.text) + "; " + md(c.owner.name) + ", "
            + NotesReading.state(c, week: w))
      }
    }
    if !undiscussed.isEmpty {
      out += ["", "Not discussed: " + undiscussed.map { md($0.name) }.joined(separator: ", ")]
    }

    out += ["", "## Earlier commitments", ""]
    if notes.lastWeek.isEmpty { out.append("None were open.") }
    for c in notes.lastWeek {
      out.append(
        "- " + md(c.commitment.text) + " (" + md(c.owner.name) + "): " + md(NotesReading.followUp(c, week: w))
      )
    }

    out += ["", "## New commitments"]
    if notes.newCommitments.isEmpty { out += ["", "None."] }
    for group in notes.newCommitments {
      out += ["", "### " + md(group.owner.name), ""]
      for c in group.commitments {
        var line = "- " + md(c.commitment.text) + ", " + NotesReading.state(c, week: w)
        if let m = c.metricName { line += "; metric: " + md(m) }
        out.append(line)
      }
    }

    if !notes.prepared.isEmpty {
      out += ["", "## Prepared, not discussed", ""]
      for p in notes.prepared { out.append("- " + md(p.sentence)) }
    }

    if let gaps = notes.gaps {
      out += ["", "## Response gaps", ""]
      if gaps.owners.isEmpty { out.append("None: every anomaly and open commitment was answered.") }
      for line in gaps.markdown().split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
        out.append(String(line))
      }
      if out.last == "" { out.removeLast() }
    }

    out += ["", "## Details", ""]
    out.append("- Data as of: " + md(h.asOf ?? "not stated"))
    if let q = h.dataQuality { out.append("- Data quality: " + md(DataQualityNote.clause(q))) }
    if let file = h.deckFile {
      var line = "- Deck: " + md(file)
      let reloaded = h.deckReloadedText
      if let reloaded { line += ", " + reloaded + ";" }
      switch h.deckChecksum {
      case .sha256(let hex)?: line += (reloaded == nil ? ", SHA-256 `" : " SHA-256 as reloaded `") + hex + "`"
      case .notTaken(let why)?:
        line += (reloaded == nil ? " (" : " ") + "no SHA-256: " + md(why) + (reloaded == nil ? ")" : "")
      case nil: break
      }
      out.append(line)
    }
    for a in notes.anomalies {
      out.append("- Metric " + md(a.name) + ": id " + md(a.metricID) + md(PlainTextNotes.signalIDs(a)))
    }
    for c in notes.lastWeek + notes.newCommitments.flatMap(\.commitments) {
      out.append("- Commitment " + md(c.commitment.id) + ": " + md(c.commitment.text))
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
