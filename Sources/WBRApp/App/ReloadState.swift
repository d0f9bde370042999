import WBRModel

/// Live reload (issue #17): which version of the deck and owners files the screen shows, the
/// version the last look at the disk saw, and whether `--watch` reloads by itself.
///
/// Versions are `FileStamp`s (device, inode, size, times), one per watched file, taken by the
/// command's `ContentSource`: a pipeline's atomic rename gives the path a new inode, which a
/// stamp of the path sees where a watch of the old file would not.
public struct ReloadState: Sendable, Equatable {
  /// The files' stamps when the content on screen was loaded (or when a reload last failed).
  public internal(set) var loaded: [FileStamp?] = []
  /// The stamps the last look saw.
  var seen: [FileStamp?] = []
  /// `--watch`: reload once a change has stood still for one look (a debounce: a pipeline
  /// that writes in several steps is read once, after its last step).
  public internal(set) var watch = false
  /// Why the last reload failed; the header shows it until a reload succeeds.
  var failure: String?

  public init(loaded: [FileStamp?] = [], watch: Bool = false) {
    self.loaded = loaded
    seen = loaded
    self.watch = watch
  }

  /// The files on disk are not the ones on screen.
  var changedOnDisk: Bool { seen != loaded }
}
