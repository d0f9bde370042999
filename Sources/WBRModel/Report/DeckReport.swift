/// The deck as the meeting sees it, ready to print: the deck, its owners and its analysis, with
/// the owner of each metric resolved.
///
/// `wbr report` prints it as text or JSON; both renderers read only this value, so what the
/// report says is a pure function of the files (no clock, no terminal, no environment).
public struct DeckReport: Sendable, Equatable {
  public var deck: Deck
  public var owners: OwnersFile
  public var analysis: DeckAnalysis

  /// Analyses `deck`; `ascii` keeps the signal sentences to ASCII (for `--ascii`).
  public init(deck: Deck, owners: OwnersFile = OwnersFile(), ascii: Bool = false) {
    self.init(deck: deck, owners: owners, analysis: DeckAnalyzer.analyze(deck, ascii: ascii))
  }

  public init(deck: Deck, owners: OwnersFile, analysis: DeckAnalysis) {
    self.deck = deck
    self.owners = owners
    self.analysis = analysis
  }

  /// The owner id of metric `index`: the owners file's assignment, else the deck's `owner`.
  public func ownerID(of index: Int) -> String? {
    owners.ownerID(for: deck.metrics[index])
  }

  /// The owner's name when the owners file knows the id, else the id itself; nil when the
  /// metric has no owner at all.
  public func ownerName(of index: Int) -> String? {
    guard let id = ownerID(of: index) else { return nil }
    return owners.owner(id: id)?.name ?? id
  }

  /// Metrics without a value for the week under review.
  public var missingCount: Int {
    analysis.metrics.filter { $0.quality.contains(.missing) }.count
  }
}
