/// A metric's targets as read.
struct Targets {
  var weekly: [WeeklyPoint]
  var monthly: [MonthlyPoint]
  var dropped: Int
}

extension DocumentReader {
  /// `format`: must be in the WBR App's vocabulary, exactly what `ValueFormat` can display.
  mutating func displayFormat(_ node: JSONRef, _ path: JSONPath) -> String? {
    if let s = tape.string(node), ValueFormat(pattern: s) != nil { return s }
    mismatch(Self.formatVocabulary, node, path)
    return nil
  }

  /// For "expected …" messages about `format`.
  static let formatVocabulary =
    "a display format such as \"##\", \"##.1\", \"##.1KK\", \"##.2MM\", \"##BB\", \"##.1%\" or "
    + "\"##bps\" (0–3 decimals)"

  /// `{ "weekly"?: [...], "monthly"?: [...] }`, same rules as the metric's own series.
  mutating func readTargets(_ node: JSONRef, _ path: JSONPath, weekEnding: Day?) -> Targets? {
    guard let m = object(node, path) else { return nil }
    checkKeys(m, known: ["weekly", "monthly"], path)
    var dropped = 0
    var ok = true
    /// One optional series of the targets; a type error in it refuses the targets.
    func read<Point: SeriesPoint>(_ key: StaticString, as _: Point.Type) -> [Point] {
      guard let n = first(key, in: m) else { return [] }
      guard let s = series(n, path.key(key.description), of: Point.self, weekEnding: weekEnding) else {
        ok = false
        return []
      }
      dropped += s.dropped
      return s.points
    }
    let weekly = read("weekly", as: WeeklyPoint.self)
    let monthly = read("monthly", as: MonthlyPoint.self)
    return ok ? Targets(weekly: weekly, monthly: monthly, dropped: dropped) : nil
  }

  /// `{ "mtd"?, "qtd"?, "ytd"? }`, each `{ "cy": number or null, "py": number or null }`.
  mutating func readTotals(_ node: JSONRef, _ path: JSONPath) -> Totals? {
    guard let m = object(node, path) else { return nil }
    let keys: [StaticString] = ["mtd", "qtd", "ytd"]
    checkKeys(m, known: keys, path)
    var totals = Totals()
    for (slot, key) in keys.enumerated() {
      guard let n = first(key, in: m) else { continue }
      let p = path.key(key.description)
      guard let pair = object(n, p) else { continue }
      checkKeys(pair, known: ["cy", "py"], p)
      let cy = required("cy", in: pair, p, what: "a number or null").flatMap {
        numberOrNull($0, p.key("cy"))
      }
      let py = required("py", in: pair, p, what: "a number or null").flatMap {
        numberOrNull($0, p.key("py"))
      }
      guard let cy, let py else { continue }
      let total = PeriodTotal(cy: cy, py: py)
      switch slot {
      case 0: totals.mtd = total
      case 1: totals.qtd = total
      default: totals.ytd = total
      }
    }
    return totals
  }

  /// `{ "baseline": { "from", "to" } }` or `{ "centre", "mr_bar" }`, not both.
  mutating func readLimits(_ node: JSONRef, _ path: JSONPath) -> XmRLock? {
    guard let m = object(node, path) else { return nil }
    checkKeys(m, known: ["baseline", "centre", "mr_bar"], path)
    let hasLimits = first("centre", in: m) != nil || first("mr_bar", in: m) != nil
    if let b = first("baseline", in: m) {
      if hasLimits {
        problem(
          .deckLimits, "expected either \"baseline\" or \"centre\" and \"mr_bar\", found both", at: node,
          path: path)
        return nil
      }
      let p = path.key("baseline")
      guard let range = object(b, p) else { return nil }
      checkKeys(range, known: ["from", "to"], p)
      let from = required("from", in: range, p, what: "a date").flatMap { day($0, p.key("from")) }
      let to = required("to", in: range, p, what: "a date").flatMap { day($0, p.key("to")) }
      guard let from, let to else { return nil }
      if from > to {
        problem(
          .deckLimits, "expected \"from\" on or before \"to\", found \(from) after \(to)", at: b, path: p)
        return nil
      }
      return .baseline(from: from, to: to)
    }
    guard hasLimits else {
      problem(
        .deckLimits, "expected \"baseline\" or \"centre\" and \"mr_bar\", found neither", at: node, path: path
      )
      return nil
    }
    let centre = required("centre", in: m, path, what: "a number").flatMap {
      number($0, path.key("centre"))
    }
    let mrBar = required("mr_bar", in: m, path, what: "a number ≥ 0").flatMap {
      nonNegative($0, path.key("mr_bar"))
    }
    guard let centre, let mrBar else { return nil }
    return .limits(centre: centre, mrBar: mrBar)
  }

  /// `[{ "date": "YYYY-MM-DD", "text": string }, …]`.
  mutating func readAnnotations(_ node: JSONRef, _ path: JSONPath) -> [Annotation]? {
    guard let items = array(node, path) else { return nil }
    var out: [Annotation] = []
    for (k, item) in items.enumerated() {
      let p = path.index(k)
      guard let m = object(item, p) else { continue }
      checkKeys(m, known: ["date", "text"], p)
      let date = required("date", in: m, p, what: "a date").flatMap { day($0, p.key("date")) }
      let text = required("text", in: m, p, what: "a string").flatMap { string($0, p.key("text")) }
      if let date, let text { out.append(Annotation(date: date, text: text)) }
    }
    return out
  }
}
