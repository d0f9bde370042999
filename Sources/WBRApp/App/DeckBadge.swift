import WBRModel

/// The deck row's signal badge and data-quality marks, meaningful without colour.
///
/// The badge is a direction mark then one dot per strength of the strongest signal:
/// "!●●●" bad news of strength 3, "+●" good news of strength 1 ("!***", "+*" in ASCII);
/// colour (red/green) repeats what the mark already says. Quality marks are other
/// characters, drawn dim, so they never read as a signal: "?" this week missing, "<" short
/// history, "#" series problem, "~" partial week, "=" doubled days. Signals such a mark may
/// explain lose their "!"/"+" (they are not anomalies): dots only, in the warning colour.
enum DeckBadge {
  /// The badge's widest text: direction mark + 3 dots.
  static let width = 4

  static func signal(_ analysis: MetricAnalysis, ascii: Bool) -> (String, ColorRole) {
    guard let first = analysis.signals.first else { return ("", .muted) }
    let strongest = analysis.signals.first { $0.qualifiedBy == nil } ?? first
    let strength = max(1, min(3, strongest.strength))
    let dots = String(repeating: ascii ? "*" : "\u{25CF}", count: strength)
    if strongest.qualifiedBy != nil { return (" " + dots, .warn) }
    switch strongest.direction {
    case .bad: return ("!" + dots, .bad)
    case .good: return ("+" + dots, .good)
    case .neutral: return (" " + dots, .warn)
    }
  }

  static func quality(_ marks: [QualityMark]) -> String {
    marks.sorted().map(symbol).joined()
  }

  static func symbol(_ mark: QualityMark) -> String {
    switch mark {
    case .missing: return "?"
    case .short: return "<"
    case .series: return "#"
    case .partial: return "~"
    case .duplicate: return "="
    }
  }

  /// The legend for the help screen.
  static func legend(ascii: Bool) -> [(keys: String, help: String)] {
    let dot = ascii ? "*" : "\u{25CF}"
    return [
      ("!" + dot + dot + dot, "signal, bad news; dots = strength 3..1"),
      ("+" + dot, "signal, good news (strength 1)"),
      ("?", "data: this week's value missing"),
      ("<", "data: short history"),
      ("#", "data: series problem"),
      ("~", "data: partial week (signals not anomalies)"),
      ("=", "data: days loaded twice (signals not anomalies)"),
      (RepeatSignal.mark(2, ascii: ascii), "signals again: 2nd meeting in a row on it"),
    ]
  }
}
