import Foundation
import WBRModel

/// Which metrics a deck filter keeps.
///
/// Each metric's searchable text (name, id, section title, owner) is folded (case and
/// accents removed) once per deck, so a key typed into the filter is one byte search per
/// metric rather than four locale-aware comparisons.
enum DeckFilter {
  /// Metric indices in screen order whose name, id, section title or owner contains
  /// `filter`, ignoring case and accents ("zoe" finds "Zoë"). An empty filter keeps all.
  /// With `owner` (an owner id), only that owner's metrics are kept.
  /// - Complexity: O(metrics × text length).
  static func rows(_ content: MeetingContent, matching filter: String, owner: String? = nil) -> [Int] {
    let needle = fold(filter.trimmingCharacters(in: .whitespaces))
    let owners = content.ownerIDs
    let order = owner.map { id in content.order.filter { owners[$0] == id } } ?? content.order
    guard !needle.isEmpty else { return order }
    let haystacks = content.searchTexts
    let bytes = Array(needle.utf8)
    return order.filter { haystacks[$0].utf8.firstRange(of: bytes) != nil }
  }

  /// Each metric's folded searchable text (same indexing as `Deck.metrics`).
  /// - Complexity: O(metrics × text length); run once per deck.
  static func searchTexts(deck: Deck, ownerName: (Int) -> String?) -> [String] {
    let sectionTitles = Dictionary(
      deck.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    return deck.metrics.enumerated().map { index, metric in
      let fields = [
        metric.name, metric.id, metric.section.flatMap { sectionTitles[$0] } ?? "", ownerName(index) ?? "",
      ]
      return fold(fields.joined(separator: "\n"))
    }
  }

  /// Lower case without accents: "Zoë" → "zoe".
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
