import WBRModel

/// The drill-down's memory of a metric: what earlier meetings recorded about it (week,
/// outcome, the commitments agreed on it and what became of them), newest first, so that a
/// metric that signals again is read against last time's words.
enum DrillDownMemoryLines {
  /// The heading and one line per earlier outcome or mark, each followed by its commitments;
  /// empty when no earlier meeting recorded anything about the metric.
  /// - Complexity: O(meetings + commitments).
  static func lines(
    _ memory: MetricMemory, metricID: String, ascii: Bool, ownerName: (String) -> String
  ) -> [DrillDownRecordLine] {
    guard !memory.isEmpty else { return [] }
    var heading = "Earlier meetings"
    if memory.run > 0 {
      heading +=
        memory.run == 1
        ? " (discussed last meeting too)" : " (discussed in the last \(memory.run) meetings in a row)"
    }
    var out = [DrillDownRecordLine(kind: .earlierHeading, text: heading)]
    let dash = ascii ? " - " : " \u{2014} "
    for entry in memory.entries {
      let renamed = entry.metricID == metricID ? "" : " (as \(entry.metricID))"
      out.append(DrillDownRecordLine(kind: .earlier, text: "\(entry.week)\(renamed): " + outcome(entry)))
      for c in entry.commitments {
        var text = "  Commitment: \(c.text)"
        if let owner = c.owner { text += dash + ownerName(owner) }
        out.append(DrillDownRecordLine(kind: .earlier, text: text + "; " + fate(c, ascii: ascii)))
      }
    }
    return out
  }

  static func outcome(_ entry: MetricMemory.Entry) -> String {
    guard let outcome = entry.outcome else {
      return entry.reviewed ? "reviewed, nothing to see" : "commitments agreed"
    }
    switch outcome.kind {
    case .explained(let text): return "Explained: " + text
    case .investigating(let note):
      let what = outcome.continuedFromDue != nil ? "Investigating again" : "Investigating"
      return what + (note.map { ": " + $0 } ?? "")
    case .routine(let note): return "Overruled as routine" + (note.map { ": " + $0 } ?? "")
    }
  }

  /// "agreed 2026-11-07, carried 2×, done 2026-11-21: note", "open, due 2026-11-28".
  static func fate(_ c: Commitment, ascii: Bool) -> String {
    var parts = ["agreed \(c.createdWeek)"]
    if c.carryCount > 0 { parts.append("carried \(c.carryCount)" + (ascii ? "x" : "\u{00D7}")) }
    switch c.status {
    case .open: parts.append("open, due \(c.due)")
    case .done: parts.append("done \(c.closedWeek?.description ?? "")" + (c.doneNote.map { ": " + $0 } ?? ""))
    case .dropped:
      parts.append("dropped \(c.closedWeek?.description ?? "")" + (c.dropReason.map { ": " + $0 } ?? ""))
    }
    return parts.joined(separator: ", ")
  }
}
