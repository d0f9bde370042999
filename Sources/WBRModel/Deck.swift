/// One weekly review's data: the week under review and every metric's history up to it.
///
/// This is the validated, in-memory form of a version-1 deck file (shared spec
/// `deck-format.md`). Points that broke a series rule have already been left out by the
/// reader and counted in `Metric.droppedPoints`.
public struct Deck: Sendable, Equatable {
  public var title: String
  /// Last day of the week under review (W).
  public var weekEnding: Day
  /// 1–12; 12 (calendar year) by default.
  public var fiscalYearEndMonth: Int
  /// RFC 3339 timestamp as written in the file, when given.
  public var asOf: String?
  public var sections: [Section]
  public var thresholds: Thresholds
  /// What the pipeline knew about the data (partial, doubled or newer days); nil when the
  /// deck says nothing about it.
  public var dataQuality: DataQuality?
  public var metrics: [Metric]

  public init(
    title: String, weekEnding: Day, fiscalYearEndMonth: Int = 12, asOf: String? = nil,
    sections: [Section] = [], thresholds: Thresholds = Thresholds(), dataQuality: DataQuality? = nil,
    metrics: [Metric]
  ) {
    self.dataQuality = dataQuality
    self.title = title
    self.weekEnding = weekEnding
    self.fiscalYearEndMonth = fiscalYearEndMonth
    self.asOf = asOf
    self.sections = sections
    self.thresholds = thresholds
    self.metrics = metrics
  }
}

/// A section heading of the deck, in the order the deck lists them.
public struct Section: Sendable, Equatable, Hashable {
  public var id: String
  public var title: String
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// Controllable input metric, or the output metric inputs drive.
public enum MetricKind: String, Sendable, Equatable, CaseIterable {
  case input, output
}

/// How deltas are expressed: percent of the other value, or basis points for rates.
public enum ComparisonMethod: String, Sendable, Equatable {
  case pct, bps
}

/// Variance thresholds; each is a magnitude (pct in percent points, bps in basis points).
public struct Thresholds: Sendable, Equatable {
  public var wowPct: Double?
  public var yoyPct: Double?
  public var wowBps: Double?
  public var yoyBps: Double?
  public init(wowPct: Double? = nil, yoyPct: Double? = nil, wowBps: Double? = nil, yoyBps: Double? = nil) {
    self.wowPct = wowPct
    self.yoyPct = yoyPct
    self.wowBps = wowBps
    self.yoyBps = yoyBps
  }

  /// Key-by-key override: values set here win over `base`.
  public func overriding(_ base: Thresholds) -> Thresholds {
    Thresholds(
      wowPct: wowPct ?? base.wowPct, yoyPct: yoyPct ?? base.yoyPct,
      wowBps: wowBps ?? base.wowBps, yoyBps: yoyBps ?? base.yoyBps)
  }
}

/// A weekly observation; `nil` value = missing, never zero.
///
/// Kept in 16 bytes (a 10,000-metric deck holds 1.5 million points; with `Day`, `Double?`
/// and `Int?` as they are, 40): the day as a 32-bit day number (any date of a four-digit
/// year), the value with a flag for missing, `days` in 16 bits (clamped to 0–32,767).
public struct WeeklyPoint: Sendable, Equatable {
  private var cell: PointCell

  public var weekEnding: Day {
    get { Day(ordinal: Int(cell.period)) }
    set { cell.period = Int32(clamping: newValue.ordinal) }
  }

  public var value: Double? {
    get { cell.value }
    set { cell.value = newValue }
  }

  /// Days of the week that had data, when fewer than 7 (a partial week); nil when whole or
  /// unknown. Written as the extra point key `days` by `wbr build` (docs/BUILD.md).
  public var days: Int? {
    get { cell.days }
    set { cell.days = newValue }
  }

  public init(weekEnding: Day, value: Double?, days: Int? = nil) {
    cell = PointCell(period: Int32(clamping: weekEnding.ordinal), value: value, days: days)
  }
}

/// A monthly observation; `nil` value = missing. 16 bytes, as `WeeklyPoint`: the month as a
/// 32-bit month number (`YearMonth.index`).
public struct MonthlyPoint: Sendable, Equatable {
  private var cell: PointCell

  public var month: YearMonth {
    get { YearMonth(index: Int(cell.period)) }
    set { cell.period = Int32(clamping: newValue.index) }
  }

  public var value: Double? {
    get { cell.value }
    set { cell.value = newValue }
  }

  /// Days of the month that had data, when fewer than the month has (a partial month).
  public var days: Int? {
    get { cell.days }
    set { cell.days = newValue }
  }

