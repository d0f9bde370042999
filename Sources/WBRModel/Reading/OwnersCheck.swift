/// The checks between a deck and an owners file. All are warnings: an owners file is kept by
/// hand and outlives decks, so it may name metrics that were retired or people not yet
/// assigned, and the meeting can still run.
enum OwnersCheck {
  /// `mentions`: each metric element's `owner` as the deck reader found it
  /// (`DocumentReader.ownerMentions`).
  static func check(
    deck: Deck, mentions: [(index: Int, mention: OwnerMention)], owners: OwnersFile, ownersTape: JSONTape,
    deckLog: inout DiagnosticLog, ownersLog: inout DiagnosticLog
  ) {
    let ownerIDs = Set(owners.owners.map(\.id))
    for (k, m) in mentions where !ownerIDs.contains(m.owner) {
      let overridden = owners.assignments[m.metricID] != nil
      let note = overridden ? " (the owners file assigns this metric anyway)" : ""
      deckLog.log(
        .ownersUnknownOwner,
        "owner \(DocumentReader.quoted(m.owner)) is not in the owners file \(ownersLog.file)\(note)",
        line: m.position.line, column: m.position.column,
        path: JSONPath.root.key("metrics").index(k).key("owner"))
    }
    let metricIDs = Set(deck.metrics.map(\.id))
    guard let assignments = ownersTape.member(ownersTape.root, "assignments") else { return }
    var c = ownersTape.members(assignments)
    while let m = ownersTape.next(&c) {
      let key = ownersTape.string(m.key) ?? ""
      if metricIDs.contains(key) { continue }
      ownersLog.log(
        .ownersUnknownMetric, "metric \(DocumentReader.quoted(key)) is not in the deck \(deckLog.file)",
        line: ownersTape.line(m.key),
        column: ownersTape.column(m.key), path: JSONPath.root.key("assignments").key(key))
    }
  }
}
