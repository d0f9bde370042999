import WBRModel
import Yams

/// The walk over the composed YAML; every problem goes to `log` with its line.
struct ConfigParser {
  let file: String
  var log = BuildLog()
  /// False when `--week-ending` names the week: then `setup.week_ending` may be absent.
  var weekEndingRequired = true

  init(file: String) { self.file = file }

  /// A problem at `node`'s line: a wrong value unless `code` says otherwise.
  mutating func error(_ node: Node?, _ message: String, _ code: ProblemCode = .configInvalid) {
    log.add(code, file, line: node?.line ?? 0, column: node?.mark?.column ?? 0, message)
  }
  mutating func warn(_ line: Int, _ message: String, _ code: ProblemCode) {
    log.add(code, file, line: line, message)
  }

  mutating func config(_ root: Node) -> WBRConfig? {
    guard let top = root.pairs else {
      error(root, "expected a mapping with setup, metrics and deck, found \(root.kindDescription)")
      return nil
    }
    for (key, keyLine, _) in top
    where !["setup", "metrics", "deck", "data_sources", "annotations"].contains(key) {
      warn(
        keyLine,
        "unknown top-level key '\(key)' is ignored (expected setup, metrics, deck, data_sources or annotations)",
        .configUnknownKey)
    }
    guard let setupNode = root.value("setup") else {
      error(root, "expected a 'setup' section with week_ending and title, found none", .configMissingKey)
      return nil
    }
    guard let metricsNode = root.value("metrics"), metricsNode.pairs != nil else {
      error(
        root.value("metrics") ?? root, "expected a 'metrics' mapping of metric names to definitions",
        .configMissingKey)
      return nil
    }
    let setup = self.setup(setupNode)
    let metrics = self.metrics(metricsNode)
    var blocks: [Block] = []
    if let deckNode = root.value("deck"), !deckNode.isNull {
      blocks = self.blocks(deckNode)
    }
    guard let setup else { return nil }
    var config = WBRConfig(setup: setup, metrics: metrics, blocks: blocks)
    if let node = root.value("data_sources"), !node.isNull {
      config.dataSources = dataSources(node)
      config.dataSourcesLine = node.line
    }
    if let node = root.value("annotations"), !node.isNull {
      config.annotations = annotationSources(node)
    }
    return config
  }

  // MARK: setup

  mutating func setup(_ node: Node) -> Setup? {
    guard let pairs = node.pairs else {
      error(node, "expected 'setup' to be a mapping, found \(node.kindDescription)")
      return nil
    }
    let known: Set<String> = [
      "week_ending", "week_number", "title", "fiscal_year_end_month", "block_starting_number",
      "x_axis_monthly_display", "tooltip", "db_config_url", "week_numbering", "as_of",
    ]
    for (key, keyLine, _) in pairs where !known.contains(key) {
      warn(keyLine, "unknown setup key '\(key)' is ignored", .configUnknownKey)
    }
    let weekNode = node.value("week_ending")
    var weekEnding: Day?
    if let weekNode, let weekText = weekNode.text {
      guard let w = Self.weekEnding(weekText) else {
        error(
          weekNode,
          "expected setup.week_ending as DD-MMM-YYYY (e.g. 25-SEP-2021) or YYYY-MM-DD, found '\(weekText)'",
          .configWeekEnding)
        return nil
      }
      weekEnding = w
    } else if weekEndingRequired {
      error(
        weekNode ?? node,
        "expected setup.week_ending as DD-MMM-YYYY (e.g. 25-SEP-2021) or YYYY-MM-DD, found "
          + (weekNode?.kindDescription ?? "none") + " (or pass --week-ending)", .configMissingKey)
      return nil
    }
    var fiscal = 12
    if let f = node.value("fiscal_year_end_month"), !f.isNull {
      if let t = f.text, case .scalar = f, let m = Self.month(t) {
        fiscal = m
      } else {
        error(
          f,
          "expected setup.fiscal_year_end_month as a month: JAN…DEC, a month's full name, or 1–12, found "
            + f.kindDescription, .configFiscalYearEndMonth)
      }
    }
    var weekNumber: Int?
    var weekNumberLine = 0
    if let w = node.value("week_number") {
      weekNumberLine = w.line
      if let t = w.text { weekNumber = Int(t) }
    }
    var numbering = WeekNumbering.standard(yearEndMonth: fiscal)
    if let n = node.value("week_numbering"), let t = n.text {
      if let v = WeekNumbering(rawValue: t.lowercased()) {
        numbering = v
      } else {
        error(n, "expected setup.week_numbering to be iso or fiscal, found '\(t)'")
      }
    }
    var display: MonthlyDisplay?
    if let d = node.value("x_axis_monthly_display") { display = monthlyDisplay(d) }
    let asOf = node.value("as_of")?.text
    if let asOf, !Timestamp.isRFC3339(asOf) {
      error(
        node.value("as_of"),
        "expected setup.as_of as an RFC 3339 timestamp such as 2021-09-27T07:00:00Z, found '\(asOf)'")
    }
    let title = node.value("title")?.text ?? "WBR"
    if node.value("title")?.text == nil {
      warn(node.line, "setup.title is missing; the deck is titled 'WBR'", .configNoTitle)
    }
    return Setup(
      weekEnding: weekEnding, weekEndingLine: weekNode?.line ?? 0, title: title, fiscalYearEndMonth: fiscal,
      weekNumber: weekNumber, weekNumberLine: weekNumberLine, weekNumbering: numbering,
      monthlyDisplay: display, asOf: asOf, dbConfigURL: node.value("db_config_url")?.text,
      dbConfigURLLine: node.value("db_config_url")?.line ?? 0)
  }

  mutating func monthlyDisplay(_ node: Node) -> MonthlyDisplay? {
    guard let t = node.text else { return nil }
    if let d = MonthlyDisplay(rawValue: t) { return d }
    error(node, "expected x_axis_monthly_display to be trailing_twelve_months or fiscal_year, found '\(t)'")
    return nil
  }

  static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  static let fullMonthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// A month written whole: 1–12, a three-letter abbreviation (`SEP`, and `SEPT`) or the full
  /// name, in any case. Nothing else: "Octopus" is not October.
  static func month(_ text: String) -> Int? {
    let t = text.trimmingSpaces
    if t.allSatisfy(\.isASCII), let n = Int(t), (1...12).contains(n) { return n }
    let lower = t.lowercased()
    if lower == "sept" { return 9 }
    if let i = monthNames.firstIndex(of: lower) ?? fullMonthNames.firstIndex(of: lower) { return i + 1 }
    return nil
  }

  /// `25-SEP-2021` (the WBR App's form) or `2021-09-25`.
  static func weekEnding(_ text: String) -> Day? {
    if let d = Day(iso: text) { return d }
    let parts = text.split(separator: "-")
    guard parts.count == 3, let d = Int(parts[0]), let m = month(String(parts[1])), parts[1].count == 3,
      parts[2].count == 4, let y = Int(parts[2])
    else { return nil }
    return Day(year: y, month: m, day: d)
  }
}
