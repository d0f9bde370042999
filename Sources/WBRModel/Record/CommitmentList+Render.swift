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
    case .json: return json
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

  private var json: String {
    JSONWriter.file(.pretty) { w in
      w.beginObject()
      if let series {
        w.key("series")
        w.beginObject()
        w.field("id", series.id)
        w.field("title", series.title)
        w.endObject()
      }
      w.key("as_of_week")
      if let asOf { w.day(asOf) } else { w.null() }
      w.key("commitments")
      w.beginArray()
      for item in items {
        let c = item.commitment
        w.beginObject()
        w.field("id", c.id)
        w.field("text", c.text)
        optional("owner_id", c.owner, &w)
        w.field("owner_name", item.ownerName)
        optional("metric", c.metric, &w)
        w.field("agreed_week", c.createdWeek)
        w.field("due_week", c.due)
        w.field("status", c.status.rawValue)
        w.field("overdue", item.overdue)
        w.field("times_carried", c.carryCount)
        optional("closed_week", c.closedWeek?.description, &w)
        optional("done_note", c.doneNote, &w)
        optional("drop_reason", c.dropReason, &w)
        w.endObject()
      }
      w.endArray()
      w.endObject()
    }.text
  }

  /// A string member, or `null` when there is none.
  private func optional(_ key: StaticString, _ value: String?, _ w: inout JSONWriter) {
    w.key(key)
    if let value { w.string(value) } else { w.null() }
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
