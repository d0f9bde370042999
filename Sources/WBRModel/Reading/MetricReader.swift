extension DocumentReader {
  static let metricKeys = [
    "id", "name", "kind", "section", "owner", "description", "format", "prefix", "comparison",
    "higher_is_better", "weekly", "monthly", "targets", "target_tolerance", "totals", "thresholds",
    "limits", "annotations", "pairs_with",
  ]

  /// The `metrics` array: each metric, then the rules across metrics (unique ids, known
  /// sections, known `pairs_with`).
  mutating func readMetrics(_ node: JSONNode, weekEnding: Day?, sections: [Section]) -> [Metric] {
    let path = JSONPath.root.key("metrics")
    guard let items = array(node, path) else { return [] }
    if items.isEmpty {
      log.error("expected at least one metric, found an empty array", at: node, path: path)
      return []
    }
    var metrics: [Metric] = []
    var firstByID: [String: (index: Int, node: JSONNode)] = [:]
    var unknownSections: [String: (index: Int, node: JSONNode, count: Int)] = [:]
    let sectionIDs = Set(sections.map(\.id))
    for (k, item) in items.enumerated() {
      if log.isFull { break }
      guard let metric = readMetric(item, path.index(k), weekEnding: weekEnding) else { continue }
      if let idNode = item["id"], let first = firstByID[metric.id] {
        log.error(
          "duplicate metric id \(Self.quoted(metric.id)) (first at metrics[\(first.index)], "
            + "line \(first.node.line))", at: idNode, path: path.index(k).key("id"))
        continue
      }
      if let idNode = item["id"] { firstByID[metric.id] = (k, idNode) }
      if let section = metric.section, !sectionIDs.contains(section), let n = item["section"] {
        let seen = unknownSections[section]
        unknownSections[section] = (seen?.index ?? k, seen?.node ?? n, (seen?.count ?? 0) + 1)
      }
      metrics.append(metric)
    }
    for (section, first) in unknownSections.sorted(by: { $0.value.index < $1.value.index }) {
      let count = first.count == 1 ? "the metric goes" : "its \(first.count) metrics go"
      log.warning(
        "section \(Self.quoted(section)) is not in the deck's sections; \(count) to \"Other\"",
        at: first.node, path: path.index(first.index).key("section"))
    }
    checkPairs(metrics, items: items, ids: firstByID)
    return metrics
  }

  /// `pairs_with` must name another metric of the deck.
  mutating func checkPairs(
    _ metrics: [Metric], items: [JSONNode], ids: [String: (index: Int, node: JSONNode)]
  ) {
    for metric in metrics {
      guard let target = metric.pairsWith, let own = ids[metric.id],
        let node = items[own.index]["pairs_with"]
      else { continue }
      let path = JSONPath.root.key("metrics").index(own.index).key("pairs_with")
      if target == metric.id {
        log.warning("a metric cannot be paired with itself; pairs_with is ignored", at: node, path: path)
      } else if ids[target] == nil {
        log.warning(
          "pairs_with names \(Self.quoted(target)), which is not a metric of this deck", at: node, path: path)
      }
    }
  }

  /// One metric object; nil when a required part is unusable.
  mutating func readMetric(_ node: JSONNode, _ path: JSONPath, weekEnding: Day?) -> Metric? {
    guard let m = object(node, path, what: "a metric object") else { return nil }
    checkKeys(m, known: Self.metricKeys, path)
    let id = required("id", in: m, of: node, path, what: "an id").flatMap { identifier($0, path.key("id")) }
    let name = required("name", in: m, of: node, path, what: "a string").flatMap {
      string($0, path.key("name"))
    }
    let kind = required("kind", in: m, of: node, path, what: "\"input\" or \"output\"").flatMap {
      choice($0, ["input", "output"], path.key("kind"))
    }.flatMap(MetricKind.init(rawValue:))
    let section = m.first(named: "section").flatMap { string($0, path.key("section")) }
    let owner = m.first(named: "owner").flatMap { string($0, path.key("owner")) }
    let description = m.first(named: "description").flatMap { string($0, path.key("description")) }
    let format = m.first(named: "format").flatMap { displayFormat($0, path.key("format")) }
    let prefix = m.first(named: "prefix").flatMap { string($0, path.key("prefix")) }
    let comparison = m.first(named: "comparison").flatMap {
      choice($0, ["pct", "bps"], path.key("comparison"))
    }.flatMap(ComparisonMethod.init(rawValue:))
    let higherIsBetter = m.first(named: "higher_is_better").flatMap { bool($0, path.key("higher_is_better")) }
    let weeklyNode = required("weekly", in: m, of: node, path, what: "an array of weekly points")
    var weekly = weeklyNode.flatMap { weeklySeries($0, path.key("weekly"), weekEnding: weekEnding) }
    if let weeklyNode, case .array(let a) = weeklyNode.value, a.isEmpty {
      log.error(
        "expected at least one weekly point, found an empty array", at: weeklyNode, path: path.key("weekly"))
      weekly = nil
    }
    let monthly = m.first(named: "monthly").flatMap { monthlySeries($0, path.key("monthly")) }
    let targets = m.first(named: "targets").flatMap {
      readTargets($0, path.key("targets"), weekEnding: weekEnding)
    }
    let tolerance = m.first(named: "target_tolerance").flatMap {
      nonNegative($0, path.key("target_tolerance"))
    }
    let totals = m.first(named: "totals").flatMap { readTotals($0, path.key("totals")) }
    let thresholds = m.first(named: "thresholds").map { readThresholds($0, path.key("thresholds")) }
    let limits = m.first(named: "limits").flatMap { readLimits($0, path.key("limits")) }
    let annotations = m.first(named: "annotations").flatMap { readAnnotations($0, path.key("annotations")) }
    let pairsWith = m.first(named: "pairs_with").flatMap { string($0, path.key("pairs_with")) }
    guard let id, let name, let kind, let weekly, let weeklyNode else { return nil }
    if let monthly {
      checkMonthlyHistory(monthly.points, node: m.first(named: "monthly"), path.key("monthly"))
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
      pairsWith: pairsWith, droppedPoints: dropped)
  }
}
