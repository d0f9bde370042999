import Foundation
import WBRModel

/// Loads a deck (and owners file) from text, as `wbr` would from files with these names.
func loadDeck(
  _ deck: String, owners: String? = nil, options: LoadOptions = LoadOptions()
) -> Result<LoadedDeck, InputError> {
  do throws(InputError) {
    return .success(
      try DeckLoader.load(
        deckBytes: Array(deck.utf8), deckName: "deck.json", ownersBytes: owners.map { Array($0.utf8) },
        ownersName: owners == nil ? nil : "owners.json", options: options))
  } catch {
    return .failure(error)
  }
}

/// Loads a deck (and owners file) from files through the bytes loader, labelled with their
/// paths, for tests of what is made of a loaded deck (loading from paths is `WBRStore`'s,
/// tested in WBRStoreTests).
func loadDeckFiles(deckPath: String, ownersPath: String? = nil) throws -> LoadedDeck {
  let deck = [UInt8](try Data(contentsOf: URL(fileURLWithPath: deckPath)))
  let owners = try ownersPath.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0))) }
  return try DeckLoader.load(deckBytes: deck, deckName: deckPath, ownersBytes: owners, ownersName: ownersPath)
}

extension Result<LoadedDeck, InputError> {
  /// The diagnostics as `wbr check` prints them.
  var lines: [String] {
    switch self {
    case .success(let loaded): return loaded.warnings.map(\.description)
    case .failure(let error): return error.diagnostics.map(\.description)
    }
  }

  var loaded: LoadedDeck? {
    if case .success(let l) = self { return l }
    return nil
  }

  var refusal: InputError? {
    if case .failure(let e) = self { return e }
    return nil
  }
}

/// A valid one-metric deck; `metric` replaces the metric's body (one line per key).
func deckText(weekEnding: String = "2026-11-21", extraTop: String = "", metric: String? = nil) -> String {
  let body =
    metric ?? """
        "id": "sales", "name": "Sales", "kind": "output",
        "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": 12 }]
      """
  return """
    {
      "format": "wbr-deck", "version": 1,\(extraTop)
      "title": "Retail WBR", "week_ending": "\(weekEnding)",
      "metrics": [
        {
    \(body)
        }
      ]
    }
    """
}

/// `count` consecutive weekly points ending on `last`, values 100, 101, …
func weeklyPoints(_ count: Int, endingOn last: String = "2026-11-21") -> String {
  guard let end = Day(iso: last) else { return "[]" }
  let points = (0..<count).map { k in
    let day = end.adding(days: -7 * (count - 1 - k))
    return "{ \"week_ending\": \"\(day)\", \"value\": \(100 + k) }"
  }
  return "[" + points.joined(separator: ", ") + "]"
}
