import WBRModel

/// The numbers behind the chart: for each of the six weeks and twelve months, this year, the
/// prior year, the YoY change and the target. Missing values read "n/a" (never 0).
///
/// Laid out like the WBR App's table (periods across, one row per series) when the screen is
/// wide enough, else turned on its side (one row per period), so it stays readable at 80
/// columns.
struct DrillDownValuesTable: Sendable {
  struct Column: Sendable, Equatable {
    /// "wk 47", "Nov 2024".
    var label: String
    /// The narrow label of the across layout: "wk 47", "Nov", or "Jan'25" for a January and
    /// the first month, so the years stay readable.
    var shortLabel: String
    var current: Double?
    var prior: Double?
    var target: Double?
  }

  var weeks: [Column]
  var months: [Column]
  var format: ValueFormat
  var unit: ChangeUnit
  var higherIsBetter: Bool
  var glyphs: Glyphs

  init(chart: SixTwelve, calendar: FiscalCalendar, analysis: MetricAnalysis, metric: Metric, glyphs: Glyphs) {
    weeks = chart.weeks.map {
      let label = calendar.weekLabel($0.weekEnding)
      return Column(
        label: label, shortLabel: label, current: $0.current, prior: $0.priorYear, target: $0.target)
    }
    months = chart.months.enumerated().map { i, m in
      let year = String(m.month.year % 100).padded(toWidth: 2, alignment: .right).replacingOccurrences(
        of: " ", with: "0")
      let short = i == 0 || m.month.month == 1 ? "\(m.month.shortName)'\(year)" : m.month.shortName
      return Column(
        label: "\(m.month.shortName) \(m.month.year)", shortLabel: short, current: m.current,
        prior: m.priorYear,
        target: m.target)
    }
    format = analysis.format
    unit = analysis.unit
    higherIsBetter = metric.higherIsBetter
    self.glyphs = glyphs
  }

  /// One column's cells, formatted once: this year, prior year, YoY, target.
  private struct Cells {
    var cells: [(text: String, style: Style)]
    var widths: [Int]
  }

  private static let seriesNames = ["This year", "Prior year", "YoY", "Target"]

  /// The cells of every series for `column` (each value formatted once per table, however
  /// many layouts are tried).
  private func cells(_ column: Column) -> Cells {
    let ascii = glyphs.isASCII
    var yoy = (text: "n/a", style: Style.muted)
    if let change = ChangeCalculator.change(from: column.prior, to: column.current, unit: unit) {
      // Plain: no signal is about a past period's YoY (`CellEmphasis`); the sign says the way.
      yoy = (text: change.formatted(ascii: ascii), style: .normal)
    }
    let cells: [(text: String, style: Style)] = [
      (text: format.format(column.current, ascii: ascii), style: .bold),
      (text: format.format(column.prior, ascii: ascii), style: .muted),
      yoy,
      (text: format.format(column.target, ascii: ascii), style: .warn),
    ]
    return Cells(cells: cells, widths: cells.map(\.text.displayWidth))
  }

  /// The series shown for `columns`: the target only when one of them has one.
  private static func series(_ columns: [Column]) -> [Int] {
    columns.contains(where: { $0.target != nil }) ? [0, 1, 2, 3] : [0, 1, 2]
  }

  /// The lines of the table at `width` columns: weeks and months across in one table when it
  /// fits; else the weeks and the months as two tables, each across when it fits (equal
  /// columns first, then narrower gaps), else one row per period.
  func lines(width: Int) -> [StyledLine] {
    let weekCells = weeks.map(cells)
    let monthCells = months.map(cells)
    if let both = across(weeks + months, weekCells + monthCells, separatorAt: weeks.count, width: width) {
      return both
    }
    let weekLines =
      across(weeks, weekCells, separatorAt: nil, width: width) ?? down(weeks, weekCells, lastBold: true)
    let monthLines =
      across(months, monthCells, separatorAt: nil, width: width) ?? down(months, monthCells, lastBold: false)
    return weekLines + [StyledLine()] + monthLines
  }

