import WBRModel

/// When and from which file version a reload took the meeting's content, so that the notes
/// name the deck the meeting ended on ("reloaded at 10:42 UTC", and its SHA-256) rather than
/// the deck it opened on. Taken by the command's `ContentSource`, where the clock is.
public struct ContentReload: Sendable, Equatable {
  /// When the reload read the files, RFC 3339 UTC.
  public var at: String
  /// The deck file as that reload loaded it (`LoadedDeck.deckStamp`): the notes hash the file
  /// only while it is still this one.
  public var deckStamp: FileStamp?

  public init(at: String, deckStamp: FileStamp?) {
    self.at = at
    self.deckStamp = deckStamp
  }
}
