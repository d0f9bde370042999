/// One line of the deck list: a section heading or a metric row.
enum DeckLine: Sendable, Equatable {
  /// The heading of `DeckAnalysis.groups[group]`; never selectable.
  case heading(group: Int)
  /// The metric at `position` in `DeckListState.rows`.
  case metric(position: Int)
}

/// The deck list's selection, scroll position, filters and anomaly-walk progress.
///
/// Rows are metrics; lines are what the screen shows: rows with a heading before each group
/// ("Inputs › Customer experience"). Selection moves over rows only, so headings are never
/// selected; scrolling is in lines. Lines are rebuilt only when the rows change (a filter),
/// never per frame.
struct DeckListState: Sendable, Equatable {
  /// Metric indices shown, in screen order, after the filters.
  private(set) var rows: [Int]
  /// The lines on screen, headings included, in order.
  private(set) var lines: [DeckLine] = []
  /// For each position in `rows`, its index in `lines`.
  private(set) var lineOfRow: [Int] = []
  /// Position in `rows` of the selected metric.
  var selected = 0
  /// Index in `lines` of the first line on screen.
  var scroll = 0
  /// The applied text filter (case-insensitive substring of name, id, section or owner).
  var filter = ""
  /// The owner whose metrics alone are shown (an owner id), nil for everyone's.
  var owner: String?
  /// Anomalies (metric indices) the lead has walked to with n/N or opened: the "walked"
  /// half of the header's progress (marked ones come from the record).
  var visited: Set<Int> = []
  private var groupOfMetric: [Int]

  init(rows: [Int], groupOfMetric: [Int] = []) {
    self.rows = []
    self.groupOfMetric = groupOfMetric
    setRows(rows)
  }

  /// Replaces the rows (after a filter) and rebuilds the lines. O(rows).
  mutating func setRows(_ newRows: [Int]) {
    rows = newRows
    lines = []
    lineOfRow = []
    lines.reserveCapacity(newRows.count + 8)
    var group = Int.min
    for (position, metric) in newRows.enumerated() {
      let g = groupOfMetric.indices.contains(metric) ? groupOfMetric[metric] : -1
      if g != group, g >= 0 { lines.append(.heading(group: g)) }
      group = g
      lineOfRow.append(lines.count)
      lines.append(.metric(position: position))
    }
  }

  /// The selected metric's index in `Deck.metrics`, nil when the list is empty.
  var selectedMetric: Int? { rows.indices.contains(selected) ? rows[selected] : nil }

  /// Moves the selection by `delta` rows (clamped) and scrolls so it stays in a window of
  /// `visibleRows` lines.
  mutating func move(by delta: Int, visibleRows: Int) {
    guard !rows.isEmpty else {
      selected = 0
      scroll = 0
      return
    }
    selected = min(max(0, selected.addingClamped(delta)), rows.count - 1)
    keepSelectionVisible(visibleRows: visibleRows)
  }

  /// Adjusts `scroll` so the selected row is inside a window of `visibleRows` lines, with
  /// its group's heading too when the row is the group's first.
  mutating func keepSelectionVisible(visibleRows: Int) {
    let window = max(1, visibleRows)
    guard lineOfRow.indices.contains(selected) else {
      scroll = 0
      return
    }
    let line = lineOfRow[selected]
    var top = line
    if line > 0, window > 1, case .heading = lines[line - 1] { top = line - 1 }
    if top < scroll { scroll = top }
    if line >= scroll + window { scroll = line - window + 1 }
    scroll = max(0, min(scroll, max(0, lines.count - window)))
  }
}
