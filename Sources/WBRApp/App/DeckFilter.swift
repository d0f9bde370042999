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
  ///
  /// `narrowing`: the rows of an earlier filter for the same owner. When its text (folded)
  /// occurs in the new one's, every metric the new filter keeps is among those rows, so only
  /// they are searched: typing a filter one character at a time searches fewer metrics with
  /// each character instead of the whole deck again.
  /// - Complexity: O(metrics × text length); O(earlier rows × text length) when narrowing.
  static func rows(
    _ content: MeetingContent, matching filter: String, owner: String? = nil,
    narrowing earlier: (filter: String, rows: [Int])? = nil
  ) -> [Int] {
    let bytes = needle(filter)
    if let earlier, contains(bytes, needle(earlier.filter)) {
      guard !bytes.isEmpty else { return earlier.rows }
      let haystacks = content.searchTexts
      return earlier.rows.filter { haystacks.indices.contains($0) && contains(haystacks[$0], bytes) }
    }
    let owners = content.ownerIDs
    let order = owner.map { id in content.order.filter { owners[$0] == id } } ?? content.order
    guard !bytes.isEmpty else { return order }
    let haystacks = content.searchTexts
    return order.filter { contains(haystacks[$0], bytes) }
  }

  /// The bytes a filter searches for: trimmed and folded like the metrics' texts.
  static func needle(_ filter: String) -> [UInt8] {
    Array(fold(filter.trimmingCharacters(in: .whitespaces)).utf8)
  }

  /// Whether `needle` occurs in `haystack`: a plain byte scan, fast on short texts (the
  /// generic collection search costs milliseconds over 1,000 metrics).
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    let n = needle.count
    let h = haystack.count
    guard let first = needle.first else { return true }
    guard n <= h else { return false }
    var i = 0
    while i <= h - n {
      if haystack[i] == first {
        var j = 1
        while j < n && haystack[i + j] == needle[j] { j += 1 }
        if j == n { return true }
      }
      i += 1
    }
    return false
  }

  /// Each metric's folded searchable text (same indexing as `Deck.metrics`).
  /// - Complexity: O(metrics × text length); run once per deck.
  static func searchTexts(deck: Deck, ownerName: (Int) -> String?) -> [[UInt8]] {
    // Section titles and owner names repeat across metrics: each distinct one folded once.
    var folded: [String: [UInt8]] = [:]
    func foldedOnce(_ text: String) -> [UInt8] {
      if let bytes = folded[text] { return bytes }
      let bytes = foldedBytes(text)
      folded[text] = bytes
      return bytes
    }
    let sectionTitles = Dictionary(
      deck.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let newline = UInt8(ascii: "\n")
    return deck.metrics.enumerated().map { index, metric in
      var text = foldedBytes(metric.name)
      text.append(newline)
      text += foldedBytes(metric.id)
      text.append(newline)
      text += foldedOnce(metric.section.flatMap { sectionTitles[$0] } ?? "")
      text.append(newline)
      text += foldedOnce(ownerName(index) ?? "")
      return text
    }
  }

  /// Lower case without accents: "Zoë" → "zoe".
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// `fold(text)` as UTF-8 bytes. ASCII (most names and ids) has no accents and folds to lower
  /// case, so it is folded byte by byte: Foundation's folding of every metric cost about a
  /// quarter of opening the deck screen.
  static func foldedBytes(_ text: String) -> [UInt8] {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return Array(fold(text).utf8) }
    return text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
  }
}
