import Testing
import WBRTestSupport

@testable import WBRApp

/// Golden screens: each renders a state at a fixed size and compares text and styles with
/// `__Snapshots__/ScreenSnapshotTests/<name>.txt` (WBR_RECORD=1 re-records).
@Suite struct ScreenSnapshotTests {
  private func render(_ state: AppState) -> ScreenBuffer { RootView.render(state, size: state.size) }

  @Test func deckAt80x16() {
    assertGolden(render(Fixtures.apply([.move(1)], to: Fixtures.state())).snapshot, named: "deck-80x16")
  }

  @Test func deckAtTheMinimumSize() {
    let s = Fixtures.apply([.moveToLast], to: Fixtures.state(width: 40, height: 10))
    assertGolden(render(s).snapshot, named: "deck-40x10")
  }

  @Test func deckInASCII() {
    let s = Fixtures.apply([.nextAnomaly], to: Fixtures.state(width: 100, height: 12, ascii: true))
    let screen = render(s)
    #expect(screen.cells.allSatisfy { $0.character.isASCII || !"─│▶●…".contains($0.character) })
    assertGolden(screen.snapshot, named: "deck-ascii-100x12")
  }

  @Test func helpOverlay() {
    assertGolden(
      render(Fixtures.apply([.show(.help)], to: Fixtures.state(height: 20))).snapshot, named: "help-80x20")
  }

  @Test func drillDown() {
    let s = Fixtures.apply([.nextAnomaly, .nextAnomaly, .open], to: Fixtures.state())
    assertGolden(render(s).snapshot, named: "drilldown-80x16")
  }

  @Test func filterBeingTyped() {
    let s = Fixtures.apply([.startFilter, .edit(.insert("zoë"))], to: Fixtures.state(width: 60, height: 10))
    assertGolden(render(s).snapshot, named: "filter-60x10")
  }

  @Test func ownerPicker() {
    let s = Fixtures.apply([.show(.ownerPicker)], to: Fixtures.state(width: 60, height: 12))
    assertGolden(render(s).snapshot, named: "owner-picker-60x12")
  }

  @Test func tooSmall() {
    assertGolden(render(Fixtures.state(width: 20, height: 5)).snapshot, named: "too-small-20x5")
    assertGolden(render(Fixtures.state(width: 39, height: 30)).snapshot, named: "too-small-39x30")
  }

  @Test(arguments: [(1, 1), (2, 1), (1, 3), (5, 2), (0, 0), (40, 9), (39, 10)])
  func anySizeRendersWithoutCrashing(width: Int, height: Int) {
    for s in [
      Fixtures.state(width: width, height: height),
      Fixtures.apply([.show(.help)], to: Fixtures.state(width: width, height: height)),
    ] {
      let screen = render(s)
      #expect(screen.size == Size(width: width, height: height))
      if width > 0 && height > 0 {
        #expect(!screen.textLines().joined().isEmpty)
      }
    }
  }

  @Test func tooSmallWrapping() {
    #expect(TooSmallView.wrap("terminal too small: need 40×10", width: 1, height: 1, ascii: false) == ["…"])
    #expect(
      TooSmallView.wrap("terminal too small", width: 8, height: 2, ascii: true) == ["terminal", "too~"])
    #expect(TooSmallView.wrap("ab cd", width: 5, height: 3, ascii: false) == ["ab cd"])
  }
}
