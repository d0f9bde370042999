import WBRModel

/// Puts computed values and the layout together into a `Deck`.
struct DeckAssembler {
  let config: WBRConfig
  let grid: PeriodGrid
  let values: [String: MetricValues]
  let columnTargets: [String: (column: String, values: MetricValues)]
  let configFile: String
  /// The config's annotations by metric name, up to the week under review.
  var events: [String: [Annotation]] = [:]

  func deck(layout: DeckLayout, log: inout BuildLog) -> Deck {
    var metrics: [Metric] = []
    var ids = Set<String>()
    var defaultKind: [String] = []
    for entry in layout.entries {
      guard let def = config.metric(named: entry.metric), let v = values[entry.metric] else { continue }
      var id = def.id ?? MetricIDs.id(for: def.name)
      var n = 2
      while ids.contains(id) {
        id = (def.id ?? MetricIDs.id(for: def.name)) + "_\(n)"
        n += 1
      }
      ids.insert(id)
      if def.kind == nil { defaultKind.append(def.name) }
      var format: String?
      switch FormatMapping.format(def.format ?? entry.format) {
      case .some(let f): format = f
      case .none:
        log.add(
          .configFormat, configFile, line: entry.line,
          "metric '\(def.name)': y_scaling '\(def.format ?? entry.format ?? "")' is not ##[.d][KK|MM|BB|%|bps]; the automatic format is used"
        )
      }
      var metric = Metric(
        id: id, name: def.displayName ?? entry.name, kind: def.kind ?? .output, section: entry.section,
        owner: def.owner, description: def.description, format: format, prefix: def.prefix,
        comparison: def.comparison, higherIsBetter: def.higherIsBetter ?? true,
        weekly: weekly(v), monthly: monthly(v), targetTolerance: def.targetTolerance ?? 0,
        totals: totals(v), pairsWith: def.pairsWith.map { MetricIDs.id(for: $0) })
      if let t = entry.target, let tv = values[t] {
        metric.weeklyTargets = weekly(tv).filter { $0.value != nil }
        metric.monthlyTargets = monthly(tv).filter { $0.value != nil }
      } else if let (_, tv) = columnTargets[entry.metric] {
        metric.weeklyTargets = weekly(tv).filter { $0.value != nil }
        metric.monthlyTargets = monthly(tv).filter { $0.value != nil }
      }
      metric.annotations = events[def.name] ?? []
      if let last = metric.weekly.last, let days = last.days {
        metric.annotations.append(
          Annotation(
            date: grid.weekEnding,
            text: "Partial week: \(days) of 7 days have data"
              + missingDays(v, weekIndex: grid.weeks.count - 1)))
      }
      metrics.append(metric)
    }
    if !defaultKind.isEmpty {
      log.add(
        .configDefaultKind, configFile,
        "\(defaultKind.count) metric(s) have no kind and are treated as outputs (add kind: input to the "
          + "controllable ones): \(defaultKind.prefix(5).joined(separator: ", "))\(defaultKind.count > 5 ? ", ..." : "")"
      )
    }
    return Deck(
      title: config.setup.title, weekEnding: grid.weekEnding,
      fiscalYearEndMonth: config.setup.fiscalYearEndMonth, asOf: config.setup.asOf,
      sections: layout.sections, metrics: metrics)
  }

  /// From the metric's first week with a value (or W alone) to W; gaps are null.
  func weekly(_ v: MetricValues) -> [WeeklyPoint] {
    let start = v.weekly.firstIndex { !$0.isNaN } ?? (grid.weeks.count - 1)
    return (start..<grid.weeks.count).map { i in
      let value = v.weekly[i]
      let days = Int(v.weeklyDays[i])
      return WeeklyPoint(
        weekEnding: grid.weeks[i], value: value.isNaN ? nil : value,
        days: days < 7 && !value.isNaN ? days : nil)
    }
  }

  func monthly(_ v: MetricValues) -> [MonthlyPoint] {
    guard let start = v.monthly.firstIndex(where: { !$0.isNaN }) else { return [] }
    return (start..<grid.months.count).map { i in
      let value = v.monthly[i]
      let m = grid.months[i]
      let days = Int(v.monthlyDays[i])
      let full = Day.daysIn(year: m.year, month: m.month)
      return MonthlyPoint(
        month: m, value: value.isNaN ? nil : value, days: days < full && !value.isNaN ? days : nil)
    }
  }

  func totals(_ v: MetricValues) -> Totals {
    func pair(_ cy: Int, _ py: Int) -> PeriodTotal? {
      let a = v.totals[cy]
      let b = v.totals[py]
      if a.isNaN && b.isNaN { return nil }
      return PeriodTotal(cy: a.isNaN ? nil : a, py: b.isNaN ? nil : b)
    }
    return Totals(mtd: pair(0, 3), qtd: pair(1, 4), ytd: pair(2, 5))
  }

  /// "; missing 2021-09-24, 2021-09-25" for the days of week `i` without a value.
  func missingDays(_ v: MetricValues, weekIndex i: Int) -> String {
    let r = grid.weekRange(i)
    let end = grid.weeks[i]
    var missing: [String] = []
    for offset in (end.ordinal - 6)...end.ordinal {
      let d = offset - grid.firstDay.ordinal
      if d < r.lowerBound || d >= v.present.count || !v.present[d] {
        missing.append(Day(ordinal: offset).description)
      }
    }
    return missing.isEmpty ? "" : " (missing \(missing.joined(separator: ", ")))"
  }
}
