import WBRModel

/// What every part of the page reads: the deck, its owners and analysis, the fiscal calendar.
struct PageContext {
  var deck: Deck
  var owners: OwnersFile
  var analysis: DeckAnalysis
  var calendar: FiscalCalendar

  /// The owner's name (the id when the owners file does not know it), nil without an owner.
  func ownerName(of index: Int) -> String? {
    guard let id = owners.ownerID(for: deck.metrics[index]) else { return nil }
    return owners.owner(id: id)?.name ?? id
  }

  /// An owner id's name, "Unassigned" for none.
  func personName(_ id: String?) -> String {
    guard let id else { return "Unassigned" }
    return owners.owner(id: id)?.name ?? id
  }
}
