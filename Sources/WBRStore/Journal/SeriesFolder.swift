import WBRModel

/// A series folder: the record at the top and one folder per week holding that week's deck
/// (`w47/deck.json`, the usual pipeline layout).
public enum SeriesFolder {
  /// A deck found in a series folder, with its week.
  public struct WeekDeck: Sendable, Equatable {
    public var path: String
    public var week: Day
    public var title: String
  }

  /// Every deck (`*.json` that reads as a deck) in `folder` and the folders directly inside
  /// it, oldest week first; for one week, the first path in name order.
  /// - Complexity: reads and checks each JSON file there; a series folder holds a deck a week.
  public static func decks(in folder: String, maxBytes: Int = LoadOptions().maxFileBytes) -> [WeekDeck] {
    var found: [WeekDeck] = []
    for dir in [folder] + RecordDiscovery.subfolders(of: folder) {
      for name in files(in: dir) where name.hasSuffix(".json") {
        let path = RecordDiscovery.join(dir, name)
        guard let bytes = try? FileBytes.read(path, maxBytes: maxBytes) else { continue }
        guard let deck = DeckReader.read(bytes: bytes, file: path).value else { continue }
        found.append(WeekDeck(path: path, week: deck.weekEnding, title: deck.title))
      }
    }
    return found.sorted { ($0.week, $0.path) < ($1.week, $1.path) }
  }

  /// The newest week's deck in `folder`, if any.
  public static func newestDeck(in folder: String, maxBytes: Int = LoadOptions().maxFileBytes) -> WeekDeck? {
    let all = decks(in: folder, maxBytes: maxBytes)
    guard let week = all.last?.week else { return nil }
    return all.first { $0.week == week }
  }

  /// The names of the files (not folders) in `folder`, sorted.
  static func files(in folder: String) -> [String] {
    RecordDiscovery.names(in: folder).filter { !PosixFile.isDirectory(RecordDiscovery.join(folder, $0)) }
  }
}
