import WBRModel

/// The colour rule of the page, as on the screen's badge: colour only where a signal is about
/// that cell, and the same meaning in a mark and a word beside it.
///
/// Which signals are about which cell: the XmR signals about this week's value, the WoW and
/// YoY thresholds about their changes, a target miss about "vs target".
enum SignalTone {
  enum Cell { case value, wow, yoy, target }

  /// The strongest signal about `cell` (the analysis orders signals strongest first).
  static func signal(for cell: Cell, in analysis: MetricAnalysis) -> Signal? {
    analysis.signals.first { signal in
      switch (cell, signal.id) {
      case (.value, .xmrLimit), (.value, .xmrRange), (.value, .xmrQuartile), (.value, .xmrRun): return true
      case (.wow, .thresholdWoW), (.yoy, .thresholdYoY), (.target, .targetMiss): return true
      default: return false
      }
    }
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
