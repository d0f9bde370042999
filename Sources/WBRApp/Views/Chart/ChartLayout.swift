/// Where the parts of the 6-12 chart go inside its rectangle: a title row, the plot, the x
/// labels and the legend top to bottom; left to right the weekly axis labels, the six weekly
/// columns, a separator, the twelve monthly columns and the monthly axis labels.
///
/// The weekly and the monthly panel have their own scales (a month holds about four weeks of
/// an additive metric), so each has its own axis: weeks on the left, months on the right, as
/// in the WBR App's charts.
struct ChartLayout: Sendable, Equatable {
  static let weeks = 6
  static let months = 12
  /// Narrowest cell: points side by side, for terminals as narrow as the app allows (40).
  static let minimumCell = 1
  /// Narrowest cell worth giving up the gutter for: a blank column between two points.
  static let comfortableCell = 2
  /// Title, at least four plot rows, x labels, legend.
  static let minimumHeight = 7

  var titleRow: Int
  var plotTop: Int
  var plotRows: Int
  var xLabelRow: Int
  var legendRow: Int
  /// Left edge of the weekly tick labels (right-aligned up to `leftAxisX`).
  var leftLabelX: Int
  var leftAxisX: Int
  var weekX: Int
  var weekCell: Int
  /// Columns after the six weeks for the labels of the XmR lines ("UNPL 132.5"); 0 when they
  /// are drawn inside the panel for lack of room.
  var gutter: Int
  var separatorX: Int
  var monthX: Int
  var monthCell: Int
  var rightAxisX: Int
  var rightLabelX: Int
  var right: Int

  var weekPanelWidth: Int { weekCell * ChartLayout.weeks }
  var monthPanelWidth: Int { monthCell * ChartLayout.months }

  /// The layout for `rect` with tick labels `leftLabels` and `rightLabels` columns wide and,
  /// room permitting, a `gutter` for the XmR lines' labels; nil when the chart does not fit.
  init?(rect: Rect, leftLabels: Int, rightLabels: Int, gutter wanted: Int = 0) {
    guard rect.height >= ChartLayout.minimumHeight else { return nil }
    let cells = ChartLayout.weeks + ChartLayout.months
    var gutter = wanted
    if (rect.width - leftLabels - rightLabels - 3 - gutter) / cells < ChartLayout.comfortableCell {
      gutter = 0
    }
    let available = rect.width - leftLabels - rightLabels - 3 - gutter
    let cell = available / cells
    guard cell >= ChartLayout.minimumCell else { return nil }
    self.gutter = gutter
    // Months get one more column when that lifts them to a readable 3 ("Dec"); the weeks get
    // the rest: they are the part the meeting reads first.
    var left = available - cell * cells
    monthCell = cell
    if cell < 3 && left >= ChartLayout.months {
      monthCell += 1
      left -= ChartLayout.months
    }
    weekCell = cell + left / ChartLayout.weeks
    titleRow = rect.y
    plotTop = rect.y + 1
    plotRows = rect.height - 3
    xLabelRow = plotTop + plotRows
    legendRow = xLabelRow + 1
    leftLabelX = rect.x
    leftAxisX = rect.x + leftLabels
    weekX = leftAxisX + 1
    separatorX = weekX + weekCell * ChartLayout.weeks + gutter
    monthX = separatorX + 1
    rightAxisX = monthX + monthCell * ChartLayout.months
    rightLabelX = rightAxisX + 1
    right = rect.maxX
  }

  /// The column, inside a panel, of the point of cell `index`.
  static func centre(of index: Int, cell: Int) -> Int { index * cell + (cell - 1) / 2 }
}
