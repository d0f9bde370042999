/// The checks between a deck and an owners file. All are warnings: an owners file is kept by
/// hand and outlives decks, so it may name metrics that were retired or people not yet
/// assigned, and the meeting can still run.
enum OwnersCheck {
  static func check(
    deck: Deck, deckRoot: JSONNode, owners: OwnersFile, ownersRoot: JSONNode,
    deckLog: inout DiagnosticLog, ownersLog: inout DiagnosticLog
  ) {
    let ownerIDs = Set(owners.owners.map(\.id))
    if case .array(let items)? = deckRoot["metrics"]?.value {
      for (k, item) in items.enumerated() {
        guard let node = item["owner"], case .string(let id) = node.value, !ownerIDs.contains(id) else {
          continue
        }
        let overridden = owners.assignments[item["id"].flatMap(Self.text) ?? ""] != nil
        let note = overridden ? " (the owners file assigns this metric anyway)" : ""
        deckLog.warning(
          "owner \(DocumentReader.quoted(id)) is not in the owners file \(ownersLog.file)\(note)", at: node,
          path: JSONPath.root.key("metrics").index(k).key("owner"))
      }
    }
    let metricIDs = Set(deck.metrics.map(\.id))
    guard case .object(let members)? = ownersRoot["assignments"]?.value else { return }
    for m in members where !metricIDs.contains(m.key) {
      ownersLog.warning(
        "metric \(DocumentReader.quoted(m.key)) is not in the deck \(deckLog.file)", line: m.keyLine,
        column: m.keyColumn, path: JSONPath.root.key("assignments").key(m.key))
    }
  }

  static func text(_ node: JSONNode) -> String? {
    if case .string(let s) = node.value { return s }
    return nil
  }
}
