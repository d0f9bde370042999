import WBRModel

/// Warnings for what the WBR App lets pass silently: a stale week number, and periods that
/// are missing days.
enum BuildWarnings {
  static func weekNumber(
    config: WBRConfig, weekEnding w: Day, calendar: FiscalCalendar, file: String, log: inout BuildLog
  ) {
    let computed = config.setup.weekNumbering.number(weekEnding: w, calendar: calendar)
    if let given = config.setup.weekNumber, given != computed {
      log.add(
        .configWeekNumber, file, line: config.setup.weekNumberLine,
        "setup.week_number \(given) is ignored: the week ending \(w) is \(config.setup.weekNumbering.rawValue) "
          + "week \(computed) (week numbers come from dates)")
    }
  }

  /// Days with no row at all are reported once for the whole file; blank cells per metric,
  /// for the weeks and to-date totals the meeting shows (the last 6 weeks, the same weeks a
  /// year earlier, MTD/QTD/YTD now and a year earlier).
  static func partialPeriods(
    rows: DataRows, grid: PeriodGrid, layout: DeckLayout, values: [String: MetricValues], dataFile: String,
    log: inout BuildLog
  ) {
    let first = grid.firstDay.ordinal
    func day(_ offset: Int) -> String { Day(ordinal: first + offset).description }
    // Whole days missing from the file, between its first day and the week under review
    // (whose own missing days are `build.partial-week`).
    var gaps: [String] = []
    let weekStart = grid.weekEnding.ordinal - 6 - first
    for (i, has) in rows.hasRow.enumerated() where !has && i < weekStart { gaps.append(day(i)) }
    if !gaps.isEmpty {
      log.add(
        .csvMissingDays, dataFile,
        "\(gaps.count) day(s) between \(grid.firstDay) and the week under review have no row, so the weeks "
          + "and months holding them are partial: \(gaps.prefix(10).joined(separator: ", "))"
          + (gaps.count > 10 ? ", ..." : ""))
    }
    // Display windows, as day-offset ranges.
    var windows: [(label: String, range: ClosedRange<Int>)] = []
    let n = grid.weeks.count
    for k in 0..<min(6, n) {
      windows.append(("week ending \(grid.weeks[n - 1 - k])", grid.weekRange(n - 1 - k)))
    }
    let pyIndex = n - 1 - 52
    for k in 0..<6 where pyIndex - k >= 0 {
      windows.append(("week ending \(grid.weeks[pyIndex - k])", grid.weekRange(pyIndex - k)))
    }
    let names = ["MTD", "QTD", "YTD", "prior-year MTD", "prior-year QTD", "prior-year YTD"]
    for (i, name) in names.enumerated() {
      if let r = grid.totalRange(i) { windows.append((name, r)) }
    }
    var wanted: [String] = []
    for e in layout.entries {
      wanted.append(e.metric)
      if let t = e.target { wanted.append(t) }
    }
    var done = Set<String>()
    for metric in wanted where !done.contains(metric) {
      done.insert(metric)
      guard let v = values[metric] else { continue }
      var parts: [String] = []
      var blankDays = Set<Int>()
      for (label, r) in windows {
        var blanks: [Int] = []
        for d in r where d < v.present.count && rows.hasRow[d] && !v.present[d] { blanks.append(d) }
        // A metric with no value at all in the window is simply missing there, not partial.
        let any = r.contains { $0 < v.present.count && v.present[$0] }
        guard any, !blanks.isEmpty else { continue }
        let fresh = blanks.filter { !blankDays.contains($0) }
        blankDays.formUnion(blanks)
        if fresh.isEmpty { continue }
        parts.append(
          "\(label) (\(fresh.prefix(3).map(day).joined(separator: ", "))\(fresh.count > 3 ? ", ..." : ""))")
      }
      if !parts.isEmpty {
        log.add(
          .csvBlankCells, dataFile,
          "metric '\(metric)': blank cells make these periods partial (the blank days count as missing, "
            + "not zero): \(parts.prefix(6).joined(separator: "; "))\(parts.count > 6 ? "; ..." : "")")
      }
    }
  }

  /// The week under review with fewer than seven days of data, for the whole file (days
  /// without a row) or for some metrics (blank cells): the sums drop for want of data, so the
  /// meeting must not read the drop as news (`build.partial-week`; the analysis marks the
  /// metrics `data.partial`).
  static func partialWeek(deck: Deck, dataFile: String, log: inout BuildLog) {
    let w = deck.weekEnding
    let missing = deck.dataQuality?.missingDays(inWeekEnding: w) ?? []
    let partial = deck.metrics.compactMap { m -> String? in
      guard let p = m.weekly.last, p.weekEnding == w, p.value != nil, let days = p.days else { return nil }
      return "\(m.id) \(days) of 7 days"
    }
    guard !missing.isEmpty || !partial.isEmpty else { return }
    var parts: [String] = []
    if !missing.isEmpty { parts.append("no row for " + missing.map(\.description).joined(separator: ", ")) }
    if !partial.isEmpty {
      let list = partial.prefix(5).joined(separator: ", ") + (partial.count > 5 ? ", ..." : "")
      parts.append(
        "\(partial.count) metric\(partial.count == 1 ? " has" : "s have") fewer than 7 days (\(list))")
    }
    log.add(
      .buildPartialWeek, dataFile,
      "the week ending \(w) is partial: " + parts.joined(separator: "; ")
        + "; its values cover fewer days, and signals of a drop on it are marked data.partial, not anomalies")
  }
}
