import WBRModel

/// The summary box under the chart: last week with its WoW and YoY, and MTD, QTD and YTD with
/// their YoY, as a small table with the prior-year values beside this year's.
///
/// Every change carries an arrow and a sign; a colour on top only where a signal is about
/// that number (`CellEmphasis`: last week's WoW or YoY), so a routine move stays plain.
struct DrillDownSummary: Sendable {
  let box: SummaryBox
  /// The prior-year value of the current week (x(W − 364)).
  let lastWeekPriorYear: Double?
  let format: ValueFormat
  let higherIsBetter: Bool
  let ascii: Bool
  /// Last week's WoW and YoY emphasis by the one rule (nil: not coloured).
  let wowEmphasis: Direction?
  let yoyEmphasis: Direction?
  /// The table's cells, row by row (the first row is the heading), formatted once.
  private(set) var cells: [[(text: String, style: Style)]] = []
  /// Column widths of the table (text columns left-aligned, numbers right-aligned).
  private(set) var columnWidths: [Int] = []

  init(metric: Metric, analysis: MetricAnalysis, ascii: Bool) {
    box = SummaryBox(metric: metric, analysis: analysis)
    lastWeekPriorYear = analysis.priorYear
    format = analysis.format
    higherIsBetter = metric.higherIsBetter
    self.ascii = ascii
    wowEmphasis = CellEmphasis.direction(of: .wow, in: analysis)
    yoyEmphasis = CellEmphasis.direction(of: .yoy, in: analysis)
    cells = makeCells()
    let rows = cells
    columnWidths = (0..<5).map { c in rows.map { $0[c].text.displayWidth }.max() ?? 0 }
  }

  /// Rows of the table: heading, last week, then MTD, QTD and YTD, or one "MTD/QTD/YTD n/a"
  /// row when the deck has none of them (most input metrics).
  var height: Int { 2 + (hasTotals ? box.periods.count : 1) }

  /// Whether the deck gives any period-to-date total for the metric.
  var hasTotals: Bool {
    box.periods.contains { $0.current != nil || $0.priorYear != nil || $0.yoy != nil }
  }

  private func makeCells() -> [[(text: String, style: Style)]] {
    let heading: [(String, Style)] = [
      ("", .heading), ("This year", .heading), ("Prior year", .heading), ("YoY", .heading), ("WoW", .heading),
    ]
    var rows: [[(text: String, style: Style)]] = [heading.map { (text: $0.0, style: $0.1) }]
    rows.append([
      (text: "Last week", style: .bold), (text: value(box.lastWeek), style: .bold),
      (text: value(lastWeekPriorYear), style: .muted), change(box.yoy, yoyEmphasis),
      change(box.wow, wowEmphasis),
    ])
    guard hasTotals else {
      let label = box.periods.map(\.label).joined(separator: "/")
      let none = (text: "n/a", style: Style.muted)
      rows.append([(text: label, style: .bold), none, none, none, (text: "", style: .normal)])
      return rows
    }
    for period in box.periods {
      rows.append([
        (text: period.label, style: .bold), (text: value(period.current), style: .normal),
        (text: value(period.priorYear), style: .muted), change(period.yoy, nil),
        (text: "", style: .normal),
      ])
    }
    return rows
  }

  /// Width the table needs with two spaces between columns.
  var width: Int { columnWidths.reduce(0, +) + 2 * 4 }

  func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width available: Int) {
    let widths = columnWidths
    for (r, row) in cells.enumerated() {
      var column = x
      for (c, cell) in row.enumerated() {
        let text = cell.text.fitted(toWidth: widths[c], alignment: c == 0 ? .left : .right, ascii: ascii)
        let room = x + available - column
        guard room > 0 else { break }
        buffer.put(text, at: column, y: y + r, style: cell.style, maxWidth: room)
        column += widths[c] + 2
      }
    }
  }

  private func value(_ v: Double?) -> String { format.format(v, ascii: ascii) }

  /// "↑ +12.1%", coloured by its signal's news when one is about it; "n/a" muted.
  private func change(_ change: Change?, _ emphasis: Direction?) -> (text: String, style: Style) {
    guard let change else { return (text: "n/a", style: .muted) }
    let formatted = change.formatted(ascii: ascii)
    let text = DrillDownSummary.arrow(change, formatted: formatted, ascii: ascii) + " " + formatted
    switch emphasis {
    case nil: return (text: text, style: .normal)
    case .good?: return (text: text, style: .good)
    case .bad?: return (text: text, style: .bad)
    case .neutral?: return (text: text, style: Style(.warn))
    }
  }

  /// Good news green, bad news red, a change that rounds to zero plain.
  static func style(of change: Change, higherIsBetter: Bool, ascii: Bool) -> Style {
    if ChangeFormat.arrow(change, ascii: true) == "=" { return .normal }
    return (change.value > 0) == higherIsBetter ? .good : .bad
  }

  /// `style(of:higherIsBetter:ascii:)` for a change already formatted (`Change.formatted`):
  /// the text tells whether it rounds to zero without formatting it again.
  static func style(of change: Change, formatted: String, higherIsBetter: Bool) -> Style {
    guard change.value.isFinite else { return style(of: change, higherIsBetter: higherIsBetter, ascii: true) }
    if showsZero(formatted) { return .normal }
    return (change.value > 0) == higherIsBetter ? .good : .bad
  }

  /// `ChangeFormat.arrow` for a change already formatted as `formatted`.
  static func arrow(_ change: Change, formatted: String, ascii: Bool) -> String {
    guard change.value.isFinite else { return ChangeFormat.arrow(change, ascii: ascii) }
    if showsZero(formatted) { return ascii ? "=" : "\u{2192}" }
    if change.value > 0 { return ascii ? "^" : "\u{2191}" }
    return ascii ? "v" : "\u{2193}"
  }

  /// No digit but zeros: the change rounds to zero (as `ChangeFormat` decides it).
  private static func showsZero(_ text: String) -> Bool {
    !text.utf8.contains { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }
  }
}
