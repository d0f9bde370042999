import WBRModel

/// Orders metrics so that every function metric comes after the metrics it uses.
///
/// The WBR App evaluates function metrics recursively in file order; we allow any order in the
/// file, refuse an operand that names no metric, and refuse a cycle, naming it
/// (`A → B → A`), instead of recursing forever.
enum FunctionOrder {
  static func order(_ config: WBRConfig, file: String, log: inout BuildLog) -> [MetricDefinition] {
    var byName: [String: MetricDefinition] = [:]
    for m in config.metrics where byName[m.name] == nil { byName[m.name] = m }
    var state: [String: Int] = [:]  // 1 visiting, 2 done
    var out: [MetricDefinition] = []
    var reported = Set<String>()

    func visit(_ m: MetricDefinition, _ path: [String], _ log: inout BuildLog) {
      if state[m.name] == 2 { return }
      if state[m.name] == 1 {
        let cycleStart = path.firstIndex(of: m.name) ?? 0
        let cycle = path[cycleStart...] + [m.name]
        let key = Set(cycle).sorted().joined(separator: ",")
        if !reported.contains(key) {
          reported.insert(key)
          log.add(
            .configCycle, file, line: m.line,
            "function metrics form a cycle: \(cycle.joined(separator: " → ")); expected each to use only metrics that do not use it"
          )
        }
        return
      }
      state[m.name] = 1
      if case .function(_, let operands) = m.source {
        for o in operands {
          if let dep = byName[o] {
            visit(dep, path + [m.name], &log)
          } else {
            log.add(
              .configUnknownMetric, file, line: m.line,
              "metric '\(m.name)': operand '\(o)' is not a metric defined under metrics:")
          }
        }
      }
      state[m.name] = 2
      out.append(m)
    }
    for m in config.metrics { visit(m, [], &log) }
    return out
  }
}
