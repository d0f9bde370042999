/// The one rule for which number of a metric is coloured, shared by the meeting screen, the
/// report, the notes and the published page (issue #13, "colour discipline").
///
/// A routine week is routine: a change is not painted red or green because it is not zero
/// (that invites reacting to noise, the thing XmR limits exist to prevent). A number is
/// emphasised only when a signal is about it: `threshold.wow` about WoW, `threshold.yoy` about
/// YoY, `target.miss` about the gap to target, `xmr.*` about this week's value. A signal the
/// data's quality may explain (`qualifiedBy`) emphasises nothing: it has its own mark. The
/// direction is the signal's own good or bad news, which the row also says with its badge
/// ("!" bad, "+" good), so colour never carries meaning alone.
public enum CellEmphasis {
  /// A number cell of a metric's row.
  public enum Cell: Sendable, Equatable, CaseIterable {
    case value, wow, yoy, vsTarget
  }

  /// The cell a signal is about.
  public static func cell(of signal: SignalID) -> Cell {
    switch signal {
    case .xmrLimit, .xmrRange, .xmrQuartile, .xmrRun: return .value
    case .targetMiss: return .vsTarget
    case .thresholdWoW: return .wow
    case .thresholdYoY: return .yoy
    }
  }

  /// The signal `cell` is emphasised for: the strongest one about it (the analysis lists
  /// signals strongest first) that the data's quality does not explain; nil: not coloured.
  public static func signal(about cell: Cell, in analysis: MetricAnalysis) -> Signal? {
    analysis.signals.first { $0.qualifiedBy == nil && self.cell(of: $0.id) == cell }
  }

  /// How `cell` is emphasised: its signal's good or bad news, nil when it is not coloured.
  public static func direction(of cell: Cell, in analysis: MetricAnalysis) -> Direction? {
    signal(about: cell, in: analysis)?.direction
  }
}
