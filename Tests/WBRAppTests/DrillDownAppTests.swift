import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// The drill-down inside the meeting app: scrolling keys, the anomaly walk, rendering.
@Suite struct DrillDownAppTests {
  /// The drill-down of the fixture deck's "delivery" metric (an anomaly) at 80×24.
  func opened() -> AppState {
    Fixtures.apply([.move(1), .open], to: Fixtures.state(width: 80, height: 24))
  }

  @Test func linesAndPagesScrollTheBodyWithinItsLength() {
    var s = opened()
    let limit = DrillDownLayout.maxScroll(s, metric: 2)
    #expect(limit > 0)
    s = Fixtures.apply([.move(1), .move(1)], to: s)
    #expect(s.drillDownScroll == 2)
    #expect(s.screen == .drillDown(metric: 2))
    s = Fixtures.apply([.move(-5)], to: s)
    #expect(s.drillDownScroll == 0)
    s = Fixtures.apply([.page(1)], to: s)
    #expect(s.drillDownScroll == min(limit, DrillDownLayout.pageRows(for: s.size)))
    s = Fixtures.apply([.moveToLast], to: s)
    #expect(s.drillDownScroll == limit)
    s = Fixtures.apply([.move(1)], to: s)
    #expect(s.drillDownScroll == limit)
    s = Fixtures.apply([.moveToFirst], to: s)
    #expect(s.drillDownScroll == 0)
  }

  @Test func scrolledBodyIsWhatTheScreenShows() {
    let top = RootView.render(opened(), size: Size(width: 80, height: 24)).textLines()
    let s = Fixtures.apply([.move(3)], to: opened())
    let down = RootView.render(s, size: s.size).textLines()
    // Header (app + drill-down) stays; the body moves up three lines.
    #expect(down[0] == top[0])
    #expect(down[1] == top[1])
    #expect(Array(down[3..<20]) == Array(top[6..<23]))
  }

  @Test func anomalyWalkOpensTheNextAnomalyAtTheTop() {
    var s = Fixtures.apply([.moveToLast], to: opened())
    #expect(s.drillDownScroll > 0)
    s = Fixtures.apply([.nextAnomaly], to: s)
    #expect(s.screen == .drillDown(metric: 0))
    #expect(s.drillDownScroll == 0)
    let screen = RootView.render(s, size: s.size).textLines()
    #expect(screen[1].hasPrefix("Revenue"))
    #expect(screen[1].hasSuffix("anomaly 2 of 2"))
    s = Fixtures.apply([.previousAnomaly], to: s)
    #expect(s.screen == .drillDown(metric: 2))
  }

  /// With an owner chosen, the drill-down counts that owner's anomalies as the header above it
  /// does (the fixture's Revenue is the deck's anomaly 2 of 2, and Zoë's 1 of 1); with a
  /// typed filter, the filtered list's. Golden: the owner-filtered drill-down at 80×24.
  @Test func aFilteredDrillDownCountsTheAnomaliesOfTheList() {
    let whole = Fixtures.apply(
      [.nextAnomaly, .nextAnomaly, .open], to: Fixtures.state(width: 80, height: 24))
    #expect(whole.screen == .drillDown(metric: 0))
    #expect(RootView.render(whole, size: whole.size).textLines()[1].hasSuffix("anomaly 2 of 2"))
    let zoe = Fixtures.apply(
      [.show(.ownerPicker), .submit, .nextAnomaly, .open], to: Fixtures.state(width: 80, height: 24))
    #expect(zoe.deckList.owner == "zoe" && zoe.screen == .drillDown(metric: 0))
    let shown = RootView.render(zoe, size: zoe.size)
    let lines = shown.textLines()
    #expect(lines[0].contains("Zoë Øster: anomaly 1 of 1"))
    #expect(lines[1].hasPrefix("Revenue") && lines[1].hasSuffix("anomaly 1 of 1"))
    assertGolden(shown.textLines().joined(separator: "\n") + "\n", named: "revenue-owner-zoe-80x24")
    let typed = Fixtures.apply(
      [.startFilter, .edit(.insert("revenue")), .submit, .nextAnomaly, .open],
      to: Fixtures.state(width: 80, height: 24))
    #expect(typed.screen == .drillDown(metric: 0))
    let typedLines = RootView.render(typed, size: typed.size).textLines()
    #expect(typedLines[0].contains("anomaly 1 of 1") && typedLines[1].hasSuffix("anomaly 1 of 1"))
  }

  @Test func shrinkingTheTerminalKeepsTheScrollInRange() {
    var s = Fixtures.apply([.moveToLast], to: opened())
    s = Fixtures.apply([.resize(Size(width: 160, height: 60))], to: s)
    #expect(s.drillDownScroll == DrillDownLayout.maxScroll(s, metric: 2))
  }
}
