import WBRModel

/// Short texts the dialogs share: a metric's signals and an outcome in words.
enum DialogRecordText {
  /// "signals: above the upper limit, ..." or "no signal".
  static func signals(_ state: AppState, metric index: Int) -> String {
    guard state.content.analysis.metrics.indices.contains(index) else { return "no signal" }
    let signals = state.content.analysis.metrics[index].signals
    guard !signals.isEmpty else { return "no signal this week" }
    return signals.map(\.sentence).joined(separator: "; ")
  }

  /// "Explained: promo week", "Investigating", "Routine: seasonal".
  static func outcome(_ outcome: MetricOutcome, ascii: Bool) -> String {
    switch outcome.kind {
    case .explained(let text): return "Explained: " + text
    case .investigating: return "Investigating"
    case .routine(let note): return "Routine" + (note.map { ": " + $0 } ?? " (signal overruled)")
    }
  }
}
