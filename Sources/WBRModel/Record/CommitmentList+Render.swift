/// `wbr commitments` in its four formats: text and Markdown for people (by owner), JSON and
/// CSV for programs and trackers (one commitment each).
extension CommitmentList {
  public enum Format: String, Sendable, Equatable, CaseIterable {
    case txt, md, json, csv
  }

  public func render(_ format: Format) -> String {
    switch format {
    case .txt: return text(markdown: false)
    case .md: return text(markdown: true)
    case .json: return json.pretty + "\n"
    case .csv: return csv
    }
  }

  private var title: String {
    let name = series.map { NotesText.oneLine($0.title) } ?? "Commitments"
    let count = "\(items.count) commitment\(items.count == 1 ? "" : "s")"
    return name + ": " + count + (asOf.map { " after the meeting of \($0)" } ?? "")
  }

  private func text(markdown: Bool) -> String {
    func esc(_ s: String) -> String { markdown ? NotesText.markdown(s) : NotesText.oneLine(s) }
    var lines = [markdown ? "# " + esc(title) : title]
    for group in byOwner {
      lines.append("")
      lines.append(markdown ? "## " + esc(group.name) : NotesText.oneLine(group.name))
      if markdown { lines.append("") }
      for item in group.items {
        let c = item.commitment
        let box = c.status == .done ? "[x]" : c.status == .dropped ? "[-]" : "[ ]"
        var state = esc(CommitmentList.state(item))
        // Overdue stands out without colour: upper case in text, bold in Markdown.
        if item.overdue { state = markdown ? "**" + state + "**" : state.uppercased() }
        var line = "- \(box) \(esc(c.text)) (\(CommitmentList.facts(c))): \(state)"
        if let m = c.metric { line += markdown ? " — metric " + esc(m) : " [" + esc(m) + "]" }
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private var json: OrderedJSON {
    typealias M = OrderedJSON.Member
    let list: [OrderedJSON] = items.map { item in
      let c = item.commitment
      return .object([
        M("id", .string(c.id)), M("text", .string(c.text)), M("owner_id", .optional(c.owner)),
        M("owner_name", .string(item.ownerName)), M("metric", .optional(c.metric)),
        M("agreed_week", .string(c.createdWeek.description)), M("due_week", .string(c.due.description)),
        M("status", .string(c.status.rawValue)), M("overdue", .bool(item.overdue)),
        M("times_carried", .int(c.carryCount)), M("closed_week", .optional(c.closedWeek?.description)),
        M("done_note", .optional(c.doneNote)), M("drop_reason", .optional(c.dropReason)),
      ])
    }
    var top: [M] = []
    if let series {
      top.append(M("series", .object([M("id", .string(series.id)), M("title", .string(series.title))])))
    }
    top.append(M("as_of_week", .optional(asOf?.description)))
    top.append(M("commitments", .array(list)))
    return .object(top)
  }

  private var csv: String {
    var rows = [
      [
        "id", "owner_id", "owner_name", "metric_id", "text", "agreed_week", "due_week", "status", "overdue",
        "times_carried", "closed_week", "note",
      ]
    ]
    for item in items {
      let c = item.commitment
      rows.append([
        c.id, c.owner ?? "", item.ownerName, c.metric ?? "", c.text, c.createdWeek.description,
        c.due.description,
        c.status.rawValue, item.overdue ? "yes" : "no", String(c.carryCount), c.closedWeek?.description ?? "",
        c.doneNote ?? c.dropReason ?? "",
      ])
    }
    return rows.map { $0.map(NotesText.csvField).joined(separator: ",") + "\r\n" }.joined()
  }
}
