import WBRModel

/// The page's colours and marks for signals. Which cell is coloured is the model's one rule
/// (`CellEmphasis`), shared with the meeting screen, the report and the notes; this says it
/// in the page's classes, marks and words.
enum SignalTone {
  typealias Cell = CellEmphasis.Cell

  /// The signal `cell` is coloured for, by `CellEmphasis`.
  static func signal(for cell: Cell, in analysis: MetricAnalysis) -> Signal? {
    CellEmphasis.signal(about: cell, in: analysis)
  }

  /// The class that colours it.
  static func colourClass(_ direction: Direction) -> StaticString {
    switch direction {
    case .bad: return "bad"
    case .good: return "good"
    case .neutral: return "warn"
    }
  }

  /// "!" bad news, "+" good news, "*" neither: the mark that says it without colour.
  static func mark(_ direction: Direction) -> String {
    switch direction {
    case .bad: return "!"
    case .good: return "+"
    case .neutral: return "*"
    }
  }

  /// "bad news", "good news", "signal".
  static func words(_ direction: Direction) -> String {
    switch direction {
    case .bad: return "bad news"
    case .good: return "good news"
    case .neutral: return "signal"
    }
  }

  /// The badge: the mark, then one dot per strength of the strongest signal ("!●●●").
  static func badge(_ analysis: MetricAnalysis) -> String? {
    guard let strongest = analysis.signals.first else { return nil }
    return mark(strongest.direction) + String(repeating: "\u{25CF}", count: max(1, min(3, analysis.strength)))
  }
}
