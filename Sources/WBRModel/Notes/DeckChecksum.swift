/// The deck's fingerprint in the notes' header: the SHA-256 of the deck file the meeting
/// loaded, or why there is none. Taking it (`DeckChecksum.take`) reads the file and lives in
/// `WBRStore`.
public enum DeckChecksum: Sendable, Equatable {
  case sha256(String)
  /// Not taken, with the reason as the notes print it.
  case notTaken(String)

  package static let changed = "the deck file changed on disk after it was loaded"

  /// The digest in hex, when taken.
  public var sha256: String? {
    if case .sha256(let hex) = self { return hex }
    return nil
  }

  /// Why there is no digest, when there is none.
  public var reason: String? {
    if case .notTaken(let why) = self { return why }
    return nil
  }
}
