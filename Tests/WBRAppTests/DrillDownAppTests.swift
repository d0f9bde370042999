import Testing
import WBRModel

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

  @Test func shrinkingTheTerminalKeepsTheScrollInRange() {
    var s = Fixtures.apply([.moveToLast], to: opened())
    s = Fixtures.apply([.resize(Size(width: 160, height: 60))], to: s)
    #expect(s.drillDownScroll == DrillDownLayout.maxScroll(s, metric: 2))
  }
}
