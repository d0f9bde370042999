import WBRModel

/// How the footer names another writer's change that replaced one before it (docs/JOURNAL.md,
/// "Several writers"): "Zoë's outcome for In-stock rate replaced yours". A writer is named by
/// its `by` (a login name or the lead's `--lead`), or the owners file's name for that id.
enum WriterNames {
  /// Another writer's change replaced `conflict.replaced` (this writer's, or a third's).
  static func replaced(_ conflict: RecordConflict, _ s: AppState) -> String {
    let whose = isMine(conflict.replaced, s) ? "yours" : possessive(writer(conflict.replaced, s), s)
    return
      "\(possessive(writer(conflict.by, s), s)) \(kind(conflict.by, s))\(conflict.what)\(about(conflict.by, s)) replaced \(whose)"
  }

  /// This writer's saved change replaced another writer's (an owner's proposal: "prepared").
  static func yoursReplaced(_ conflict: RecordConflict, _ s: AppState) -> String {
    let proposal = s.meeting.record.isPrepared(conflict.replaced) ? " prepared \(conflict.what)" : ""
    return "your \(conflict.what) replaced \(possessive(writer(conflict.replaced, s), s))" + proposal
  }

  /// Who wrote `event`: a prep session's owner (its `prep.open`'s owner id; every owner may
  /// run as one login), else its `by`.
  private static func writer(_ event: RecordEvent, _ s: AppState) -> String {
    s.meeting.record.session(of: event)?.header.owner ?? event.by
  }

  /// "prepared " for a prep session's change (a proposal), else nothing.
  private static func kind(_ event: RecordEvent, _ s: AppState) -> String {
    s.meeting.record.isPrepared(event) ? "prepared " : ""
  }

  private static func isMine(_ event: RecordEvent, _ s: AppState) -> Bool {
    guard let session = s.meeting.session else { return false }
    return event.sessionID == session
  }

  /// "Zoë's": the owners file's name for `by` when it is an owner's id, else `by` itself.
  static func possessive(_ by: String, _ s: AppState) -> String {
    let name = s.content.owners.owner(id: by)?.name ?? by
    return name + (name.hasSuffix("s") ? "'" : "'s")
  }

  /// " for In-stock rate" when the change is about a metric of the deck.
  private static func about(_ event: RecordEvent, _ s: AppState) -> String {
    guard let id = event.metric else { return "" }
    let name = s.content.deck.metrics.first { $0.id == id }?.name ?? id
    return " for \(name)"
  }
}
