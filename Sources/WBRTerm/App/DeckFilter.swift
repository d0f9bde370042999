import Foundation
import WBRModel

/// Which metrics a deck filter keeps.
enum DeckFilter {
  /// Metric indices in screen order whose name, id, section title or owner contains
  /// `filter`, ignoring case and accents ("zoe" finds "Zoë"). An empty filter keeps all.
  /// - Complexity: O(metrics × text length).
  static func rows(_ content: MeetingContent, matching filter: String) -> [Int] {
    let needle = filter.trimmingCharacters(in: .whitespaces)
    guard !needle.isEmpty else { return content.order }
    let sectionTitles = Dictionary(
      content.deck.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    return content.order.filter { index in
      let metric = content.deck.metrics[index]
      let fields = [
        metric.name, metric.id, metric.section.flatMap { sectionTitles[$0] } ?? "",
        content.ownerName(ofMetric: index) ?? "",
      ]
      return fields.contains { $0.range(of: needle, options: options) != nil }
    }
  }
}
