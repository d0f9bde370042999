/// The checks between a deck and an owners file. All are warnings: an owners file is kept by
/// hand and outlives decks, so it may name metrics that were retired or people not yet
/// assigned, and the meeting can still run.
enum OwnersCheck {
  static func check(
    deck: Deck, deckTape: JSONTape, owners: OwnersFile, ownersTape: JSONTape,
    deckLog: inout DiagnosticLog, ownersLog: inout DiagnosticLog
  ) {
    let ownerIDs = Set(owners.owners.map(\.id))
    if let metrics = deckTape.member(deckTape.root, "metrics"), deckTape.kind(metrics) == .array {
      for (k, item) in deckTape.elements(metrics).enumerated() {
        guard let node = deckTape.member(item, "owner"), let id = deckTape.string(node),
          !ownerIDs.contains(id)
        else { continue }
        let metricID = deckTape.member(item, "id").flatMap { deckTape.string($0) } ?? ""
        let overridden = owners.assignments[metricID] != nil
        let note = overridden ? " (the owners file assigns this metric anyway)" : ""
        deckLog.log(
          .ownersUnknownOwner,
          "owner \(DocumentReader.quoted(id)) is not in the owners file \(ownersLog.file)\(note)",
          line: deckTape.line(node), column: deckTape.column(node),
          path: JSONPath.root.key("metrics").index(k).key("owner"))
      }
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
