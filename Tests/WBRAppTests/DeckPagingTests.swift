import Testing
import WBRModel

@testable import WBRApp

/// PgDn/PgUp on the deck list scroll by exactly one screen of lines, headings included.
@Suite struct DeckPagingTests {
  /// 40 metrics in groups of 7, so a screen holds headings as well as rows.
  private func list() -> DeckListState {
    DeckListState(rows: Array(0..<40), groupOfMetric: (0..<40).map { $0 / 7 })
  }

  @Test func pageDownMakesTheLastLineOnScreenTheFirst() {
    var list = list()
    let window = 10
    var pagesDown = 0
    while list.scroll + window < list.lines.count {
      let lastOnScreen = list.scroll + window - 1
      let line = list.lineOfRow[list.selected]
      list.page(by: 1, visibleRows: window)
      pagesDown += 1
      #expect(list.scroll == min(lastOnScreen, list.lines.count - window))
      let moved = list.lineOfRow[list.selected] - line
      // The selection moves a page of lines (one more when that line is a heading).
      #expect(moved == window - 1 || moved == window, "page \(pagesDown)")
      #expect((list.scroll..<list.scroll + window).contains(list.lineOfRow[list.selected]))
    }
    #expect(list.scroll == list.lines.count - window)
    list.page(by: 1, visibleRows: window)  // nothing left to scroll: to the last row
    #expect(list.selected == 39)
    #expect(list.scroll == list.lines.count - window)
  }

  @Test func pageUpMakesTheFirstLineOnScreenTheLast() {
    var list = list()
    let window = 10
    list.move(by: 39, visibleRows: window)
    while list.scroll > 0 {
      let firstOnScreen = list.scroll
      list.page(by: -1, visibleRows: window)
      #expect(list.scroll == max(0, firstOnScreen - (window - 1)))
      #expect((list.scroll..<list.scroll + window).contains(list.lineOfRow[list.selected]))
      if case .metric = list.lines[list.lineOfRow[list.selected]] {} else { Issue.record("heading selected") }
    }
    list.page(by: -1, visibleRows: window)
    #expect(list.selected == 0)
    #expect(list.scroll == 0)
  }

  @Test func pagingThroughTheAppMovesAScreenful() {
    var s = Fixtures.state(width: 80, height: 7)  // 4 list lines
    let window = MeetingLayout.listRows(for: s.size)
    #expect(window == 4)
    s = Fixtures.apply([.page(1)], to: s)
    #expect(s.deckList.scroll == window - 1)
    s = Fixtures.apply([.page(-1)], to: s)
    #expect(s.deckList.scroll == 0)
    #expect(s.deckList.lineOfRow[s.deckList.selected] < window)
    s = Fixtures.apply([.page(-1)], to: s)
    #expect(s.deckList.selected == 0)
  }

  @Test func emptyListAndOneLineWindowsDoNotTrap() {
    var empty = DeckListState(rows: [])
    empty.page(by: 1, visibleRows: 5)
    #expect(empty.selected == 0)
    var list = list()
    list.page(by: 3, visibleRows: 1)
    #expect((list.scroll..<list.scroll + 1).contains(list.lineOfRow[list.selected]))
    list.page(by: Int.min, visibleRows: 0)
    #expect(list.selected == 0)
  }
}
