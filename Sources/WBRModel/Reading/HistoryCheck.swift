extension DocumentReader {
  /// Warnings about a metric's weekly history: weeks missing between its first point and
  /// the week under review, and history too short for WoW (needs W − 7) or YoY (needs
  /// W − 364). Such metrics are still reviewed; the comparison shows as not available.
  mutating func checkWeeklyHistory(
    _ points: [WeeklyPoint], weekEnding w: Day, node: JSONRef, _ path: JSONPath
  ) {
    guard let first = points.first?.weekEnding else {
      problem(.deckNoData, "no usable weekly point is left: the metric has no data", at: node, path: path)
      return
    }
    // Gaps are counted arithmetically, so that a stray year-1900 point costs nothing; only
    // the latest four missing weeks are named.
    var count = 0
    var latest: [Day] = []
    func note(_ weeks: Int, endingAt last: Day) {
      count += weeks
      let named = min(weeks, 4)
      for k in stride(from: named - 1, through: 0, by: -1) { latest.append(last.adding(days: -7 * k)) }
      if latest.count > 4 { latest.removeFirst(latest.count - 4) }
    }
    var expected = first
    for p in points {
      let gap = (p.weekEnding.ordinal - expected.ordinal) / 7
      if gap > 0 { note(gap, endingAt: p.weekEnding.adding(days: -7)) }
      if p.value == nil { note(1, endingAt: p.weekEnding) }
      expected = p.weekEnding.adding(days: 7)
    }
    if expected <= w { note((w.ordinal - expected.ordinal) / 7 + 1, endingAt: w) }
    if count > 0 {
      let shown = latest.map(\.description).joined(separator: ", ")
      let more = count > latest.count ? "…, " : ""
      let current = latest.last == w ? " (including the week under review)" : ""
      let noun = count == 1 ? "week" : "weeks"
      problem(.deckMissingWeeks, "\(count) missing \(noun)\(current): \(more)\(shown)", at: node, path: path)
    }
    let wowNeeds = w.adding(days: -7)
    let yoyNeeds = w.adding(days: -364)
    if first > wowNeeds {
      problem(
        .deckShortHistory,
        "short history: starts \(first); WoW needs the week ending \(wowNeeds) and YoY the week "
          + "ending \(yoyNeeds)", at: node, path: path)
    } else if first > yoyNeeds {
      problem(
        .deckShortHistory, "short history: starts \(first); YoY needs the week ending \(yoyNeeds)", at: node,
        path: path)
    }
  }

  /// A monthly series too short for the latest month's YoY (needs the same month a year
  /// earlier).
  mutating func checkMonthlyHistory(_ points: [MonthlyPoint], node: JSONRef?, _ path: JSONPath) {
    guard let node, let first = points.first?.month, let latest = points.last?.month else { return }
    let needs = latest.adding(months: -12)
    if first > needs {
      problem(
        .deckShortHistory, "short monthly history: starts \(first); the YoY of \(latest) needs \(needs)",
        at: node, path: path)
    }
  }
}
