/// One sentence on what the data quality does to the week under review, for the notes'
/// header (and anyone else who shows the deck without its rows): a partial week, days loaded
/// twice, and how many metrics' signals stand beside such a mark instead of being anomalies.
public enum DataQualityNote {
  /// Nil when the week under review is clean.
  public static func sentence(deck: Deck, analysis: DeckAnalysis) -> String? {
    let w = deck.weekEnding
    var parts: [String] = []
    let missing = deck.dataQuality?.missingDays(inWeekEnding: w) ?? []
    let partial = analysis.metrics.filter { $0.quality.contains(.partial) }.count
    if !missing.isEmpty {
      parts.append("the week is partial (no data on \(missing.map(\.description).joined(separator: ", ")))")
    } else if partial > 0 {
      parts.append("\(partial) metric\(partial == 1 ? " has" : "s have") fewer than 7 days of data this week")
    }
    let doubled = deck.dataQuality?.duplicateDays(inWeekEnding: w) ?? []
    if !doubled.isEmpty {
      parts.append("rows were loaded twice on \(doubled.map(\.description).joined(separator: ", "))")
    }
    guard !parts.isEmpty else { return nil }
    let qualified = analysis.metrics.filter { $0.signals.contains { $0.qualifiedBy != nil } }.count
    var s = parts.joined(separator: "; ")
    if qualified > 0 {
      s +=
        "; signals it may explain are not counted as anomalies (\(qualified) metric\(qualified == 1 ? "" : "s"))"
    }
    return s.prefix(1).uppercased() + s.dropFirst()
  }

  /// The sentence as it reads after the notes' "Data quality:" label: lower case after the
  /// colon, by the rule the signal sentences follow there (`Signal.clause`: "the week is
  /// partial …", "rows were loaded twice …"; "3 metrics have …" as it is). JSON's
  /// `data_quality` is the sentence alone and keeps its capital, as a signal's `sentence` does.
  public static func clause(_ sentence: String) -> String { Signal.clause(sentence) }
}
