import WBRApp
import WBRModel
import WBRStore

/// Live reload's source for `wbr meet DECK`: the deck and owners files, stat'ed by path (so a
/// pipeline's atomic rename is seen: the path gets a new inode) and loaded again as at start.
///
/// A deck built in memory (`--config`) has none: rebuilding it prints progress and may query
/// a database, which a key press in the meeting should not set off.
final class DeckFilesSource: ContentSource {
  let deckPath: String
  let ownersPath: String?
  let options: LoadOptions
  /// Format for an ASCII-only screen (set once the terminal is known).
  var ascii: Bool

  init(deckPath: String, ownersPath: String?, options: LoadOptions, ascii: Bool) {
    self.deckPath = deckPath
    self.ownersPath = ownersPath
    self.options = options
    self.ascii = ascii
  }

  func stamps() -> [FileStamp?] {
    ([deckPath] + (ownersPath.map { [$0] } ?? [])).map { FileStamp(path: $0) }
  }

  func reload() -> Result<MeetingContent, ContentReloadError> {
    do throws(InputError) {
      let at = RFC3339.format(SystemClock.now())
      let loaded = try DeckLoader.load(deckPath: deckPath, ownersPath: ownersPath, options: options)
      var content = MeetingContent(
        deck: loaded.deck, owners: loaded.owners, warnings: loaded.warnings, deckPath: deckPath,
        ascii: ascii)
      content.reloaded = ContentReload(at: at, deckStamp: loaded.deckStamp)
      return .success(content)
    } catch {
      let first = error.diagnostics.first { $0.severity == .error } ?? error.diagnostics.first
      return .failure(ContentReloadError(SafeText.clean(first?.description ?? error.description)))
    }
  }
}
