import Foundation

/// Text folded for the deck filter: lower case, accents removed ("Zoë" → "zoe"), as UTF-8.
///
/// Each metric's searchable fields are folded once per deck; a key press folds only the
/// filter and runs a byte search, so typing stays fast on decks of thousands of metrics.
enum SearchText {
  /// Separates the fields of a metric's key, so a filter never matches across two fields.
  static let separator: UInt8 = 0x1F

  /// `text` folded (case and diacritic insensitive), as bytes.
  static func fold(_ text: String) -> [UInt8] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
    }
    return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
  }

  /// The search key of one metric: its fields folded, joined by `separator`.
  static func key(_ fields: [String]) -> [UInt8] {
    var key: [UInt8] = []
    for (k, field) in fields.enumerated() {
      if k > 0 { key.append(separator) }
      key += fold(field)
    }
    return key
  }

  /// Whether `needle` occurs in `haystack`.
  /// - Complexity: O(haystack × needle) at worst; near O(haystack) on real text.
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { h in
      needle.withUnsafeBufferPointer { n in
        var i = 0
        let last = h.count - n.count
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
          }
          i += 1
        }
        return false
      }
    }
  }
}
