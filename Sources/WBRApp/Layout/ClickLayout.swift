/// Where the commitments screen's rows are, for its view and for mouse clicks.
enum CommitmentsLayout {
  /// The rows' area in the screen's body: under the title and the column headings, above the
  /// selected commitment's story.
  static func list(in area: Rect) -> Rect {
    Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 3))
  }

  /// The first row shown: the kept scroll, moved just enough to show the selection.
  static func scroll(_ state: AppState, rows: [CommitmentRow], listHeight: Int) -> Int {
    let items = CommitmentRows.selectable(rows)
    var scroll = state.meeting.commitmentScroll
    if items.indices.contains(state.meeting.commitmentCursor) {
      let selected = items[state.meeting.commitmentCursor]
      if selected < scroll { scroll = selected }
      if selected >= scroll + listHeight { scroll = selected - listHeight + 1 }
    }
    return max(0, scroll)
  }
}

/// A list overlay (the owner picker, the palette): a box of at most `maxWidth`×16 centered over
/// the body, a query line, then the rows; the chosen row kept on the last one when the list
/// is longer. For the view and for mouse clicks alike.
struct ListPanelLayout {
  let maxWidth: Int

  func panel(in area: Rect) -> Rect {
    area.centered(Size(width: min(maxWidth, area.width), height: min(16, area.height)))
  }

  /// The rows: inside the panel's box, under the query line.
  func rows(in area: Rect) -> Rect {
    let panel = panel(in: area)
    guard panel.width >= 2, panel.height >= 2 else {
      return Rect(x: panel.x, y: panel.y, width: 0, height: 0)
    }
    return panel.inset(by: 1).inset(top: 1)
  }

  /// The first row shown, for the chosen one at `selected`.
  static func scroll(selected: Int, rows: Rect) -> Int { max(0, selected - rows.height + 1) }
}

/// Where the owner picker's rows are: a list panel at most 48 wide.
enum OwnerPickerLayout {
  static let list = ListPanelLayout(maxWidth: 48)
  static func panel(in area: Rect) -> Rect { list.panel(in: area) }
  static func rows(in area: Rect) -> Rect { list.rows(in: area) }
  static func scroll(_ picker: OwnerPickerState, rows: Rect) -> Int {
    ListPanelLayout.scroll(selected: picker.selected, rows: rows)
  }
}

/// Where the outcome menu's options are (`DialogOutcomeMenuView` in `DialogView.panel`: at
/// most 72 wide, centered, two lines of context and a blank line above the options).
enum OutcomeMenuLayout {
  /// The row of the first option.
  static func firstOption(_ menu: OutcomeMenu, in area: Rect) -> Rect {
    let size = Size(width: min(72, area.width), height: min(3 + menu.options.count + 2, area.height))
    let inner = area.centered(size).inset(by: 1)
    return Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.maxY - inner.y - 3))
  }
}
