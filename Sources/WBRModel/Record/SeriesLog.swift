/// `wbr log`: the meetings of a series at a glance, each as it stood at its end.
public enum SeriesLog {
  /// One meeting.
  public struct Row: Sendable, Equatable {
    public var week: Day
    public var lead: String
    /// The day of its first change (UTC).
    public var heldOn: Day?
    /// Metrics given an outcome, and how many of each kind.
    public var outcomes: Int
    public var explained: Int
    public var investigating: Int
    public var routine: Int
    /// Commitments agreed, done, carried and dropped in it.
    public var commitments: CommitmentCounts
    /// Commitments still open at its end, and how many of those were overdue.
    public var open: Int
    public var overdue: Int
    /// Changes written after a later week's meeting began.
    public var amended: Bool
  }

  /// One row per meeting, oldest first, each from the record as it stood at its end
  /// (`MeetingRecord.eachAsItStood`: one fold going on, not one a meeting).
  public static func rows(_ record: MeetingRecord) -> [Row] {
    let meetings = record.meetings
    var rows: [Row] = []
    rows.reserveCapacity(meetings.count)
    // `body` comes once a week, in the order given.
    record.eachAsItStood(meetings.map(\.week)) { _, view in rows.append(row(meetings[rows.count], view)) }
    return rows
  }

  /// The row of `meeting`, from `view`, the record as it stood at its end.
  public static func row(_ meeting: MeetingInfo, _ view: MeetingRecord) -> Row {
    let w = meeting.week
    let outcomes = view.week(w).outcomes.values
    var row = Row(
      week: w, lead: meeting.lead, heldOn: RFC3339.day(of: meeting.heldAt), outcomes: outcomes.count,
      explained: 0, investigating: 0, routine: 0, commitments: view.commitmentCounts(in: w), open: 0,
      overdue: 0, amended: meeting.amended)
    for o in outcomes {
      switch o.kind {
      case .explained: row.explained += 1
      case .investigating: row.investigating += 1
      case .routine: row.routine += 1
      }
    }
    let after = w.adding(days: 1)
    for c in view.commitments where c.status == .open {
      row.open += 1
      if view.isOverdue(c, at: after) { row.overdue += 1 }
    }
    return row
  }

  /// The log as plain text: a title line, then one line per meeting under a header.
  public static func text(_ rows: [Row], series: SeriesIdentity?, recordPath: String) -> String {
    let title =
      series.map { "\"\(NotesText.oneLine($0.title))\" (series \($0.id))" } ?? "a record without a series"
    var lines = ["\(title): \(rows.count) meeting\(rows.count == 1 ? "" : "s") in \(recordPath)"]
    guard !rows.isEmpty else { return lines.joined(separator: "\n") + "\n" }
    let header = [
      "week", "lead", "held", "outcomes", "E", "I", "R", "new", "done", "carried", "dropped", "open",
      "overdue",
    ]
    var table: [[String]] = [header]
    for r in rows {
      let c = r.commitments
      table.append([
        r.week.description + (r.amended ? "*" : ""), NotesText.oneLine(r.lead), r.heldOn?.description ?? "-",
        String(r.outcomes), String(r.explained), String(r.investigating), String(r.routine), String(c.opened),
        String(c.closed), String(c.carried), String(c.dropped), String(r.open), String(r.overdue),
      ])
    }
    let widths = header.indices.map { i in table.map { $0[i].displayWidth }.max() ?? 0 }
    for row in table {
      let cells = row.enumerated().map { i, cell in
        i < 3
          ? cell + String(repeating: " ", count: widths[i] - cell.displayWidth)
          : String(repeating: " ", count: widths[i] - cell.displayWidth) + cell
      }
      lines.append(cells.joined(separator: "  ").trimmingSpaces)
    }
    if rows.contains(where: \.amended) { lines.append("* amended after a later week's meeting began") }
    lines.append(
      "E explained, I investigating, R routine; new, done, carried, dropped: commitments in the meeting;"
        + " open, overdue: at its end")
    return lines.joined(separator: "\n") + "\n"
  }
}
