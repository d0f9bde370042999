/// The unit a change is expressed in.
public enum ChangeUnit: String, Sendable, Equatable {
  /// Percent of the other value: (C − P) / |P| × 100.
  case pct
  /// Basis points: (C − P) × 10,000.
  case bps
}

/// A computed comparison (WoW, YoY, vs target…). Absent (`nil`) when not available.
public struct Change: Sendable, Equatable {
  public var value: Double
  public var unit: ChangeUnit
  public init(value: Double, unit: ChangeUnit) {
    self.value = value
    self.unit = unit
  }
}

/// Stable signal ids of analysis.md.
public enum SignalID: String, Sendable, Equatable, CaseIterable, Comparable {
  case xmrLimit = "xmr.limit"
  case xmrRange = "xmr.range"
  case xmrQuartile = "xmr.quartile"
  case xmrRun = "xmr.run"
  case targetMiss = "target.miss"
  case thresholdWoW = "threshold.wow"
  case thresholdYoY = "threshold.yoy"

  /// 3 strongest … 1 weakest.
  public var strength: Int {
    switch self {
    case .xmrLimit, .xmrRange: return 3
    case .xmrQuartile, .targetMiss: return 2
    case .xmrRun, .thresholdWoW, .thresholdYoY: return 1
    }
  }

  /// Position in the spec's table, for a stable order.
  public var rank: Int { SignalID.allCases.firstIndex(of: self) ?? 0 }

  public static func < (a: SignalID, b: SignalID) -> Bool { a.rank < b.rank }
}

/// Whether a move is good or bad for the business, given `higher_is_better`.
public enum Direction: String, Sendable, Equatable {
  case good, bad, neutral
}

/// One fired signal on the current week.
public struct Signal: Sendable, Equatable {
  public var id: SignalID
  public var strength: Int { id.strength }
  /// Good or bad news (colour and wording only).
  public var direction: Direction
  /// The plain-language sentence, e.g. "158 is above the upper natural process limit 132.5".
  /// Numbers in it are formatted with the metric's display format.
  public var sentence: String
  /// The data-quality mark that may explain this signal (`data.partial` for a move down,
  /// `data.duplicate` for a move up); such a signal is shown with the mark and is not an
  /// anomaly. Nil for a signal the data's quality cannot explain.
  public var qualifiedBy: QualityMark?
  public init(id: SignalID, direction: Direction, sentence: String) {
    self.id = id
    self.direction = direction
    self.sentence = sentence
  }

  /// The sentence as it reads after a colon, inside a line (the notes' "Good news: …", a
  /// response gap's "explain Orders: …"): a first word that is an ordinary capitalised word
  /// goes to lower case ("the move of 38 …"), since the line's own label has the capital. A
  /// sentence opening on a number or an abbreviation ("WoW", "YoY") reads the same either way.
  public var clause: String { Signal.clause(sentence) }

  static func clause(_ sentence: String) -> String {
    let word = sentence.prefix { $0 != " " }
    guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy(\.isLowercase) else {
      return sentence
    }
    return first.lowercased() + sentence.dropFirst()
  }
}

/// Data-quality marks: shown on the row and in `wbr check`, never on the anomaly walk.
public enum QualityMark: String, Sendable, Equatable, CaseIterable, Comparable {
  case missing = "data.missing"
  case short = "data.short"
  case series = "data.series"
  /// The current week has fewer than 7 days of data (its point's `days`).
  case partial = "data.partial"
  /// The current week holds a day whose rows were loaded twice (the deck's `data_quality`).
  case duplicate = "data.duplicate"

  /// Whether a signal on a week with this mark may be about the data rather than the
  /// business (`DeckAnalyzer.qualify`).
  public var qualifiesSignals: Bool { self == .partial || self == .duplicate }
  public var rank: Int { QualityMark.allCases.firstIndex(of: self) ?? 0 }
  public static func < (a: QualityMark, b: QualityMark) -> Bool { a.rank < b.rank }
}

/// The XmR baseline and limits used for a metric's weekly series.
public struct XmRLimits: Sendable, Equatable {
  public var centre: Double
  public var mrBar: Double
  /// Weeks the baseline was computed from (empty when locked outright).
  public var baselineWeeks: [Day]
  public var locked: Bool
  public init(centre: Double, mrBar: Double, baselineWeeks: [Day], locked: Bool) {
    self.centre = centre
    self.mrBar = mrBar
    self.baselineWeeks = baselineWeeks
    self.locked = locked
  }
  /// First and last baseline week (nil when locked outright).
  public var baselineFrom: Day? { baselineWeeks.first }
  public var baselineTo: Day? { baselineWeeks.last }
  public var upperNaturalLimit: Double { centre + 2.66 * mrBar }
  public var lowerNaturalLimit: Double { centre - 2.66 * mrBar }
  public var upperRangeLimit: Double { 3.268 * mrBar }
  public var upperHalfway: Double { centre + 1.33 * mrBar }
  public var lowerHalfway: Double { centre - 1.33 * mrBar }
}

