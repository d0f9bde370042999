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
public struct DeckListState: Sendable, Equatable {
  /// Metric indices shown, in screen order, after the filters.
  public private(set) var rows: [Int]
  /// The lines on screen, headings included, in order.
  private(set) var lines: [DeckLine] = []
  /// For each position in `rows`, its index in `lines`.
  private(set) var lineOfRow: [Int] = []
  /// Position in `rows` of the selected metric.
  public internal(set) var selected = 0
  /// Index in `lines` of the first line on screen.
  var scroll = 0
  /// The applied text filter (case-insensitive substring of name, id, section or owner).
  var filter = ""
  /// The owner whose metrics alone are shown (an owner id), nil for everyone's.
  var owner: String?
  /// The order of the rows (`s`); headings only in the meeting order.
  var sort: DeckSort = .meeting
  /// Anomalies (metric indices) the lead has walked to with n/N or opened: the "walked"
  /// half of the header's progress (marked ones come from the record).
  var visited: Set<Int> = []
  /// The filter and owner `rows` were chosen by (`AppUpdate.applyFilter`); nil when unknown
  /// (rows set directly).
  var filtered: Filtered?
  private var groupOfMetric: [Int]

  /// A text filter and an owner, as applied to the rows.
  struct Filtered: Sendable, Equatable {
    var filter: String
    var owner: String?
  }

  init(rows: [Int], groupOfMetric: [Int] = []) {
    self.rows = []
    self.groupOfMetric = groupOfMetric
    setRows(rows)
  }

  /// Replaces the rows (after a filter) and rebuilds the lines, with a heading before each
  /// group in the meeting order only (sorted otherwise, groups would repeat). O(rows).
  mutating func setRows(_ newRows: [Int]) {
    let headings = sort == .meeting
    rows = newRows
    filtered = nil
    lines = []
    lineOfRow = []
    lines.reserveCapacity(newRows.count + 8)
    var group = Int.min
    for (position, metric) in newRows.enumerated() {
      let g = groupOfMetric.indices.contains(metric) ? groupOfMetric[metric] : -1
      if headings, g != group, g >= 0 { lines.append(.heading(group: g)) }
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

  /// PgDn (`pages` > 0) or PgUp: scrolls by one screen of `visibleRows` lines, headings
  /// included, so the line that was last on screen becomes the first (PgUp: the first becomes
  /// the last), and moves the selection by the same number of lines. At the end of the list,
  /// where nothing is left to scroll, the selection goes to the last row (PgUp: the first).
  mutating func page(by pages: Int, visibleRows: Int) {
    guard !rows.isEmpty, pages != 0 else { return }
    let step = max(1, max(1, visibleRows) - 1) * (pages > 0 ? 1 : -1)
    for _ in 0..<min(Int(clamping: pages.magnitude), lines.count) {
      pageOnce(step: step, visibleRows: max(1, visibleRows))
    }
  }

  private mutating func pageOnce(step: Int, visibleRows window: Int) {
    let maxScroll = max(0, lines.count - window)
    let newScroll = max(0, min(scroll + step, maxScroll))
    guard newScroll != scroll else {
      move(by: step > 0 ? rows.count : -rows.count, visibleRows: window)
      return
    }
    let current = lineOfRow.indices.contains(selected) ? lineOfRow[selected] : scroll
    let target = max(0, min(current + step, lines.count - 1))
    // A heading is never selected: the metric under it, else the one above, on screen.
    let visible = newScroll..<min(lines.count, newScroll + window)
    let candidates = [target, target + 1, target - 1] + Array(visible)
    scroll = newScroll
    for line in candidates where visible.contains(line) {
      if case .metric(let position) = lines[line] {
        selected = position
        return
      }
    }
    keepSelectionVisible(visibleRows: window)
  }

  /// Adjusts `scroll` so the selected row is inside a window of `visibleRows` lines, with
  /// its group's heading too when the row is the group's first, and a line of context below
  /// it when there is one (moving down, the next row is always in sight: the last row is
  /// never hidden under the screen's edge).
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
    let below = window > 2 && line + 1 < lines.count ? 1 : 0
    if line + below >= scroll + window { scroll = line + below - window + 1 }
    scroll = max(0, min(scroll, max(0, lines.count - window)))
  }
}
