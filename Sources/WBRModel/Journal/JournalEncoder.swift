/// Writes an event as one journal line (docs/JOURNAL.md).
public enum JournalEncoder {
  /// The event's line, without the trailing newline. Never contains a raw newline: JSON
  /// escapes every control character inside strings.
  public static func line(_ event: RecordEvent) -> String { json(event).compact }

  public static func json(_ event: RecordEvent) -> OrderedJSON {
    typealias M = OrderedJSON.Member
    var m: [M] = [
      M("v", .int(RecordEvent.currentVersion)), M("type", .string(event.change.type)),
      M("id", .string(event.id)), M("at", .string(event.at)), M("by", .string(event.by)),
      M("week", .string(event.week.description)),
    ]
    if let metric = event.metric { m.append(M("metric", .string(metric))) }
    switch event.change {
    case .reviewed, .unreviewed, .outcomeCleared:
      break
    case .outcome(_, let kind, let signals, let draft):
      m.append(M("outcome", .string(kind.name)))
      if let text = kind.text { m.append(M("text", .string(text))) }
      if !signals.isEmpty { m.append(M("signals", .array(signals.map { .string($0) }))) }
      if let draft { m.append(M("commitment", commitment(draft))) }
    case .commitmentAdded(let draft, _):
      m.append(M("commitment", commitment(draft)))
    case .commitmentDone(let id):
      m.append(M("commitment_id", .string(id)))
    case .commitmentCarried(let id, let due):
      m += [M("commitment_id", .string(id)), M("due", .string(due.description))]
    case .commitmentDropped(let id, let reason):
      m += [M("commitment_id", .string(id)), M("reason", .string(reason))]
    case .commitmentEdited(let id, let text, let owner, let due):
      m.append(M("commitment_id", .string(id)))
      if let text { m.append(M("text", .string(text))) }
      if let owner { m.append(M("owner", .string(owner))) }
      if let due { m.append(M("due", .string(due.description))) }
    case .undo(let target):
      m.append(M("target", .string(target)))
    }
    return .object(m)
  }

  private static func commitment(_ d: CommitmentDraft) -> OrderedJSON {
    var m: [OrderedJSON.Member] = [.init("id", .string(d.id)), .init("text", .string(d.text))]
    if let owner = d.owner { m.append(.init("owner", .string(owner))) }
    m.append(.init("due", .string(d.due.description)))
    return .object(m)
  }
}
