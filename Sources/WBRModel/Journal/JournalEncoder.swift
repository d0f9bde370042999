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
    case .reviewedMany(let metrics):
      w.key("metrics")
      w.beginArray()
      for m in metrics { w.string(m) }
      w.endArray()
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
    case .commitmentDone(let id, let note):
      w.field("commitment_id", id)
      if let note { w.field("note", note) }
    case .commitmentCarried(let id, let due, let reason):
      w.field("commitment_id", id)
      w.field("due", due)
      if let reason { w.field("reason", reason) }
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
    case .outcomeContinued(_, let note, let signals, let id, let due):
      w.field("outcome", "investigating")
      if let note { w.field("text", note) }
      if !signals.isEmpty {
        w.key("signals")
        w.beginArray()
        for s in signals { w.string(s) }
        w.endArray()
      }
      w.field("commitment_id", id)
      w.field("due", due)
    case .seriesStarted(let series):
      w.key("series")
      w.beginObject()
      w.field("id", series.id)
      w.field("title", series.title)
      w.endObject()
    case .seriesRenamed(let title):
      w.field("title", title)
    case .sessionOpened(let header):
      if let owner = header.owner { w.field("owner", owner) }
      session(header, &w)
    case .prepAccepted(let target):
      w.field("target", target)
    case .meetingHeld:
      break
    }
    w.endObject()
  }

  /// A session's first line: `"deck": {"file", "sha256"?}`, `"owners": {"people": [...],
  /// "assignments": {metric: owner}}` (assignments sorted by metric id).
  private static func session(_ h: SessionHeader, _ w: inout JSONWriter) {
    if let deck = h.deck {
      w.key("deck")
      w.beginObject()
      w.field("file", deck.file)
      if let sha = deck.sha256 { w.field("sha256", sha) }
      w.endObject()
    }
    w.key("owners")
    w.beginObject()
    w.key("people")
    w.beginArray()
    for p in h.owners.people {
      w.beginObject()
      w.field("id", p.id)
      w.field("name", p.name)
      if let team = p.team { w.field("team", team) }
      if let email = p.email { w.field("email", email) }
      w.endObject()
    }
    w.endArray()
    w.key("assignments")
    w.beginObject()
    for (metric, owner) in h.owners.assignments.sorted(by: { $0.key < $1.key }) {
      w.key(text: metric)
      w.string(owner)
    }
    w.endObject()
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
