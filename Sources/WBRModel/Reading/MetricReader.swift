extension DocumentReader {
  static let metricKeys: [StaticString] = [
    "id", "name", "kind", "section", "owner", "description", "format", "prefix", "comparison",
    "higher_is_better", "weekly", "monthly", "targets", "target_tolerance", "totals", "thresholds",
    "limits", "annotations", "pairs_with", "renamed_from",
  ]

  /// The `metrics` array: each metric, then the rules across metrics (unique ids, known
  /// sections, known `pairs_with`). Streamed metrics (`MetricStream`) were read during the
  /// parse; their diagnostics are logged here, as if they were read now.
  mutating func readMetrics(_ node: JSONRef, weekEnding: Day?, sections: [Section]) -> [Metric] {
    let path = JSONPath.root.key("metrics")
    let streamed = stream.flatMap { $0.array == node ? $0 : nil }
    var items: [JSONRef] = []
    if streamed == nil {
      guard let elements = array(node, path) else { return [] }
      items = elements
    }
    if (streamed?.count ?? items.count) == 0 {
      problem(.deckNoMetrics, "expected at least one metric, found an empty array", at: node, path: path)
      return []
    }
    var metrics: [Metric] = []
    var reads: [MetricRead] = []
    var firstByID: [String: (index: Int, position: SourcePosition)] = [:]
    var unknownSections: [String: (index: Int, position: SourcePosition, count: Int)] = [:]
    let sectionIDs = Set(sections.map(\.id))
    for k in 0..<(streamed?.count ?? items.count) {
      if log.isFull { break }
      let read: MetricRead
      if let streamed {
        guard k < streamed.reads.count else { break }  // the stream stops where the log fills
        read = streamed.reads[k]
        if let logged = read.log { log.append(logged) }
      } else {
        read = readMetricElement(items[k], index: k, weekEnding: weekEnding)
      }
      reads.append(
        MetricRead(
          metric: nil, id: read.id, pairsWith: read.pairsWith, renamedFrom: read.renamedFrom,
          owner: read.owner))
      guard let metric = read.metric else { continue }
      if let id = read.id, let earlier = firstByID[metric.id] {
        problem(
          .deckDuplicateID,
          "duplicate metric id \(Self.quoted(metric.id)) (first at metrics[\(earlier.index)], "
            + "line \(earlier.position.line))", at: id, path: path.index(k).key("id"))
        continue
      }
      if let id = read.id { firstByID[metric.id] = (k, id) }
      if let section = metric.section, !sectionIDs.contains(section), let position = read.section {
        let seen = unknownSections[section]
        unknownSections[section] = (seen?.index ?? k, seen?.position ?? position, (seen?.count ?? 0) + 1)
      }
      metrics.append(metric)
    }
    for (section, seen) in unknownSections.sorted(by: { $0.value.index < $1.value.index }) {
      let count = seen.count == 1 ? "the metric goes" : "its \(seen.count) metrics go"
      problem(
        .deckUnknownSection,
        "section \(Self.quoted(section)) is not in the deck's sections; \(count) to \"Other\"",
        at: seen.position, path: path.index(seen.index).key("section"))
    }
    checkPairs(metrics, reads: reads, ids: firstByID)
    ownerMentions = reads.enumerated().compactMap { k, read in read.owner.map { (k, $0) } }
    return checkRenames(metrics, reads: reads, ids: firstByID)
  }

  /// An earlier id that is also a metric of this deck, or that two metrics claim, is left
  /// out with a warning: the record's events under it belong to one metric only.
  mutating func checkRenames(
    _ metrics: [Metric], reads: [MetricRead], ids: [String: (index: Int, position: SourcePosition)]
  ) -> [Metric] {
    var claimed: [String: String] = [:]
    var out = metrics
    for (i, metric) in metrics.enumerated() where !metric.renamedFrom.isEmpty {
      guard let own = ids[metric.id], let node = reads[own.index].renamedFrom else { continue }
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

  /// One element of `metrics`: the metric, and what the checks across metrics need of it.
  mutating func readMetricElement(_ item: JSONRef, index k: Int, weekEnding: Day?) -> MetricRead {
    var read = MetricRead(
      metric: readMetric(item, JSONPath.root.key("metrics").index(k), weekEnding: weekEnding))
    if let metric = read.metric {
      read.id = first("id", in: item).map(position)
      read.section = first("section", in: item).map(position)
      read.pairsWith = first("pairs_with", in: item).map(position)
      read.renamedFrom = first("renamed_from", in: item).map(position)
      if let node = first("owner", in: item), let owner = metric.owner, tape.isString(node) {
        read.owner = OwnerMention(owner: owner, metricID: metric.id, position: position(node))
      }
    } else if let node = first("owner", in: item), let owner = tape.string(node) {
      let metricID = first("id", in: item).flatMap { tape.string($0) } ?? ""
      read.owner = OwnerMention(owner: owner, metricID: metricID, position: position(node))
    }
    return read
  }

  /// `pairs_with` must name another metric of the deck.
  mutating func checkPairs(
    _ metrics: [Metric], reads: [MetricRead], ids: [String: (index: Int, position: SourcePosition)]
  ) {
    for metric in metrics {
      guard let target = metric.pairsWith, let own = ids[metric.id], let node = reads[own.index].pairsWith
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
