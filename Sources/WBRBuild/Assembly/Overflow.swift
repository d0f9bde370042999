import WBRModel

/// Refuses a build whose numbers went past the largest double (about ±1.8e308): a sum of huge
/// cells, or a product or ratio of huge totals, is infinite, and a deck cannot hold infinity
/// (its writer would print `null`, a missing value where there was data). An error naming the
/// metric and period, never a silent gap (`build.overflow`).
enum Overflow {
  static func check(
    _ values: [String: MetricValues], columnTargets: [String: (column: String, values: MetricValues)],
    grid: PeriodGrid, order: [MetricDefinition], file: String, log: inout BuildLog
  ) {
    for m in order {
      if let v = values[m.name], let period = firstInfinite(v, grid) {
        report(m, period, "", file: file, log: &log)
      }
      if let (column, t) = columnTargets[m.name], let period = firstInfinite(t, grid) {
        report(m, period, " (its target column '\(column)')", file: file, log: &log)
      }
    }
  }

  private static func report(
    _ m: MetricDefinition, _ period: String, _ what: String, file: String, log: inout BuildLog
  ) {
    log.add(
      .buildOverflow, file, line: m.line,
      "metric '\(m.name)'\(what): \(period) is beyond ±1.8e308, the largest number a deck can hold; "
        + "expected values that add up within it (are the cells in the right unit?)")
  }

  /// "the week ending 2024-03-09", "the month 2024-02" or "the YTD total", for the first
  /// infinite value; nil when every value is finite or missing.
  private static func firstInfinite(_ v: MetricValues, _ grid: PeriodGrid) -> String? {
    if let i = v.weekly.firstIndex(where: { $0.isInfinite }) { return "the week ending \(grid.weeks[i])" }
    if let i = v.monthly.firstIndex(where: { $0.isInfinite }) { return "the month \(grid.months[i])" }
    let names = ["MTD", "QTD", "YTD", "prior-year MTD", "prior-year QTD", "prior-year YTD"]
    if let i = v.totals.firstIndex(where: { $0.isInfinite }) { return "the \(names[i]) total" }
    return nil
  }
}
