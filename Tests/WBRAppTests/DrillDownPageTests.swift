import Testing
import WBRModel

@testable import WBRApp

/// The drill-down's laid-out body (`DrillDownPage`), memoised on the render side
/// (`RenderMemo`): laid out once per metric and size, never changing what a frame shows, and
/// never kept in the state.
@Suite struct DrillDownPageTests {
  func opened(_ size: Size = Size(width: 80, height: 24), ascii: Bool = false) -> AppState {
    Fixtures.apply(
      [.move(1), .open], to: Fixtures.state(width: size.width, height: size.height, ascii: ascii))
  }

  /// The page the memo holds after drawing `state`, starting from `memo`.
  func drawn(_ state: AppState, _ memo: inout RenderMemo) -> DrillDownPage? {
    _ = RootView.render(state, size: state.size, memo: &memo)
    return memo.drillDownPage
  }

  @Test func aFrameLaysTheBodyOutOnceAndScrollingReusesIt() {
    let s = opened()
    var memo = RenderMemo()
    let page = drawn(s, &memo)
    #expect(page?.key.metric == 2)
    #expect(page?.key.width == 80)
    let scrolled = Fixtures.apply([.move(1), .page(1)], to: s)
    #expect(scrolled.drillDownScroll > 0)
    #expect(drawn(scrolled, &memo) == page)
    var other = memo
    #expect(drawn(Fixtures.apply([.nextAnomaly], to: s), &other)?.key.metric == 0)
    other = memo
    #expect(drawn(Fixtures.apply([.resize(Size(width: 120, height: 40))], to: s), &other)?.key.width == 120)
    other = RenderMemo()
    #expect(drawn(Fixtures.apply([.back], to: s), &other) == nil)
  }

  @Test(arguments: [(80, 24), (160, 48), (41, 10)])
  func framesAreTheSameWithAndWithoutThePage(width: Int, height: Int) {
    let size = Size(width: width, height: height)
    for ascii in [false, true] {
      var s = opened(size, ascii: ascii)
      var memo = RenderMemo()
      for scroll in [0, 1, 5, 1000] {
        s = Fixtures.apply([.moveToFirst, .move(scroll)], to: s)
        #expect(RootView.render(s, size: size, memo: &memo) == RootView.render(s, size: size))
        #expect(memo.drillDownPage != nil)
      }
    }
  }

  @Test func aStalePageIsNotShown() {
    let s = opened()
    var memo = RenderMemo()
    _ = RootView.render(Fixtures.apply([.nextAnomaly], to: s), size: s.size, memo: &memo)
    #expect(RootView.render(s, size: s.size, memo: &memo) == RootView.render(s, size: s.size))
    #expect(memo.drillDownPage?.key.metric == 2)
  }

  /// `update` clamps scrolling with the height `DrillDownLayout` computes without drawing:
  /// it must be the drawn page's.
  @Test(arguments: [(80, 24), (160, 48), (41, 10), (250, 70)])
  func theLaidOutHeightIsTheDrawnPages(width: Int, height: Int) {
    for ascii in [false, true] {
      let s = opened(Size(width: width, height: height), ascii: ascii)
      for metric in s.content.deck.metrics.indices {
        let context = DrillDownLayout.context(s, metric: metric)
        let area = MeetingLayout.frame(for: s.size).body
        #expect(
          DrillDownLayout.maxScroll(s, metric: metric) == DrillDownView.page(context, in: area).maxScroll)
      }
    }
  }

  @Test func copiedRowsMatchCellByCellDrawing() {
    var source = ScreenBuffer(width: 12, height: 4)
    source.put("e\u{301}t\u{E9} 注文 ok", at: 0, y: 1, style: .bold)
    source.put("👍🏽 row", at: 2, y: 3)
    for (from, rows, to) in [(0, 4, 0), (1, 2, 1), (2, 5, 0), (-1, 3, 2)] {
      var copied = ScreenBuffer(width: 12, height: 6)
      copied.put("x注", at: 0, y: 0)
      var drawn = copied
      copied.copyRows(of: source, from: from, rows: rows, toRow: to)
      var window = ScreenBuffer(width: 12, height: rows)
      window.draw(source, at: 0, y: -from)
      drawn.draw(window, at: 0, y: to)
      #expect(copied == drawn)
      #expect(copied.textLines() == drawn.textLines())
    }
  }

  @Test func chartLabelTextThatIsNotOnePlainColumnIsDrawnSafely() {
    let text = "a\u{1B}注b"
    var canvas = ChartCanvas(width: 6, height: 1)
    canvas.write(text, column: 0, row: 0, style: .muted, layer: .label)
    var drawn = ScreenBuffer(width: 6, height: 1)
    canvas.draw(into: &drawn, x: 0, y: 0)
    var expected = ScreenBuffer(width: 6, height: 1)
    for (i, character) in text.enumerated() { expected.put(String(character), at: i, y: 0, style: .muted) }
    #expect(drawn == expected)
    #expect(!drawn.textLines()[0].unicodeScalars.contains { $0.value == 0x1B })
  }

  @Test func arrowAndStyleFromTheFormattedChangeAgreeWithChangeFormat() {
    let values = [
      0, 0.04, -0.04, 0.05, -0.05, 0.049999, 12.3, -7, 999.94, 999.96, 1e308, -.infinity, .nan, 0.4, 0.5,
    ]
    for unit in [ChangeUnit.pct, .bps] {
      for value in values {
        let change = Change(value: value, unit: unit)
        for ascii in [false, true] {
          let text = change.formatted(ascii: ascii)
          #expect(
            DrillDownSummary.arrow(change, formatted: text, ascii: ascii)
              == ChangeFormat.arrow(change, ascii: ascii))
          for better in [false, true] {
            #expect(
              DrillDownSummary.style(of: change, formatted: text, higherIsBetter: better)
                == DrillDownSummary.style(of: change, higherIsBetter: better, ascii: ascii))
          }
        }
      }
    }
  }
}