/// Why a metric has no XmR limits.
public enum XmRUnavailable: Error, Sendable, Equatable, CustomStringConvertible {
  /// Fewer than 6 baseline values (`weeks` found).
  case notEnoughHistory(weeks: Int)
  /// No two baseline weeks are consecutive calendar weeks (or the locked limits are unusable).
  case noMovingRange

  public var description: String {
    switch self {
    case .notEnoughHistory(let weeks):
      return "not enough history (\(weeks) of \(XmRCalculator.minimumBaselineWeeks) baseline weeks)"
    case .noMovingRange: return "not enough history (no two consecutive weeks)"
    }
  }
}

/// Everything the screens, the report and the notes show for one metric. Computed once per
/// deck (never per frame).
public struct MetricAnalysis: Sendable, Equatable {
  /// Index into `Deck.metrics`.
  public var index: Int
  /// C = x(W), or nil when missing.
  public var current: Double?
  /// x(W − 7).
  public var previous: Double?
  /// x(W − 364).
  public var priorYear: Double?
  /// Weekly target for W.
  public var target: Double?
  public var wow: Change?
  public var yoy: Change?
  public var vsTarget: Change?
  /// Latest month of `monthly` and its YoY.
  public var latestMonth: YearMonth?
  public var latestMonthValue: Double?
  /// The same month one year before `latestMonth`.
  public var latestMonthPriorYear: Double?
  public var monthYoY: Change?
  public var mtdYoY: Change?
  public var qtdYoY: Change?
  public var ytdYoY: Change?
  /// Last 6 weekly values, oldest first; nil = gap.
  public var wowSparkline: [Double?]
  /// YoY (week) change of each of the last 12 weeks, oldest first; nil = not available.
  public var yoySparkline: [Double?]
  /// nil when there is not enough history (or no moving-range pair).
  public var xmr: XmRLimits?
  /// Why `xmr` is nil (nil when there are limits).
  public var xmrUnavailable: XmRUnavailable?
  /// The unit of every change of this metric (its `comparison`).
  public var unit: ChangeUnit
  /// The metric's display format (its `format` and `prefix`), parsed once.
  public var format: ValueFormat
  /// Ordered by strength (strongest first), then by id order.
  public var signals: [Signal]
  public var quality: [QualityMark]

  public init(index: Int) {
    self.index = index
    self.wowSparkline = []
    self.yoySparkline = []
    self.signals = []
    self.quality = []
    self.unit = .pct
    self.format = .automatic()
  }

  /// A metric with a signal the data's quality cannot explain is an anomaly. On a partial week
  /// (`data.partial`) a move down may be the missing days, on a week with days loaded twice
  /// (`data.duplicate`) a move up may be the doubled ones: those signals are shown with the
  /// mark, off the walk; a signal against that direction still stands.
  public var isAnomaly: Bool { signals.contains { $0.qualifiedBy == nil } }

  /// Whether this week has signals, all of them beside a data-quality mark that may explain them.
  public var signalsQualified: Bool { !signals.isEmpty && !isAnomaly }
  /// Strongest signal strength, 0 when none.
  public var strength: Int { signals.map(\.strength).max() ?? 0 }
}

/// A deck's analysis: per-metric results and the screen order.
public struct DeckAnalysis: Sendable, Equatable {
  /// Same indexing as `Deck.metrics`.
  public var metrics: [MetricAnalysis]
  /// Metric indices in screen order: inputs first, then outputs; within each kind by the
  /// deck's section order (unknown/absent sections last as "Other"), then file order.
  public var order: [Int]
  /// The anomaly walk: metric indices with at least one signal, in screen order.
  public var anomalies: [Int]
  /// The screen's headings: kind + section, each with its metrics in screen order; `order`
  /// is their concatenation. Empty groups are left out.
  public var groups: [ScreenGroup]
  /// For each metric (same indexing as `metrics`), the index of its group in `groups`.
  public var groupOfMetric: [Int]

  public init(
    metrics: [MetricAnalysis], order: [Int], anomalies: [Int], groups: [ScreenGroup] = [],
    groupOfMetric: [Int] = []
  ) {
    self.metrics = metrics
    self.order = order
    self.anomalies = anomalies
    self.groups = groups
    self.groupOfMetric = groupOfMetric
  }

  /// The group (kind + section heading) a metric is shown under.
  public func group(of metricIndex: Int) -> ScreenGroup? {
    guard metricIndex >= 0, metricIndex < groupOfMetric.count else { return nil }
    let g = groupOfMetric[metricIndex]
    return g >= 0 && g < groups.count ? groups[g] : nil
  }

  /// The section title a metric is shown under ("Other" for an absent or unknown section).
  public func sectionTitle(for metricIndex: Int) -> String {
    group(of: metricIndex)?.title ?? ScreenGroup.otherTitle
  }
}