  public init(month: YearMonth, value: Double?, days: Int? = nil) {
    cell = PointCell(period: Int32(clamping: month.index), value: value, days: days)
  }
}

/// What a weekly and a monthly point both hold, in 16 bytes: the value with a flag for
/// missing, the period's 32-bit number (a day or a month), and `days` (-1 for none).
struct PointCell: Sendable, Equatable {
  private var storedValue: Double
  var period: Int32
  private var storedDays: Int16
  private var hasValue: Bool

  init(period: Int32, value: Double?, days: Int?) {
    storedValue = value ?? 0
    self.period = period
    storedDays = Self.store(days)
    hasValue = value != nil
  }

  var value: Double? {
    get { hasValue ? storedValue : nil }
    set {
      storedValue = newValue ?? 0
      hasValue = newValue != nil
    }
  }

  var days: Int? {
    get { storedDays < 0 ? nil : Int(storedDays) }
    set { storedDays = Self.store(newValue) }
  }

  private static func store(_ days: Int?) -> Int16 {
    days.map { Int16(clamping: max(0, $0)) } ?? -1
  }
}

/// Current-year and prior-year period-to-date totals.
public struct PeriodTotal: Sendable, Equatable {
  public var cy: Double?
  public var py: Double?
  public init(cy: Double?, py: Double?) {
    self.cy = cy
    self.py = py
  }
}

/// MTD/QTD/YTD totals supplied by the pipeline.
public struct Totals: Sendable, Equatable {
  public var mtd: PeriodTotal?
  public var qtd: PeriodTotal?
  public var ytd: PeriodTotal?
  public init(mtd: PeriodTotal? = nil, qtd: PeriodTotal? = nil, ytd: PeriodTotal? = nil) {
    self.mtd = mtd
    self.qtd = qtd
    self.ytd = ytd
  }
}

/// A locked XmR baseline: named weeks, or centre and mR̄ outright.
public enum XmRLock: Sendable, Equatable {
  case baseline(from: Day, to: Day)
  case limits(centre: Double, mrBar: Double)
}

/// A known event on a date (a promotion, an outage).
public struct Annotation: Sendable, Equatable {
  public var date: Day
  public var text: String
  public init(date: Day, text: String) {
    self.date = date
    self.text = text
  }
}

/// One metric of the deck, validated.
public struct Metric: Sendable, Equatable {
  public var id: String
  public var name: String
  public var kind: MetricKind
  public var section: String?
  /// Default owner id from the deck; the owners file's assignments win over it.
  public var owner: String?
  public var description: String?
  public var format: String?
  public var prefix: String?
  public var comparison: ComparisonMethod
  public var higherIsBetter: Bool
  /// Ascending, aligned, unique weeks (faulty points already removed).
  public var weekly: [WeeklyPoint]
  /// Ascending unique months.
  public var monthly: [MonthlyPoint]
  public var weeklyTargets: [WeeklyPoint]
  public var monthlyTargets: [MonthlyPoint]
  public var targetTolerance: Double
  public var totals: Totals
  /// The metric's own thresholds (not yet merged with the deck's).
  public var thresholds: Thresholds
  public var limits: XmRLock?
  public var annotations: [Annotation]
  public var pairsWith: String?
  /// The metric's earlier ids (`renamed_from`), so that a renamed metric keeps its record
  /// from earlier meetings.
  public var renamedFrom: [String]
  /// Points the reader left out (out of order, misaligned, repeated): `data.series`.
  public var droppedPoints: Int

  public init(
    id: String, name: String, kind: MetricKind, section: String? = nil, owner: String? = nil,
    description: String? = nil, format: String? = nil, prefix: String? = nil,
    comparison: ComparisonMethod = .pct, higherIsBetter: Bool = true,
    weekly: [WeeklyPoint], monthly: [MonthlyPoint] = [], weeklyTargets: [WeeklyPoint] = [],
    monthlyTargets: [MonthlyPoint] = [], targetTolerance: Double = 0, totals: Totals = Totals(),
    thresholds: Thresholds = Thresholds(), limits: XmRLock? = nil, annotations: [Annotation] = [],
    pairsWith: String? = nil, renamedFrom: [String] = [], droppedPoints: Int = 0
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.section = section
    self.owner = owner
    self.description = description
    self.format = format
    self.prefix = prefix
    self.comparison = comparison
    self.higherIsBetter = higherIsBetter
    self.weekly = weekly
    self.monthly = monthly
    self.weeklyTargets = weeklyTargets
    self.monthlyTargets = monthlyTargets
    self.targetTolerance = targetTolerance
    self.totals = totals
    self.thresholds = thresholds
    self.limits = limits
    self.annotations = annotations
    self.pairsWith = pairsWith
    self.renamedFrom = renamedFrom
    self.droppedPoints = droppedPoints
  }
}
