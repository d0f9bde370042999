import Testing

@testable import WBRApp

@Suite struct RectLayoutTests {
  let area = Rect(x: 2, y: 1, width: 80, height: 24)

  @Test func fixedAndFill() {
    let parts = area.rows([.fixed(1), .fill(1), .fixed(2)])
    #expect(
      parts == [
        Rect(x: 2, y: 1, width: 80, height: 1),
        Rect(x: 2, y: 2, width: 80, height: 21),
        Rect(x: 2, y: 23, width: 80, height: 2),
      ])
  }

  @Test func weightsAndRounding() {
    #expect(Rect.sizes([.fill(1), .fill(2)], total: 10) == [4, 6])
    #expect(Rect.sizes([.fill(1), .fill(1), .fill(1)], total: 10) == [4, 3, 3])
    #expect(Rect.sizes([.percent(50), .fill(1)], total: 9) == [4, 5])
    #expect(Rect.sizes([.min(3), .fixed(2)], total: 10) == [8, 2])
    #expect(Rect.sizes([.fixed(2), .fixed(3)], total: 10) == [2, 3])
  }

  @Test func tooLittleSpaceShrinksTheLastPartsFirst() {
    #expect(Rect.sizes([.fixed(3), .fixed(4), .fill(1)], total: 5) == [3, 2, 0])
    #expect(Rect.sizes([.fixed(3), .fixed(4)], total: 0) == [0, 0])
    #expect(Rect.sizes([.fixed(-3), .percent(-10)], total: 5) == [0, 0])
  }

  @Test func columnsFollowOneAnother() {
    let cols = area.columns([.fixed(30), .fill(1), .fixed(10)])
    #expect(cols.map(\.x) == [2, 32, 72])
    #expect(cols.map(\.width) == [30, 40, 10])
    #expect(cols.allSatisfy { $0.height == 24 })
  }

  @Test func splitsInsetsAndIntersections() {
    let (top, rest) = area.splitTop(3)
    #expect(top.height == 3 && rest.y == 4 && rest.height == 21)
    let (_, bottom) = area.splitBottom(100)
    #expect(bottom == area)
    let (left, right) = area.splitLeft(10)
    #expect(left.width == 10 && right.x == 12 && right.width == 70)
    #expect(area.inset(by: 50).isEmpty)
    #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 78, height: 22))
    #expect(area.intersection(Rect(x: 0, y: 0, width: 5, height: 5)) == Rect(x: 2, y: 1, width: 3, height: 4))
    #expect(area.intersection(Rect(x: 200, y: 0, width: 5, height: 5)).isEmpty)
    #expect(area.centered(Size(width: 10, height: 4)) == Rect(x: 37, y: 11, width: 10, height: 4))
    #expect(area.row(30).isEmpty)
  }
}
