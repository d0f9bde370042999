import WBRModel

/// Where the meeting's deck and owners come from, for live reload: `wbr meet` gives one that
/// stats and loads its files; without one, Ctrl-R says there is nothing to reload.
public protocol ContentSource: AnyObject {
  /// The watched files' versions now (nil for a file that cannot be stat'ed): cheap, a
  /// `stat` per file, so the loop may look every half second.
  func stamps() -> [FileStamp?]
  /// Loads the files again, or says why they cannot be (the content on screen stays).
  func reload() -> Result<MeetingContent, ContentReloadError>
}

/// Why a reload failed, in the words the header shows.
public struct ContentReloadError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
