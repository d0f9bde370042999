import WBRModel

/// What the screens say about the record: owner names, the deck row's mark, and a change in
/// words (for undo). The header's progress is `MeetingProgress`.
enum RecordSummary {
  /// An owner's display name: the owners file's name, else the id as written.
  static func ownerName(_ id: String, _ content: MeetingContent) -> String {
    content.owners.owner(id: id)?.name ?? id
  }

  /// The reviewed mark: a tick, "x" (as in "[x]") in ASCII, where "+" is the badge's good
  /// news: no glyph means two things.
  static func reviewedGlyph(ascii: Bool) -> String { ascii ? "x" : "✓" }

  /// The deck row's record mark: the outcome at a glance (E explained, I investigating,
  /// R routine), P for an owner's prepared outcome not yet accepted, a tick for reviewed, nil when nothing is recorded for the metric.
  static func mark(_ state: AppState, metric index: Int) -> (glyph: String, role: ColorRole)? {
    guard state.content.deck.metrics.indices.contains(index) else { return nil }
    let id = state.content.deck.metrics[index].id
    let week = state.meeting.thisWeek
    switch week.outcomes[id]?.kind {
    case .explained?: return ("E", .good)
    case .investigating?: return ("I", .warn)
    case .routine?: return ("R", .muted)
    case nil: break
    }
    if state.meeting.record.preparedOutcome(of: id, in: state.meeting.week) != nil { return ("P", .accent) }
    guard week.reviewed.contains(id) else { return nil }
    return (reviewedGlyph(ascii: state.glyphs.isASCII), .good)
  }

  /// A metric's display name: the deck's, else the id as written.
  static func metricName(_ id: String, _ content: MeetingContent) -> String {
    content.deck.metrics.first { $0.id == id }?.name ?? id
  }

  /// A change in words: "the outcome of In-stock rate", "commitment “Fix the feed” done".
  static func describe(_ event: RecordEvent, _ state: AppState) -> String {
    func name(_ id: String) -> String { metricName(id, state.content) }
    func commitment(_ id: String) -> String {
      state.meeting.record.commitment(id: id).map { "\"\($0.text)\"" } ?? "commitment " + id
    }
    switch event.change {
    case .reviewed(let m): return "\(name(m)) marked reviewed"
    case .unreviewed(let m): return "\(name(m)) unmarked"
    case .reviewedMany(let ms): return "\(ms.count) metric\(ms.count == 1 ? "" : "s") marked reviewed"
    case .outcome(let m, let kind, _, _): return "\(name(m)) \(kind.name)"
    case .outcomeCleared(let m): return "outcome of \(name(m)) cleared"
    case .commitmentAdded(let draft, _): return "new commitment \"\(draft.text)\""
    case .commitmentDone(let id, _): return "\(commitment(id)) done"
    case .commitmentCarried(let id, _, _): return "\(commitment(id)) carried"
    case .commitmentDropped(let id, _): return "\(commitment(id)) dropped"
    case .commitmentEdited(let id, _, _, _): return "\(commitment(id)) edited"
    case .outcomeContinued(let m, _, _, _, _): return "\(name(m)) investigating (report back continued)"
    case .undo: return "an undo"
    case .prepAccepted(let target):
      guard let entry = state.meeting.record.preparedEntry(target) else { return "a prepared entry accepted" }
      return describe(entry.event, state) + " (prepared) accepted"
    case .seriesStarted, .seriesRenamed, .sessionOpened: return "the meeting's opening"
    case .meetingHeld: return "the meeting's time"
    }
  }
}
