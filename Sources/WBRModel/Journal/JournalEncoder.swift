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
    case .commitmentDone(let id, let note):
      m.append(M("commitment_id", .string(id)))
      if let note { m.append(M("note", .string(note))) }
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
    case .outcomeContinued(_, let note, let signals, let id, let due):
      m.append(M("outcome", .string("investigating")))
      if let note { m.append(M("text", .string(note))) }
      if !signals.isEmpty { m.append(M("signals", .array(signals.map { .string($0) }))) }
      m += [M("commitment_id", .string(id)), M("due", .string(due.description))]
    case .seriesStarted(let series):
      m.append(M("series", .object([M("id", .string(series.id)), M("title", .string(series.title))])))
    case .seriesRenamed(let title):
      m.append(M("title", .string(title)))
    case .sessionOpened(let header):
      m += session(header)
    }
    return .object(m)
  }

  private static func session(_ h: SessionHeader) -> [OrderedJSON.Member] {
    typealias M = OrderedJSON.Member
    var m: [M] = []
    if let deck = h.deck {
      var d = [M("file", .string(deck.file))]
      if let sha = deck.sha256 { d.append(M("sha256", .string(sha))) }
      m.append(M("deck", .object(d)))
    }
    let people: [OrderedJSON] = h.owners.people.map { p in
      var o = [M("id", .string(p.id)), M("name", .string(p.name))]
      if let team = p.team { o.append(M("team", .string(team))) }
      if let email = p.email { o.append(M("email", .string(email))) }
      return .object(o)
    }
    let assignments = h.owners.assignments.sorted { $0.key < $1.key }.map { M($0.key, .string($0.value)) }
    m.append(M("owners", .object([M("people", .array(people)), M("assignments", .object(assignments))])))
    return m
  }

  private static func commitment(_ d: CommitmentDraft) -> OrderedJSON {
    var m: [OrderedJSON.Member] = [.init("id", .string(d.id)), .init("text", .string(d.text))]
    if let owner = d.owner { m.append(.init("owner", .string(owner))) }
    m.append(.init("due", .string(d.due.description)))
    return .object(m)
  }
}
