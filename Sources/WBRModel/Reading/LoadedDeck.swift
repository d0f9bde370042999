/// A deck ready for the meeting: validated deck and owners, where they came from, and the
/// warnings to show (errors refuse the load instead).
public struct LoadedDeck: Sendable, Equatable {
  public var deck: Deck
  /// Empty when no owners file was given.
  public var owners: OwnersFile
  public var deckPath: String
  public var ownersPath: String?
  /// Deck warnings, then owners warnings, each in file order.
  public var warnings: [Diagnostic]
  /// The deck file as it was loaded, so the notes' checksum is of this deck (`DeckChecksum`);
  /// nil when loaded from bytes or when the file changed while it was loaded.
  public var deckStamp: FileStamp?

  public init(deck: Deck, owners: OwnersFile, deckPath: String, ownersPath: String?, warnings: [Diagnostic]) {
    self.deck = deck
    self.owners = owners
    self.deckPath = deckPath
    self.ownersPath = ownersPath
    self.warnings = warnings
  }
}

/// Bounds for loading, so that a wrong or hostile file is refused quickly.
public struct LoadOptions: Sendable, Equatable {
  /// Files larger than this are refused before they are read.
  public var maxFileBytes: Int
  public var json: JSONLimits
  /// Errors listed per file before the rest are only counted.
  public var maxErrors: Int
  /// Warnings listed per file before the rest are only counted.
  public var maxWarnings: Int

  public init(
    maxFileBytes: Int = 256 << 20, json: JSONLimits = JSONLimits(), maxErrors: Int = 50,
    maxWarnings: Int = 1000
  ) {
    self.maxFileBytes = maxFileBytes
    self.json = json
    self.maxErrors = maxErrors
    self.maxWarnings = maxWarnings
  }
}
