/// Writes an event as one journal line (docs/JOURNAL.md).
public enum JournalEncoder {
  /// The event's line, without the trailing newline. Never contains a raw newline: JSON
  /// escapes every control character inside strings.
  public static func line(_ event: RecordEvent) -> String {
    var w = JSONWriter(style: .compact, capacity: 256)
    write(event, &w)
    return w.text
  }

  static func write(_ event: RecordEvent, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("v", RecordEvent.currentVersion)
    w.field("type", event.change.type)
    w.field("id", event.id)
    w.field("at", event.at)
    w.field("by", event.by)
    w.field("week", event.week)
    if let metric = event.metric { w.field("metric", metric) }
    switch event.change {
    case .reviewed, .unreviewed, .outcomeCleared:
      break
    case .outcome(_, let kind, let signals, let draft):
      w.field("outcome", kind.name)
      if let text = kind.text { w.field("text", text) }
      if !signals.isEmpty {
        w.key("signals")
        w.beginArray()
        for s in signals { w.string(s) }
        w.endArray()
      }
      if let draft { commitment(draft, &w) }
    case .commitmentAdded(let draft, _):
      commitment(draft, &w)
    case .commitmentDone(let id):
      w.field("commitment_id", id)
    case .commitmentCarried(let id, let due):
      w.field("commitment_id", id)
      w.field("due", due)
    case .commitmentDropped(let id, let reason):
      w.field("commitment_id", id)
      w.field("reason", reason)
    case .commitmentEdited(let id, let text, let owner, let due):
      w.field("commitment_id", id)
      if let text { w.field("text", text) }
      if let owner { w.field("owner", owner) }
      if let due { w.field("due", due) }
    case .undo(let target):
      w.field("target", target)
    }
    w.endObject()
  }

  /// `"commitment": {"id", "text", "owner"?, "due"}`.
  private static func commitment(_ d: CommitmentDraft, _ w: inout JSONWriter) {
    w.key("commitment")
    w.beginObject()
    w.field("id", d.id)
    w.field("text", d.text)
    if let owner = d.owner { w.field("owner", owner) }
    w.field("due", d.due)
    w.endObject()
  }
}
