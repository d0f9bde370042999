/// Reads a deck's `data_quality` (docs/FORMAT.md) and turns what it records, with the points'
/// `days`, into the warnings `wbr check` lists: the same codes `wbr build` gave when it wrote
/// the deck, so that `--allow` means the same in both.
extension DocumentReader {
  static let dataQualityKeys: [StaticString] = [
    "first_day", "last_day", "missing_days", "duplicate_days", "rows_after_week_ending",
    "latest_complete_week",
  ]

  /// The `data_quality` object; nil (with errors logged) when it is not one.
  mutating func readDataQuality(_ node: JSONRef) -> DataQuality? {
    let path = JSONPath.root.key("data_quality")
    guard let members = object(node, path) else { return nil }
    checkKeys(members, known: Self.dataQualityKeys, path)
    var q = DataQuality()
    q.firstDay = first("first_day", in: members).flatMap { day($0, path.key("first_day")) }
    q.lastDay = first("last_day", in: members).flatMap { day($0, path.key("last_day")) }
    q.missingDays = first("missing_days", in: members).map { days($0, path.key("missing_days")) } ?? []
    q.duplicateDays = first("duplicate_days", in: members).map { days($0, path.key("duplicate_days")) } ?? []
    if let n = first("rows_after_week_ending", in: members) {
      q.rowsAfterWeekEnding = integer(n, in: 0...Int(Int32.max), path.key("rows_after_week_ending")) ?? 0
    }
    q.latestCompleteWeek = first("latest_complete_week", in: members).flatMap {
      day($0, path.key("latest_complete_week"))
    }
    return q
  }

  /// An array of dates, ascending (sorted here, duplicates dropped).
  private mutating func days(_ node: JSONRef, _ path: JSONPath) -> [Day] {
    guard let items = array(node, path) else { return [] }
    var out: [Day] = []
    for (k, item) in items.enumerated() {
      if let d = day(item, path.index(k)) { out.append(d) }
    }
    return Array(Set(out)).sorted()
  }

  /// Warnings for what the data quality and the points' `days` say about the week under
  /// review and the data around it, at `node` (the `data_quality` object, else `week_ending`).
  mutating func checkQuality(_ q: DataQuality?, at node: JSONRef, weekEnding w: Day, metrics: [Metric]) {
    let path = q == nil ? JSONPath.root.key("week_ending") : JSONPath.root.key("data_quality")
    let partial = metrics.compactMap { m -> String? in
      guard let p = m.weekly.last, p.weekEnding == w, p.value != nil, let days = p.days else { return nil }
      return "\(m.id) \(days) of 7 days"
    }
    let missingNow = q?.missingDays(inWeekEnding: w) ?? []
    if !partial.isEmpty || !missingNow.isEmpty {
      var parts: [String] = []
      if !missingNow.isEmpty { parts.append("no data on " + Self.list(missingNow.map(\.description), 7)) }
      if !partial.isEmpty {
        parts.append(
          "\(partial.count) metric\(partial.count == 1 ? " has" : "s have") fewer than 7 days ("
            + Self.list(partial, 5) + ")")
      }
      problem(
        .buildPartialWeek,
        "the week ending \(w) is partial: " + parts.joined(separator: "; ")
          + "; signals of a drop on it are marked data.partial, not anomalies", at: node, path: path)
    }
    guard let q else { return }
    let before = q.missingDays.filter { $0 < w.adding(days: -6) }
    if !before.isEmpty {
      problem(
        .csvMissingDays,
        "\(before.count) day(s) before the week under review have no data, so the weeks and months holding "
          + "them are partial: " + Self.list(before.map(\.description), 10), at: node, path: path)
    }
    if !q.duplicateDays.isEmpty {
      let now = q.duplicateDays(inWeekEnding: w)
      let mark =
        now.isEmpty
        ? "" : "; \(now.count) in the week under review, whose signals of a rise are marked data.duplicate"
      problem(
        .csvDuplicateRows,
        "rows repeat on \(q.duplicateDays.count) day(s) and were combined per aggf (a sum counts them "
          + "twice): " + Self.list(q.duplicateDays.map(\.description), 5) + mark, at: node, path: path)
    }
    if q.rowsAfterWeekEnding > 0 {
      problem(
        .csvRowsAfterWeekEnding,
        "\(q.rowsAfterWeekEnding) row(s) of the data are dated after week_ending \(w)"
          + (q.lastDay.map { " (to \($0))" } ?? "") + " and are not in the deck", at: node, path: path)
    }
    if let latest = q.latestCompleteWeek, latest > w {
      problem(
        .buildStaleWeekEnding,
        "the data holds a complete week after the one reviewed, ending \(latest): was the deck built "
          + "with last week's config?", at: node, path: path)
    }
  }

  /// The first `n` items, then ", ...".
  static func list(_ items: [String], _ n: Int) -> String {
    items.prefix(n).joined(separator: ", ") + (items.count > n ? ", ..." : "")
  }
}
