import Testing
import WBRModel

@testable import WBRApp

@Suite struct AppUpdateTests {
  @Test func deckOrderIsInputsFirst() {
    let s = Fixtures.state()
    let names = s.deckList.rows.map { Fixtures.deck.metrics[$0].id }
    #expect(names == ["in_stock", "delivery", "defects", "nps", "revenue", "orders"])
  }

  @Test func quitAndTerminate() {
    let s = Fixtures.state()
    #expect(AppUpdate.update(s, .quit).1 == [.exit(status: 0)])
    #expect(AppUpdate.update(s, .terminate(signal: 15)).1 == [.exit(status: 143)])
  }

  @Test func movingClampsAtTheEnds() {
    var s = Fixtures.state()
    s = Fixtures.apply([.move(-1)], to: s)
    #expect(s.deckList.selected == 0)
    s = Fixtures.apply([.move(2), .move(1)], to: s)
    #expect(s.deckList.selected == 3)
    s = Fixtures.apply([.moveToLast], to: s)
    #expect(s.deckList.selected == 5)
    s = Fixtures.apply([.page(1)], to: s)
    #expect(s.deckList.selected == 5)
    s = Fixtures.apply([.moveToFirst], to: s)
    #expect(s.deckList.selected == 0)
  }

  @Test func scrollingKeepsTheSelectionVisible() {
    var s = Fixtures.state(width: 80, height: 6)  // 3 list rows
    #expect(MeetingLayout.listRows(for: s.size) == 3)
    s = Fixtures.apply([.move(4)], to: s)
    #expect(s.deckList.selected == 4)
    // Lines include the group headings; the selected row's line is the last one on screen.
    #expect(s.deckList.scroll == s.deckList.lineOfRow[4] - 2)
    s = Fixtures.apply([.resize(Size(width: 80, height: 30))], to: s)
    #expect(s.deckList.scroll == 0)
  }

  @Test func anomalyWalkVisitsSignalledMetricsAndWraps() {
    var s = Fixtures.state()
    let id = { (state: AppState) in Fixtures.deck.metrics[state.deckList.selectedMetric!].id }
    s = Fixtures.apply([.nextAnomaly], to: s)
    #expect(id(s) == "delivery")
    s = Fixtures.apply([.nextAnomaly], to: s)
    #expect(id(s) == "revenue")
    #expect(s.message == nil)
    s = Fixtures.apply([.nextAnomaly], to: s)
    #expect(id(s) == "delivery")
    #expect(s.message?.text == "Back to the first anomaly")
    s = Fixtures.apply([.previousAnomaly], to: s)
    #expect(id(s) == "revenue")
  }

  @Test func drillDownFollowsTheAnomalyWalkAndBackReturns() {
    var s = Fixtures.apply([.move(1), .open], to: Fixtures.state())
    #expect(s.screen == .drillDown(metric: 2))
    s = Fixtures.apply([.nextAnomaly], to: s)  // j/k scroll the drill-down's body instead
    #expect(s.screen == .drillDown(metric: 0))
    s = Fixtures.apply([.back], to: s)
    #expect(s.screen == .deck)
    #expect(s.deckList.selectedMetric == 0)
  }

  @Test func filterNarrowsLiveAndIgnoresCaseAndAccents() {
    var s = Fixtures.apply([.startFilter], to: Fixtures.state())
    #expect(s.bindingContext == .textEntry)
    s = Fixtures.apply([.edit(.insert("ZOE"))], to: s)
    #expect(s.deckList.rows.map { Fixtures.deck.metrics[$0].id } == ["defects", "revenue"])
    s = Fixtures.apply([.submit], to: s)
    #expect(s.filterInput == nil)
    #expect(s.deckList.filter == "ZOE")
    #expect(s.bindingContext == .deck)
    s = Fixtures.apply([.clearFilter], to: s)
    #expect(s.deckList.rows.count == 6)
    #expect(s.deckList.selectedMetric == 4)  // the selected metric stays selected
  }

  @Test func cancellingTheFilterShowsEverything() {
    let s = Fixtures.apply([.startFilter, .edit(.insert("cx")), .cancel], to: Fixtures.state())
    #expect(s.filterInput == nil)
    #expect(s.deckList.rows.count == 6)
  }

  @Test func helpOverlayOpensScrollsAndCloses() {
    var s = Fixtures.apply([.show(.help)], to: Fixtures.state(height: 10))
    #expect(s.overlay == .help(scroll: 0))
    #expect(s.bindingContext == .help)
    s = Fixtures.apply([.move(100)], to: s)
    guard case .help(let scroll) = s.overlay else {
      Issue.record("help closed")
      return
    }
    #expect(scroll == HelpLayout.maxScroll(s))
    #expect(scroll > 0)
    s = Fixtures.apply([.back], to: s)
    #expect(s.overlay == nil)
  }

  @Test func ownerPickerFiltersAndCloses() {
    var s = Fixtures.apply([.show(.ownerPicker), .edit(.insert("ken"))], to: Fixtures.state())
    guard case .ownerPicker(let picker) = s.overlay else {
      Issue.record("no picker")
      return
    }
    #expect(picker.matches(in: s.content).map(\.id) == ["kenji"])
    s = Fixtures.apply([.cancel], to: s)
    #expect(s.overlay == nil)
  }

  @Test func emptyListDoesNotCrash() {
    var s = Fixtures.apply([.startFilter, .edit(.insert("no such metric"))], to: Fixtures.state())
    #expect(s.deckList.rows.isEmpty)
    s = Fixtures.apply([.submit, .move(1), .page(-1), .moveToLast, .nextAnomaly, .open], to: s)
    #expect(s.screen == .deck)
    #expect(s.deckList.selectedMetric == nil)
  }
}
