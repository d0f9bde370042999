import WBRModel

/// The meeting's data, loaded and analysed once before the screen opens.
///
/// Views read it and never change it; analysis is computed once per deck, never per frame.
struct MeetingContent: Sendable, Equatable {
  var deck: Deck
  var owners: OwnersFile
  var analysis: DeckAnalysis
  /// Warnings from loading, shown on the screen (errors refuse the deck before this point).
  var warnings: [Diagnostic]
  /// Where the deck came from, for the header.
  var deckPath: String
  /// Each metric's deck-list texts, in deck order, formatted once for the glyph set
  /// `rowTextsASCII` (see `DeckRowText`).
  private(set) var rowTexts: [DeckRowText] = []
  private(set) var rowTextsASCII = false
  /// Each metric's folded filter key, in deck order (see `DeckFilter`).
  private(set) var searchKeys: [[UInt8]] = []

  /// Everything per-deck that the screens need is computed here, once, so that no frame
  /// repeats it. `ascii` is the glyph set the rows are formatted for.
  /// - Complexity: O(deck size).
  init(
    deck: Deck, owners: OwnersFile = OwnersFile(), analysis: DeckAnalysis? = nil,
    warnings: [Diagnostic] = [], deckPath: String = "", ascii: Bool = false
  ) {
    self.deck = deck
    self.owners = owners
    self.analysis = analysis ?? DeckAnalyzer.analyze(deck, ascii: ascii)
    self.warnings = warnings
    self.deckPath = deckPath
    rowTextsASCII = ascii
    var texts: [DeckRowText] = []
    texts.reserveCapacity(deck.metrics.count)
    for (i, metric) in deck.metrics.enumerated() where self.analysis.metrics.indices.contains(i) {
      texts.append(
        DeckRowText(
          metric: metric, analysis: self.analysis.metrics[i], owner: ownerName(ofMetric: i), ascii: ascii))
    }
    rowTexts = texts
    searchKeys = DeckFilter.searchKeys(deck: deck, ownerName: { self.ownerName(ofMetric: $0) })
  }

  /// The deck-list texts of metric `index` for the glyph set `ascii`: the ones made once,
  /// or freshly formatted when the screen draws with the other glyph set.
  func rowText(ofMetric index: Int, ascii: Bool) -> DeckRowText? {
    if ascii == rowTextsASCII, rowTexts.indices.contains(index) { return rowTexts[index] }
    guard deck.metrics.indices.contains(index), analysis.metrics.indices.contains(index) else { return nil }
    return DeckRowText(
      metric: deck.metrics[index], analysis: analysis.metrics[index], owner: ownerName(ofMetric: index),
      ascii: ascii)
  }

  /// Metric indices in screen order (inputs first, then outputs, by section).
  var order: [Int] { analysis.order }

  /// The display name of a metric's owner: the owners file's name, else the owner id.
  func ownerName(ofMetric index: Int) -> String? {
    guard deck.metrics.indices.contains(index) else { return nil }
    guard let id = owners.ownerID(for: deck.metrics[index]) else { return nil }
    return owners.owner(id: id)?.name ?? id
  }
}
