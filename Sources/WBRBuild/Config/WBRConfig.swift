import WBRModel

/// A WBR App config (`setup`, `metrics`, `deck`) as `wbr build` understands it, with the YAML
/// line of everything so that later errors can point back at it.
public struct WBRConfig: Sendable, Equatable {
  public var setup: Setup
  /// In file order.
  public var metrics: [MetricDefinition]
  /// The `deck` blocks in order; empty when the config has no `deck`.
  public var blocks: [Block]
  /// `data_sources`, in the WBR App's order; empty when the config has none.
  public var dataSources: [DataSource] = []
  /// Line of `data_sources:` (0 when absent).
  public var dataSourcesLine = 0
  /// `annotations`, when the config has them.
  public var annotations = AnnotationSources()

  public func metric(named name: String) -> MetricDefinition? {
    metrics.first { $0.name == name }
  }
}

/// `setup:`.
public struct Setup: Sendable, Equatable {
  /// Nil only when `--week-ending` gives the week instead.
  public var weekEnding: Day?
  public var weekEndingLine: Int
  public var title: String
  public var fiscalYearEndMonth: Int
  /// `week_number` as written; only compared with the date-derived number (a warning).
  public var weekNumber: Int?
  public var weekNumberLine: Int
  public var weekNumbering: WeekNumbering
  /// `x_axis_monthly_display` at deck level, if any.
  public var monthlyDisplay: MonthlyDisplay?
  /// Our own additions: deck-level `as_of`.
  public var asOf: String?
  /// `db_config_url`: the connections file that `data_sources` name connections of.
  public var dbConfigURL: String?
  public var dbConfigURLLine = 0
}

/// How the WBR App lays out a 6-12 chart's twelve months.
public enum MonthlyDisplay: String, Sendable, Equatable {
  case trailingTwelveMonths = "trailing_twelve_months"
  case fiscalYear = "fiscal_year"
}

/// The daily-to-period aggregation of a metric.
public enum Aggregation: String, Sendable, Equatable, CaseIterable {
  case sum, mean, min, max, first, last, median
}

/// The arithmetic of a function metric.
public enum MetricFunction: String, Sendable, Equatable, CaseIterable {
  case sum, difference, product, divide
}

/// Where a metric's values come from.
public enum MetricSource: Sendable, Equatable {
  /// A CSV column.
  case column(String)
  /// A CSV column, over the rows that satisfy a query on other (dimension) columns.
  case filter(baseColumn: String, query: FilterQuery, text: String)
  /// Arithmetic over other metrics, applied after each is aggregated.
  case function(MetricFunction, operands: [String])
}

/// One entry of `metrics:`, plus the extra keys `wbr` reads and the WBR App ignores.
public struct MetricDefinition: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var source: MetricSource
  /// Line of `column:`, `filter:` or `function:` (where a bad column name is written).
  public var sourceLine: Int = 0
  /// nil for function metrics.
  public var aggregation: Aggregation?
  public var comparison: ComparisonMethod
  // Extra keys (ours).
  public var kind: MetricKind?
  public var owner: String?
  public var description: String?
  public var higherIsBetter: Bool?
  public var displayName: String?
  public var format: String?
  public var prefix: String?
  public var targetTolerance: Double?
  public var pairsWith: String?
  public var id: String?
}

/// How a metric appears in a 6-12 chart block.
public enum LineStyle: String, Sendable, Equatable {
  case primary, secondary, target
}

/// One metric of a 6_12Graph block.
public struct ChartMetric: Sendable, Equatable {
  public var name: String
  public var line: Int
  public var lineStyle: LineStyle
  public var legendName: String?
  public var graphPriorYear: Bool
}

/// One row of a 6_WeeksTable or 12_MonthsTable.
public struct TableRow: Sendable, Equatable {
  public var header: String?
  public var metric: String?
  public var yScaling: String?
  public var line: Int
}

/// One `deck:` block.
public enum Block: Sendable, Equatable {
  case chart(
    title: String?, yScaling: String?, monthlyDisplay: MonthlyDisplay?, metrics: [ChartMetric],
    line: Int)
  case weeksTable(title: String?, rows: [TableRow], line: Int)
  case monthsTable(title: String?, rows: [TableRow], monthlyDisplay: MonthlyDisplay?, line: Int)
  case section(title: String, line: Int)
  /// embedded_content and anything else the meeting has no use for.
  case other(uiType: String, line: Int)
}
