import WBRModel

/// The owner picker's list, for both sides: `update` moves and picks in it, `OwnerPickerView`
/// draws it.
extension OwnerPickerState {
  /// The people who own a metric in this deck: the owners file's, in its order, then owner
  /// ids the file does not name.
  /// - Complexity: O(metrics); run once per deck (`MeetingContent.metricOwners`).
  static func owners(deck: Deck, owners file: OwnersFile) -> [Owner] {
    var ids = Set<String>()
    for metric in deck.metrics { if let id = file.ownerID(for: metric) { ids.insert(id) } }
    let known = file.owners.filter { ids.contains($0.id) }
    let named = Set(known.map(\.id))
    return known + ids.subtracting(named).sorted().map { Owner(id: $0, name: $0) }
  }

  /// The owners matching the query (name, id or team; case and accents ignored). Their texts
  /// are folded once per deck (`MeetingContent.ownerSearchTexts`): the picker's keys, each of a
  /// paste's included, fold only the query.
  func matches(in content: MeetingContent) -> [Owner] {
    let owners = content.metricOwners
    let needle = DeckFilter.needle(query.text)
    guard !needle.isEmpty else { return owners }
    let texts = content.ownerSearchTexts
    let kept = owners.indices.filter { texts.indices.contains($0) && DeckFilter.contains(texts[$0], needle) }
    return kept.map { owners[$0] }
  }
}
