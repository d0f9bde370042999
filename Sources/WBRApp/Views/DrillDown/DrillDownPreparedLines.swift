import WBRModel

/// The drill-down's lines for owners' prepared entries on a metric (`wbr prep`): the
/// pending ones, marked "prepared by Zoë at 09:12" with how the lead accepts them, and the
/// byline of an accepted outcome. Proposals are not the record: they are drawn apart from it.
enum DrillDownPreparedLines {
  /// The pending entries about `metricID` in `week`: its outcome, commitments proposed on
  /// it, and answers to its commitments, in journal order.
  static func lines(
    for metricID: String, in record: MeetingRecord, week: Day, ascii: Bool, ownerName: (String) -> String
  ) -> [DrillDownRecordLine] {
    let dash = ascii ? " - " : " \u{2014} "
    var out: [DrillDownRecordLine] = []
    for entry in record.pendingPrepared(in: week) {
      let byline = PrepUpdate.byline(entry, ownerName: ownerName)
      let by: String
      switch entry.subject {
      case .outcome: by = " (\(byline); A accepts, e replaces)"
      case .commitment: by = " (\(byline); A accepts)"
      case .answer: by = " (\(byline); A on the commitments screen accepts)"
      }
      switch entry.event.change {
      case .outcome(let m, let kind, _, _) where m == metricID:
        out.append(line("Prepared, \(kind.name.lowercased()): " + (kind.text ?? "no note") + by))
      case .outcomeContinued(let m, let note, _, _, _) where m == metricID:
        out.append(line("Prepared, investigating: " + (note ?? "the report-back continues") + by))
      case .commitmentAdded(let draft, let m) where m == metricID:
        var text = "Prepared commitment: \(draft.text)"
        if let owner = draft.owner { text += dash + ownerName(owner) }
        out.append(line(text + ", due \(draft.due)" + by))
      case .commitmentDone(let id, let note):
        guard record.commitment(id: id)?.metric == metricID else { continue }
        out.append(line("Prepared answer, done: " + (note ?? "no note") + by))
      case .commitmentCarried(let id, let due, let reason):
        guard record.commitment(id: id)?.metric == metricID else { continue }
        out.append(line("Prepared answer, carry to \(due)" + (reason.map { ": " + $0 } ?? "") + by))
      case .commitmentDropped(let id, let reason):
        guard record.commitment(id: id)?.metric == metricID else { continue }
        out.append(line("Prepared answer, drop: " + reason + by))
      default: continue
      }
    }
    return out
  }

  /// " (prepared by Zoë at 09:12)" when `outcome` was an owner's prepared entry the lead
  /// accepted, else "".
  static func acceptedByline(
    _ outcome: MetricOutcome, in record: MeetingRecord, ownerName: (String) -> String
  )
    -> String
  {
    guard let entry = record.preparedEntry(outcome.eventID) else { return "" }
    return " (" + PrepUpdate.byline(entry, ownerName: ownerName) + ")"
  }

  private static func line(_ text: String) -> DrillDownRecordLine {
    DrillDownRecordLine(kind: .prepared, text: text)
  }
}
