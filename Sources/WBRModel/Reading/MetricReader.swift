extension DocumentReader {
  static let metricKeys: [StaticString] = [
    "id", "name", "kind", "section", "owner", "description", "format", "prefix", "comparison",
    "higher_is_better", "weekly", "monthly", "targets", "target_tolerance", "totals", "thresholds",
    "limits", "annotations", "pairs_with", "renamed_from",
  ]

  /// The `metrics` array: each metric, then the rules across metrics (unique ids, known
  /// sections, known `pairs_with`).
  mutating func readMetrics(_ node: JSONRef, weekEnding: Day?, sections: [Section]) -> [Metric] {
    let path = JSONPath.root.key("metrics")
    guard let items = array(node, path) else { return [] }
    if items.isEmpty {
      problem(.deckNoMetrics, "expected at least one metric, found an empty array", at: node, path: path)
      return []
    }
    var metrics: [Metric] = []
    var firstByID: [String: (index: Int, node: JSONRef)] = [:]
    var unknownSections: [String: (index: Int, node: JSONRef, count: Int)] = [:]
    let sectionIDs = Set(sections.map(\.id))
    for (k, item) in items.enumerated() {
      if log.isFull { break }
      guard let metric = readMetric(item, path.index(k), weekEnding: weekEnding) else { continue }
      if let idNode = first("id", in: item), let earlier = firstByID[metric.id] {
        problem(
          .deckDuplicateID,
          "duplicate metric id \(Self.quoted(metric.id)) (first at metrics[\(earlier.index)], "
            + "line \(tape.line(earlier.node)))", at: idNode, path: path.index(k).key("id"))
        continue
      }
      if let idNode = first("id", in: item) { firstByID[metric.id] = (k, idNode) }
      if let section = metric.section, !sectionIDs.contains(section), let n = first("section", in: item) {
        let seen = unknownSections[section]
        unknownSections[section] = (seen?.index ?? k, seen?.node ?? n, (seen?.count ?? 0) + 1)
      }
      metrics.append(metric)
    }
    for (section, seen) in unknownSections.sorted(by: { $0.value.index < $1.value.index }) {
      let count = seen.count == 1 ? "the metric goes" : "its \(seen.count) metrics go"
      problem(
        .deckUnknownSection,
        "section \(Self.quoted(section)) is not in the deck's sections; \(count) to \"Other\"",
        at: seen.node, path: path.index(seen.index).key("section"))
    }
    checkPairs(metrics, items: items, ids: firstByID)
    return checkRenames(metrics, items: items, ids: firstByID)
  }

  /// An earlier id that is also a metric of this deck, or that two metrics claim, is left
  /// out with a warning: the record's events under it belong to one metric only.
  mutating func checkRenames(
    _ metrics: [Metric], items: [JSONRef], ids: [String: (index: Int, node: JSONRef)]
  ) -> [Metric] {
    var claimed: [String: String] = [:]
    var out = metrics
    for (i, metric) in metrics.enumerated() where !metric.renamedFrom.isEmpty {
      guard let own = ids[metric.id], let node = first("renamed_from", in: items[own.index]) else { continue }
      let path = JSONPath.root.key("metrics").index(own.index).key("renamed_from")
      out[i].renamedFrom = metric.renamedFrom.filter { old in
        if ids[old] != nil {
          problem(
            .deckRenamedFrom,
            "renamed_from names \(Self.quoted(old)), which is a metric of this deck; left out",
            at: node, path: path)
          return false
        }
        if let other = claimed[old] {
          problem(
            .deckRenamedFrom,
            "renamed_from names \(Self.quoted(old)), already an earlier id of \(Self.quoted(other)); left out",
            at: node, path: path)
          return false
        }
        claimed[old] = metric.id
        return true
      }
    }
    return out
  }

  /// `pairs_with` must name another metric of the deck.
  mutating func checkPairs(
    _ metrics: [Metric], items: [JSONRef], ids: [String: (index: Int, node: JSONRef)]
  ) {
    for metric in metrics {
      guard let target = metric.pairsWith, let own = ids[metric.id],
        let node = first("pairs_with", in: items[own.index])
      else { continue }
      let path = JSONPath.root.key("metrics").index(own.index).key("pairs_with")
      if target == metric.id {
        problem(
          .deckPairsWith, "a metric cannot be paired with itself; pairs_with is ignored", at: node, path: path
        )
      } else if ids[target] == nil {
        problem(
          .deckPairsWith, "pairs_with names \(Self.quoted(target)), which is not a metric of this deck",
          at: node, path: path)
      }
    }
  }

  /// One metric object; nil when a required part is unusable.
  mutating func readMetric(_ node: JSONRef, _ path: JSONPath, weekEnding: Day?) -> Metric? {
    guard let m = object(node, path, what: "a metric object") else { return nil }
    checkKeys(m, known: Self.metricKeys, path)
    let id = required("id", in: m, path, what: "an id").flatMap { identifier($0, path.key("id")) }
    let name = required("name", in: m, path, what: "a string").flatMap {
      string($0, path.key("name"))
    }
    let kind = required("kind", in: m, path, what: "\"input\" or \"output\"").flatMap {
      choice($0, ["input", "output"], path.key("kind"))
    }.flatMap(MetricKind.init(rawValue:))
    let section = first("section", in: m).flatMap { string($0, path.key("section")) }
    let owner = first("owner", in: m).flatMap { string($0, path.key("owner")) }
    let description = first("description", in: m).flatMap { string($0, path.key("description")) }
    let format = first("format", in: m).flatMap { displayFormat($0, path.key("format")) }
    let prefix = first("prefix", in: m).flatMap { string($0, path.key("prefix")) }
    if let prefix, let node = first("prefix", in: m),
      prefix.unicodeScalars.contains(where: { SafeText.isUnsafe($0) })
    {
      // The prefix is joined with the digits wbr writes: `ValueFormat` leaves these out.
      problem(
        .deckPrefix,
        "expected printable characters, found \(Self.quoted(prefix)); its control characters are left out",
        at: node, path: path.key("prefix"))
    }
    let comparison = first("comparison", in: m).flatMap {
      choice($0, ["pct", "bps"], path.key("comparison"))
    }.flatMap(ComparisonMethod.init(rawValue:))
    let higherIsBetter = first("higher_is_better", in: m).flatMap { bool($0, path.key("higher_is_better")) }
    let weeklyNode = required("weekly", in: m, path, what: "an array of weekly points")
    var weekly = weeklyNode.flatMap {
      series($0, path.key("weekly"), of: WeeklyPoint.self, weekEnding: weekEnding)
    }
    if let weeklyNode, tape.kind(weeklyNode) == .array, tape.count(weeklyNode) == 0 {
      problem(
        .deckNoPoints, "expected at least one weekly point, found an empty array", at: weeklyNode,
        path: path.key("weekly"))
      weekly = nil
    }
    let monthly = first("monthly", in: m).flatMap {
      series($0, path.key("monthly"), of: MonthlyPoint.self, weekEnding: weekEnding)
    }
    let targets = first("targets", in: m).flatMap {
      readTargets($0, path.key("targets"), weekEnding: weekEnding)
    }
    let tolerance = first("target_tolerance", in: m).flatMap {
      nonNegative($0, path.key("target_tolerance"))
    }
    let totals = first("totals", in: m).flatMap { readTotals($0, path.key("totals")) }
    let thresholds = first("thresholds", in: m).map { readThresholds($0, path.key("thresholds")) }
    let limits = first("limits", in: m).flatMap { readLimits($0, path.key("limits")) }
    let annotations = first("annotations", in: m).flatMap { readAnnotations($0, path.key("annotations")) }
    let pairsWith = first("pairs_with", in: m).flatMap { string($0, path.key("pairs_with")) }
    let renamedFrom = first("renamed_from", in: m).flatMap { readRenamedFrom($0, path.key("renamed_from")) }
    guard let id, let name, let kind, let weekly, let weeklyNode else { return nil }
    if let monthly {
      checkMonthlyHistory(monthly.points, node: first("monthly", in: m), path.key("monthly"))
    }
    if let weekEnding {
      checkWeeklyHistory(weekly.points, weekEnding: weekEnding, node: weeklyNode, path.key("weekly"))
    }
    let dropped = weekly.dropped + (monthly?.dropped ?? 0) + (targets?.dropped ?? 0)
    return Metric(
      id: id, name: name, kind: kind, section: section, owner: owner, description: description,
      format: format, prefix: prefix, comparison: comparison ?? .pct, higherIsBetter: higherIsBetter ?? true,
      weekly: weekly.points, monthly: monthly?.points ?? [], weeklyTargets: targets?.weekly ?? [],
      monthlyTargets: targets?.monthly ?? [], targetTolerance: tolerance ?? 0, totals: totals ?? Totals(),
      thresholds: thresholds ?? Thresholds(), limits: limits, annotations: annotations ?? [],
      pairsWith: pairsWith, renamedFrom: renamedFrom ?? [], droppedPoints: dropped)
  }

  /// `renamed_from`: an array of ids, the metric's earlier ids.
  mutating func readRenamedFrom(_ node: JSONRef, _ path: JSONPath) -> [String]? {
    guard let items = array(node, path) else { return nil }
    var out: [String] = []
    for (i, item) in items.enumerated() {
      guard let id = identifier(item, path.index(i)) else { return nil }
      if !out.contains(id) { out.append(id) }
    }
    return out
  }
}