  /// The first across layout of `columns` that fits in `width`, if any.
  private func across(
    _ columns: [Column], _ cells: [Cells], separatorAt: Int?, width: Int
  ) -> [StyledLine]? {
    for (equal, gap) in [(true, 2), (false, 2), (true, 1), (false, 1)]
    where acrossWidth(columns, cells, separatorAt: separatorAt, equalColumns: equal, gap: gap) <= width {
      return across(columns, cells, separatorAt: separatorAt, equalColumns: equal, gap: gap)
    }
    return nil
  }

  /// The width of every line of that across layout (each cell is padded to its column's width),
  /// measured without making the lines.
  private func acrossWidth(
    _ columns: [Column], _ cells: [Cells], separatorAt: Int?, equalColumns: Bool, gap spaces: Int
  ) -> Int {
    let (label, widths) = acrossWidths(columns, cells, equalColumns: equalColumns)
    let gaps = widths.indices.reduce(0) { $0 + ($1 == separatorAt ? 3 : spaces) }
    return label + gaps + widths.reduce(0, +)
  }

  /// The label column's width and each column's width of an across layout.
  private func acrossWidths(
    _ columns: [Column], _ cells: [Cells], equalColumns: Bool
  ) -> (label: Int, widths: [Int]) {
    let series = DrillDownValuesTable.series(columns)
    let label = series.map { DrillDownValuesTable.seriesNames[$0].displayWidth }.max() ?? 0
    var widths = zip(columns, cells).map { column, cells in
      ([column.shortLabel.displayWidth] + series.map { cells.widths[$0] }).max() ?? 0
    }
    if equalColumns { widths = widths.map { _ in widths.max() ?? 0 } }
    return (label, widths)
  }

  /// `columns` across, one row per series; a rule before column `separatorAt`.
  private func across(
    _ columns: [Column], _ cells: [Cells], separatorAt: Int?, equalColumns: Bool, gap spaces: Int
  ) -> [StyledLine] {
    let series = DrillDownValuesTable.series(columns)
    let names = DrillDownValuesTable.seriesNames
    let (label, widths) = acrossWidths(columns, cells, equalColumns: equalColumns)
    func row(_ name: String, _ nameStyle: Style, _ cells: [(text: String, style: Style)]) -> StyledLine {
      var pieces: [(String, Style)] = [(name.padded(toWidth: label), nameStyle)]
      for (i, cell) in cells.enumerated() {
        let gap = i == separatorAt ? " \(glyphs.vertical) " : String(repeating: " ", count: spaces)
        pieces.append((gap, .muted))
        pieces.append((cell.text.padded(toWidth: widths[i], alignment: .right), cell.style))
      }
      return StyledLine(pieces)
    }
    var lines = [row("", .heading, columns.map { (text: $0.shortLabel, style: Style.heading) })]
    for s in series { lines.append(row(names[s], .bold, cells.map { $0.cells[s] })) }
    return lines
  }

  /// One row per period of `columns`, one column per series; the last period bold when
  /// `lastBold` (the current week).
  private func down(_ columns: [Column], _ cells: [Cells], lastBold: Bool) -> [StyledLine] {
    let series = DrillDownValuesTable.series(columns)
    let names = DrillDownValuesTable.seriesNames
    let label = columns.map(\.label.displayWidth).max() ?? 0
    let widths = series.map { s in ([names[s].displayWidth] + cells.map { $0.widths[s] }).max() ?? 0 }
    func row(_ name: String, _ nameStyle: Style, _ cells: [(text: String, style: Style)]) -> StyledLine {
      var pieces: [(String, Style)] = [(name.padded(toWidth: label), nameStyle)]
      for (i, cell) in cells.enumerated() {
        pieces.append(("  ", .normal))
        pieces.append((cell.text.padded(toWidth: widths[i], alignment: .right), cell.style))
      }
      return StyledLine(pieces)
    }
    var lines = [row("", .heading, series.map { (text: names[$0], style: Style.heading) })]
    for (i, column) in columns.enumerated() {
      let style: Style = lastBold && i == columns.count - 1 ? .bold : .normal
      lines.append(row(column.label, style, series.map { cells[i].cells[$0] }))
    }
    return lines
  }
}
