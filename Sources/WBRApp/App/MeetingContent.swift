import WBRModel

/// The meeting's data, loaded and analysed once before the screen opens.
///
/// Views read it and never change it; analysis is computed once per deck, never per frame.
public struct MeetingContent: Sendable, Equatable {
  var deck: Deck
  var owners: OwnersFile
  var analysis: DeckAnalysis
  /// Whether the analysis's signal sentences were written for an ASCII-only screen.
  var ascii: Bool
  /// Warnings from loading, shown on the screen (errors refuse the deck before this point).
  var warnings: [Diagnostic]
  /// Where the deck came from, for the header.
  var deckPath: String
  /// Each metric's formatted row (same indexing as `Deck.metrics`).
  var rowTexts: [DeckRowText]
  /// The deck list's natural column widths, measured once from `rowTexts`.
  var columns: DeckColumns
  /// Metric id → index in `Deck.metrics` (first wins), for counting the record's marks.
  var metricIndex: [String: Int]
  /// The people who own a metric in this deck, for the owner picker (`OwnerPickerState`).
  var metricOwners: [Owner]
  /// Each of `metricOwners`' name, id and team folded once per deck, for the picker's query.
  var ownerSearchTexts: [[UInt8]]
  /// Each metric's owner id (same indexing as `Deck.metrics`), for the owner filter.
  var ownerIDs: [String?]
  /// Each metric's folded searchable text, for the `/` filter (`DeckFilter`).
  var searchTexts: [[UInt8]]
  /// Set when this content came from a reload during the meeting: the notes then fingerprint
  /// this deck, not the one the meeting opened on (nil: the deck as first loaded).
  public var reloaded: ContentReload? = nil

  /// - Parameter ascii: format numbers and sparklines for an ASCII-only screen.
  /// - Complexity: formats every metric once, O(metrics).
  public init(
    deck: Deck, owners: OwnersFile = OwnersFile(), analysis: DeckAnalysis? = nil,
    warnings: [Diagnostic] = [], deckPath: String = "", ascii: Bool = false
  ) {
    self.deck = deck
    self.owners = owners
    let analysis = analysis ?? DeckAnalyzer.analyze(deck, ascii: ascii)
    self.analysis = analysis
    self.ascii = ascii
    self.warnings = warnings
    self.deckPath = deckPath
    rowTexts = zip(deck.metrics.indices, zip(deck.metrics, analysis.metrics)).map { index, pair in
      DeckRowText(
        metric: pair.0, analysis: pair.1, owner: MeetingContent.ownerName(index, deck, owners), ascii: ascii)
    }
    columns = DeckColumns.measure(rowTexts, names: deck.metrics.map(\.name))
    metricIndex = Dictionary(
      deck.metrics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    metricOwners = OwnerPickerState.owners(deck: deck, owners: owners)
    ownerSearchTexts = metricOwners.map {
      DeckFilter.foldedBytes([$0.name, $0.id, $0.team ?? ""].joined(separator: "\n"))
    }
    ownerIDs = deck.metrics.map { owners.ownerID(for: $0) }
    searchTexts = DeckFilter.searchTexts(
      deck: deck, ownerName: { MeetingContent.ownerName($0, deck, owners) })
  }

  /// The analysis for the notes, whose signal sentences are always Unicode: the meeting's
  /// own, unless the screen is ASCII-only (then analysed again, once per export).
  var notesAnalysis: DeckAnalysis {
    ascii ? DeckAnalyzer.analyze(deck) : analysis
  }

  /// Metric indices in screen order (inputs first, then outputs, by section).
  var order: [Int] { analysis.order }

  /// The display name of a metric's owner: the owners file's name, else the owner id.
  func ownerName(ofMetric index: Int) -> String? {
    MeetingContent.ownerName(index, deck, owners)
  }

  private static func ownerName(_ index: Int, _ deck: Deck, _ owners: OwnersFile) -> String? {
    guard deck.metrics.indices.contains(index) else { return nil }
    guard let id = owners.ownerID(for: deck.metrics[index]) else { return nil }
    return owners.owner(id: id)?.name ?? id
  }
}
