import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// The meeting clock (issue #13): `t` shows the time used against the budget and the pace of
/// the anomaly walk in the header; the time comes in as `.clock(.tick)`, so the screens are
/// golden with an injected time.
@Suite struct MeetingClockTests {
  /// The fixture (two anomalies) opened at t = 1000 s with the clock shown, `minutes` later.
  func state(minutes: Double, walked: Int = 0, budget: Int? = nil) -> AppState {
    let start = Fixtures.state(width: 120, height: 12).budgeted(budget)
    let walk = [Action](repeating: .nextAnomaly, count: walked)
    return Fixtures.apply(
      [.clock(.tick(1000)), .clock(.toggle)] + walk + [.clock(.tick(1000 + minutes * 60))], to: start)
  }

  /// The screen in mono (text alone) and with its styles (behind and over are accented).
  func assertScreens(_ s: AppState, named name: String) {
    let screen = RootView.render(s, size: s.size)
    assertGolden(screen.textLines().joined(separator: "\n") + "\n", named: name + "-mono")
    assertGolden(screen.snapshot, named: name)
  }

  func header(_ s: AppState) -> String {
    RootView.render(s, size: s.size).textLines()[0]
  }

  @Test func tTogglesTheClockOnEveryScreen() {
    for context in [BindingContext.deck, .drillDown, .commitments] {
      #expect(KeyBindings.standard.action(for: .char("t"), context: context) == .clock(.toggle))
    }
    let shown = Fixtures.apply([.clock(.tick(1000)), .clock(.toggle)], to: Fixtures.state(width: 120))
    #expect(shown.clock.shown)
    #expect(shown.message?.text == "Meeting clock on (t hides it)")
    #expect(header(shown).contains("0 of 60 min, on pace"))
    let hidden = Fixtures.apply([.clock(.toggle)], to: shown)
    #expect(!hidden.clock.shown)
    #expect(!header(hidden).contains("min"))
  }

  @Test func theFirstTickOpensTheMeetingAndTicksLeaveTheFooterAlone() {
    var s = Fixtures.apply([.clock(.tick(500))], to: Fixtures.state())
    s.message = StatusMessage(kind: .info, text: "Saved")
    s = Fixtures.apply([.clock(.tick(500 + 125))], to: s)
    #expect(s.clock.openedAt == 500 && s.clock.now == 625)
    #expect(s.clock.elapsedMinutes == 2)
    #expect(s.message?.text == "Saved")
  }

  @Test func thePaceComparesTheWalkWithTheTimeUsed() {
    #expect(MeetingPace(elapsed: 25, budget: 60, walked: 3, anomalies: 10) == .behind(minutes: 7))
    #expect(MeetingPace(elapsed: 18, budget: 60, walked: 3, anomalies: 10) == .onPace)
    #expect(MeetingPace(elapsed: 5, budget: 60, walked: 0, anomalies: 10) == .behind(minutes: 5))
    #expect(MeetingPace(elapsed: 0, budget: 60, walked: 0, anomalies: 10) == .onPace)
    #expect(MeetingPace(elapsed: 59, budget: 60, walked: 0, anomalies: 0) == .onPace)
    #expect(MeetingPace(elapsed: 50, budget: 60, walked: 10, anomalies: 10) == .onPace)
    #expect(MeetingPace(elapsed: 70, budget: 60, walked: 10, anomalies: 10) == .over(minutes: 10))
    #expect(MeetingPace.behind(minutes: 7).text == "7 min behind")
  }

  @Test func onPace() {
    let s = state(minutes: 25, walked: 1)
    #expect(header(s).contains("25 of 60 min, on pace"))
    assertScreens(s, named: "clock-on-pace-120x12")
  }

  @Test func behind() {
    let s = state(minutes: 25)
    #expect(header(s).contains("25 of 60 min, 25 min behind"))
    assertScreens(s, named: "clock-behind-120x12")
  }

  @Test func overBudget() {
    let s = state(minutes: 50, walked: 2, budget: 45)
    #expect(header(s).contains("50 of 45 min, 5 min over"))
    assertScreens(s, named: "clock-over-budget-120x12")
  }

  @Test func theBudgetFlagWinsOverTheSettings() {
    var settings = Settings()
    settings.budgetMinutes = 90
    let base = Fixtures.state()
    #expect(base.applying(settings).budgeted(nil).budgetMinutes == 90)
    #expect(base.applying(settings).budgeted(30).budgetMinutes == 30)
    #expect(base.budgeted(nil).budgetMinutes == 60)
  }
}
