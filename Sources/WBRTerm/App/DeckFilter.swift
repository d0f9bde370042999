import Foundation
import WBRModel

/// Which metrics a deck filter keeps.
enum DeckFilter {
  /// Metric indices in screen order whose name, id, section title or owner contains
  /// `filter`, ignoring case and accents ("zoe" finds "Zoë"). An empty filter keeps all.
  /// With `owner` (an owner id), only that owner's metrics are kept.
  /// - Complexity: O(metrics × text length).
  static func rows(_ content: MeetingContent, matching filter: String, owner: String? = nil) -> [Int] {
    let needle = filter.trimmingCharacters(in: .whitespaces)
    let order =
      owner.map { id in content.order.filter { content.owners.ownerID(for: content.deck.metrics[$0]) == id } }
      ?? content.order
    guard !needle.isEmpty else { return order }
    let sectionTitles = Dictionary(
      content.deck.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    return order.filter { index in
      let metric = content.deck.metrics[index]
      let fields = [
        metric.name, metric.id, metric.section.flatMap { sectionTitles[$0] } ?? "",
        content.ownerName(ofMetric: index) ?? "",
      ]
      return fields.contains { $0.range(of: needle, options: options) != nil }
    }
  }
}
