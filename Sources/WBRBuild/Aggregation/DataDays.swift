import WBRModel

/// Which days of the CSV have data: a row with a value in at least one column a metric reads.
///
/// Used to find complete weeks (seven days with data in a row): `--week-ending latest` takes
/// the last one, and a complete week after the week under review means the config is stale
/// (`build.stale-week-ending`). Rows whose metric cells are all blank (a forecast-only or
/// padding row) do not make a day.
struct DataDays {
  let first: Day
  /// Indexed by day offset from `first`.
  let has: [Bool]

  init(table: CSVTable, dates: DateColumn, config: WBRConfig) {
    first = dates.first
    var columns: [Int] = []
    for m in config.metrics {
      let name: String
      switch m.source {
      case .column(let c), .filter(let c, _, _): name = c
      case .function: continue
      }
      let short = name.firstIndex(of: ".").map { String(name[name.index(after: $0)...]) }
      if let c = table.column(named: name) ?? short.flatMap({ table.column(named: $0) }), !columns.contains(c)
      {
        columns.append(c)
      }
    }
    var has = [Bool](repeating: false, count: dates.last.ordinal - dates.first.ordinal + 1)
    for r in 0..<table.rowCount {
      let d = Int(dates.days[r]) - dates.first.ordinal
      if has[d] { continue }
      has[d] = columns.contains { c in
        if case .value = table.number(row: r, column: c) { return true }
        return false
      }
    }
    self.has = has
  }

  var last: Day { first.adding(days: has.count - 1) }

  func hasData(_ day: Day) -> Bool {
    let i = day.ordinal - first.ordinal
    return i >= 0 && i < has.count && has[i]
  }

  /// The last day D, on `weekday` (ISO 1–7) when given, on or after `from`, such that the seven
  /// days D − 6 … D all have data; nil when there is none.
  func latestCompleteWeek(weekday: Int?, from: Day? = nil) -> Day? {
    var d = last
    if let weekday { d = d.adding(days: -((d.isoWeekday - weekday + 7) % 7)) }
    let step = weekday == nil ? 1 : 7
    let lowest = max(first.adding(days: 6), from ?? first)
    while d >= lowest {
      if (0..<7).allSatisfy({ hasData(d.adding(days: -$0)) }) { return d }
      d = d.adding(days: -step)
    }
    return nil
  }
}
