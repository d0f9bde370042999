import WBRModel

/// One line of the drill-down's "In the record" section: this meeting's outcome for the metric
/// (the owner's explanation, "investigating", or the lead's overrule) or a commitment tied to it.
///
/// This is the hook between the meeting record and the drill-down: the app builds the lines
/// with `lines(for:in:week:ownerName:)` once the record exists and passes them in the
/// `DrillDownContext`; the view only draws them.
struct DrillDownRecordLine: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case explanation, investigating, routine
    case commitment(CommitmentStatus)
    /// An owner's prepared entry the lead has not accepted (`DrillDownPreparedLines`).
    case prepared
    /// Earlier meetings' memory of the metric (`DrillDownMemoryLines`): its heading, its lines.
    case earlierHeading, earlier
  }

  var kind: Kind
  /// The whole line, e.g. "Explained: promotion pulled orders forward".
  var text: String

  /// The style the line is drawn in.
  var style: Style {
    switch kind {
    case .explanation: return .normal
    case .investigating: return .warn
    case .routine: return .muted
    case .prepared: return .accent
    case .commitment(let status): return status == .open ? .normal : .muted
    case .earlierHeading: return .bold
    case .earlier: return .normal
    }
  }

  /// Whether it is about this meeting (not the memory of earlier ones).
  var isThisMeeting: Bool { kind != .earlierHeading && kind != .earlier }

  /// The lines for metric `metricID` in meeting `week`: its outcome, then the commitments tied
  /// to it that are open or were created or closed in that meeting, in creation order, then
  /// the memory of earlier meetings (under its `earlierIDs` too).
  /// `ownerName` turns an owner id into a display name; `ascii` keeps the punctuation ASCII.
  /// - Complexity: O(commitments + meetings).
  static func lines(
    for metricID: String, in record: MeetingRecord, week: Day, ascii: Bool = false, earlierIDs: [String] = [],
    ownerName: (String) -> String
  ) -> [DrillDownRecordLine] {
    var lines: [DrillDownRecordLine] = []
    if let outcome = record.weeks[week]?.outcomes[metricID] {
      let by = DrillDownPreparedLines.acceptedByline(outcome, in: record, ownerName: ownerName)
      switch outcome.kind {
      case .explained(let text):
        lines.append(DrillDownRecordLine(kind: .explanation, text: "Explained: " + text + by))
      case .investigating(let note):
        let back =
          outcome.continuedFromDue != nil
          ? "the owner's report-back continues, due next week" : "the owner reports back next week"
        lines.append(DrillDownRecordLine(kind: .investigating, text: "Investigating: " + (note ?? back) + by))
      case .routine(let note):
        let text = "Overruled as routine variation" + (note.map { ": " + $0 } ?? "")
        lines.append(DrillDownRecordLine(kind: .routine, text: text + by))
      }
    }
    lines += DrillDownPreparedLines.lines(
      for: metricID, in: record, week: week, ascii: ascii, ownerName: ownerName)
    for c in record.commitments where c.metric == metricID && c.createdWeek <= week {
      let status = c.status(asOf: week)
      guard status == .open || c.createdWeek == week || c.closedWeek == week else { continue }
      var text = "Commitment (\(status.rawValue)): \(c.text)"
      if let owner = c.owner { text += (ascii ? " - " : " \u{2014} ") + ownerName(owner) }
      text += ", due \(c.due)"
      if c.carryCount > 0 { text += ", carried \(c.carryCount)" + (ascii ? "x" : "\u{00D7}") }
      if status == .dropped, let reason = c.dropReason { text += " (dropped: \(reason))" }
      lines.append(DrillDownRecordLine(kind: .commitment(status), text: text))
    }
    let memory = record.memory(of: [metricID] + earlierIDs, before: week)
    return lines + DrillDownMemoryLines.lines(memory, metricID: metricID, ascii: ascii, ownerName: ownerName)
  }
}
