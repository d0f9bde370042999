/// The data of the "6-12" chart of a metric's drill-down and notes: the trailing 6 weeks and
/// the trailing 12 months, this year against the prior year, with targets where there are
/// some. Every value is nil where missing (drawn as a gap, never as zero).
///
/// Built on demand for one metric (the drill-down), not for the whole deck.
public struct SixTwelve: Sendable, Equatable {
  /// One week of the chart.
  public struct Week: Sendable, Equatable {
    public var weekEnding: Day
    /// Fiscal week number, for the axis ("wk 47").
    public var weekNumber: Int
    public var current: Double?
    /// The week 364 days earlier.
    public var priorYear: Double?
    public var target: Double?
  }

  /// One month of the chart.
  public struct Month: Sendable, Equatable {
    public var month: YearMonth
    public var current: Double?
    /// The same month one year earlier.
    public var priorYear: Double?
    public var target: Double?
  }

  public static let weekCount = 6
  public static let monthCount = 12

  /// Oldest first; the last one is W.
  public var weeks: [Week]
  /// Oldest first; the last one is the latest month of `monthly` (or, without monthly data,
  /// the last month that ended on or before W).
  public var months: [Month]

  public init(weeks: [Week], months: [Month]) {
    self.weeks = weeks
    self.months = months
  }

  /// The chart for `metric` in `deck`.
  /// - Complexity: O(the metric's points).
  public init(metric: Metric, in deck: Deck) {
    let w = deck.weekEnding
    let calendar = FiscalCalendar(deck: deck)
    let series = WeekSeries(metric.weekly, weekEnding: w)
    let targets = WeekSeries(metric.weeklyTargets, weekEnding: w)
    let back = DeckAnalyzer.weeksPerYear
    weeks = (0..<SixTwelve.weekCount).reversed().map { k in
      let day = series.day(weeksBack: k)
      return Week(
        weekEnding: day, weekNumber: calendar.weekNumber(of: day), current: series[weeksBack: k],
        priorYear: series[weeksBack: k + back], target: targets[weeksBack: k])
    }
    let monthly = MonthlySeries(metric.monthly)
    let monthlyTargets = MonthlySeries(metric.monthlyTargets)
    let last = monthly.latestMonth ?? FiscalCalendar.lastEndedMonth(onOrBefore: w)
    months = (0..<SixTwelve.monthCount).reversed().map { n in
      let m = last.adding(months: -n)
      return Month(
        month: m, current: monthly[m], priorYear: monthly[m.adding(months: -12)],
        target: monthlyTargets[m])
    }
  }
}
