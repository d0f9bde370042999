import WBRModel
import Yams

extension ConfigParser {
  static let metricKeys: Set<String> = [
    "column", "aggf", "filter", "function", "metric_comparison_method",
    // ours (ignored by the WBR App)
    "kind", "owner", "description", "higher_is_better", "name", "format", "prefix",
    "target_tolerance", "pairs_with", "id",
  ]

  mutating func metrics(_ node: Node) -> [MetricDefinition] {
    var out: [MetricDefinition] = []
    var inline: [MetricDefinition] = []
    for (name, keyLine, value) in node.pairs ?? [] {
      if let m = metric(name: name, line: keyLine, value, inline: &inline) { out.append(m) }
    }
    // Function operands may define a metric inline (`metric: {name: X, function: ...}`).
    for m in inline where !out.contains(where: { $0.name == m.name }) { out.append(m) }
    return out
  }

  mutating func metric(
    name: String, line: Int, _ node: Node, inline: inout [MetricDefinition]
  ) -> MetricDefinition? {
    guard let fields = YAMLFields(node) else {
      error(
        node,
        "expected metric '\(name)' to be a mapping with column and aggf, filter or function, found \(node.kindDescription)"
      )
      return nil
    }
    for (key, keyLine, _) in fields.pairs where !Self.metricKeys.contains(key) {
      if key == "box_total_scaling" {
        warn(
          keyLine,
          "metric '\(name)': box_total_scaling is not a WBR App key and is ignored (for basis points use metric_comparison_method: bps)",
          .configBoxTotalScaling)
      } else {
        warn(keyLine, "metric '\(name)': unknown key '\(key)' is ignored", .configUnknownKey)
      }
    }
    var aggregation: Aggregation?
    if let a = fields.value("aggf") {
      if let t = a.text, let v = Aggregation(rawValue: t.lowercased()) {
        aggregation = v
      } else {
        error(
          a,
          "metric '\(name)': expected aggf to be one of sum, mean, min, max, first, last, median, found \(a.kindDescription)"
        )
      }
    }
    var comparison = ComparisonMethod.pct
    if let c = fields.value("metric_comparison_method"), let t = c.text {
      switch t.lowercased() {
      case "bps": comparison = .bps
      case "%", "pct", "percent": comparison = .pct
      default: error(c, "metric '\(name)': expected metric_comparison_method bps (or %), found '\(t)'")
      }
    }
    let source: MetricSource
    if let col = fields.value("column") {
      guard let c = col.text else {
        error(col, "metric '\(name)': expected column to name a CSV column, found \(col.kindDescription)")
        return nil
      }
      source = .column(c)
      if aggregation == nil, fields.value("aggf") == nil {
        error(
          node,
          "metric '\(name)': expected an aggf (sum, mean, min, max, first, last, median) for column '\(c)', found none",
          .configMissingKey)
      }
    } else if let f = fields.value("filter") {
      guard let s = filterSource(name: name, f) else { return nil }
      source = s
      if aggregation == nil, fields.value("aggf") == nil {
        error(node, "metric '\(name)': expected an aggf for the filter metric, found none", .configMissingKey)
      }
    } else if let fn = fields.value("function") {
      guard let s = functionSource(name: name, fn, inline: &inline) else { return nil }
      source = s
    } else {
      log.add(
        .configMissingKey, file, line: line,
        "metric '\(name)': expected a column (with aggf), a filter or a function, found none of them")
      return nil
    }
    var def = MetricDefinition(
      name: name, line: line, source: source, aggregation: aggregation, comparison: comparison)
    def.sourceLine =
      (fields.value("column") ?? fields.value("filter") ?? fields.value("function"))?.line ?? line
    extras(&def, fields)
    return def
  }

  /// Our keys: kind, owner, description, higher_is_better, name, format, prefix, ...
  mutating func extras(_ def: inout MetricDefinition, _ fields: YAMLFields) {
    if let k = fields.value("kind") {
      if let t = k.text, let v = MetricKind(rawValue: t.lowercased()) {
        def.kind = v
      } else {
        error(k, "metric '\(def.name)': expected kind to be input or output, found \(k.kindDescription)")
      }
    }
    if let h = fields.value("higher_is_better") {
      if let b = h.bool {
        def.higherIsBetter = b
      } else {
        error(
          h, "metric '\(def.name)': expected higher_is_better to be true or false, found \(h.kindDescription)"
        )
      }
    }
    if let t = fields.value("target_tolerance") {
      if let s = t.text, let v = Double(s), v >= 0 {
        def.targetTolerance = v
      } else {
        error(
          t, "metric '\(def.name)': expected target_tolerance to be a number ≥ 0, found \(t.kindDescription)")
      }
    }
    def.owner = fields.value("owner")?.text
    def.description = fields.value("description")?.text
    def.displayName = fields.value("name")?.text
    def.format = fields.value("format")?.text
    def.prefix = fields.value("prefix")?.text
    def.pairsWith = fields.value("pairs_with")?.text
    def.id = fields.value("id")?.text
  }

  mutating func filterSource(name: String, _ f: Node) -> MetricSource? {
    guard let base = f.value("base_column")?.text else {
      error(
        f, "metric '\(name)': expected filter.base_column to name the CSV column to aggregate, found none",
        .configMissingKey)
      return nil
    }
    guard let qNode = f.value("query"), let q = qNode.text else {
      error(
        f, "metric '\(name)': expected filter.query such as \"Country == 'US'\", found none",
        .configMissingKey)
      return nil
    }
    do {
      return .filter(baseColumn: base, query: try FilterQuery.parse(q), text: q)
    } catch {
      self.error(qNode, "metric '\(name)': filter query \"\(q)\": \(error.message)", .configFilter)
      return nil
    }
  }

  mutating func functionSource(
    name: String, _ fn: Node, inline: inout [MetricDefinition]
  ) -> MetricSource? {
    guard let pairs = fn.pairs, pairs.count == 1, let (opName, _, operandsNode) = pairs.first else {
      error(fn, "metric '\(name)': expected function to hold exactly one of sum, difference, product, divide")
      return nil
    }
    guard let op = MetricFunction(rawValue: opName) else {
      error(fn, "metric '\(name)': expected function sum, difference, product or divide, found '\(opName)'")
      return nil
    }
    guard let items = operandsNode.items else {
      error(
        operandsNode,
        "metric '\(name)': expected a list of '- metric: {name: ...}' operands, found \(operandsNode.kindDescription)"
      )
      return nil
    }
    var operands: [String] = []
    for item in items {
      let ref = item.value("metric") ?? item.value("column")
      guard let ref, let refName = ref.value("name")?.text else {
        error(
          item,
          "metric '\(name)': expected an operand '- metric: {name: OtherMetric}', found \(item.kindDescription)"
        )
        continue
      }
      if let inner = ref.value("function") {
        if let s = functionSource(name: refName, inner, inline: &inline) {
          inline.append(
            MetricDefinition(name: refName, line: ref.line, source: s, aggregation: nil, comparison: .pct))
        }
      }
      operands.append(refName)
    }
    let arity = op == .sum || op == .product ? "at least 2" : "exactly 2"
    let ok = op == .sum || op == .product ? operands.count >= 2 : operands.count == 2
    guard ok else {
      error(
        operandsNode,
        "metric '\(name)': expected \(arity) operands for \(op.rawValue), found \(operands.count)")
      return nil
    }
    return .function(op, operands: operands)
  }
}
