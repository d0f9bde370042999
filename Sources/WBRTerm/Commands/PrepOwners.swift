import WBRModel

/// The owners `wbr prep` offers: every owner of a metric of the deck (the owners file's
/// assignment, else the deck's `owner`), in the owners file's order, then the rest by id.
enum PrepOwners {
  struct Choice: Equatable {
    var id: String
    /// "zoe  Zoë Øster, 3 metrics".
    var line: String
  }

  static func choices(deck: Deck, owners: OwnersFile) -> [Choice] {
    var count: [String: Int] = [:]
    for m in deck.metrics {
      if let id = owners.ownerID(for: m) { count[id, default: 0] += 1 }
    }
    let known = owners.owners.map(\.id).filter { count[$0] != nil }
    let rest = count.keys.filter { !known.contains($0) }.sorted()
    return (known + rest).map { id in
      let n = count[id] ?? 0
      let name = owners.owner(id: id)?.name
      return Choice(
        id: id, line: id + (name.map { "  " + $0 } ?? "") + ", \(n) metric\(n == 1 ? "" : "s")")
    }
  }
}
