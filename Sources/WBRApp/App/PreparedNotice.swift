import WBRModel

/// The footer's word when another writer's prep session adds a proposal while this screen is
/// open (docs/JOURNAL.md, "Several writers"): the lead sees "Zoë Øster prepared an
/// explanation for Revenue (A accepts)" within a second, without a key press, and knows
/// where to look. A prep session and a follower (`wbr meet --follow`) are told too, without
/// the lead's key.
enum PreparedNotice {
  /// The notice for `event` once folded into `s`'s record, or nil when it is no pending
  /// proposal (a meeting change, a withdrawal, a session line) or this writer's own.
  static func of(_ event: RecordEvent, _ s: AppState) -> String? {
    if let session = s.meeting.session, event.sessionID == session { return nil }
    guard let entry = s.meeting.record.preparedEntry(event.id), entry.isPending else { return nil }
    let who = PrepUpdate.author(entry, s)
    // Only a writable meeting can take it: not a prep session, a follower or a read-only lead.
    let accept = s.meeting.prep == nil && !s.meeting.isReadOnly ? " (A accepts)" : ""
    return "\(who) prepared \(what(entry))\(about(event, s))\(accept)"
  }

  /// "an explanation", "an outcome", "a commitment", "an answer to a commitment".
  private static func what(_ entry: PreparedEntry) -> String {
    switch entry.event.change {
    case .outcome(_, .explained, _, _): return "an explanation"
    case .outcome, .outcomeContinued: return "an outcome"
    case .commitmentAdded: return "a commitment"
    case .commitmentDone, .commitmentCarried, .commitmentDropped: return "an answer to a commitment"
    default: return "an entry"
    }
  }

  /// " for Revenue" when the entry is about a metric of the deck.
  private static func about(_ event: RecordEvent, _ s: AppState) -> String {
    guard let id = event.metric else { return "" }
    return " for " + (s.content.deck.metrics.first { $0.id == id }?.name ?? id)
  }
}
