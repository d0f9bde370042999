import Foundation
import WBRModel

/// Which metrics a deck filter keeps.
enum DeckFilter {
  /// Metric indices in screen order whose name, id, section title or owner contains
  /// `filter`, ignoring case and accents ("zoe" finds "Zoë"). An empty filter keeps all.
  /// Searches the keys folded once per deck (`MeetingContent.searchKeys`).
  /// - Complexity: O(metrics × key length).
  static func rows(_ content: MeetingContent, matching filter: String) -> [Int] {
    let needle = SearchText.fold(filter.trimmingCharacters(in: .whitespaces))
    guard !needle.isEmpty else { return content.order }
    return content.order.filter { index in
      content.searchKeys.indices.contains(index) && SearchText.contains(content.searchKeys[index], needle)
    }
  }

  /// The search key of every metric, in deck order: name, id, section title and owner.
  /// - Complexity: O(total length of those fields).
  static func searchKeys(deck: Deck, ownerName: (Int) -> String?) -> [[UInt8]] {
    let sectionTitles = Dictionary(
      deck.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    return deck.metrics.indices.map { index in
      let metric = deck.metrics[index]
      return SearchText.key([
        metric.name, metric.id, metric.section.flatMap { sectionTitles[$0] } ?? "", ownerName(index) ?? "",
      ])
    }
  }
}
