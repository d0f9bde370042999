import Testing

@testable import WBRApp

/// The text dialog wraps what is typed at spaces, by display width per grapheme.
@Suite struct DialogTextLayoutTests {
  func rows(_ text: String, width: Int) -> [String] {
    DialogTextLayout.wrap(LineEditor(text: text), width: width, rows: 100).lines
  }

  @Test func wrapsAtSpacesNotInsideWords() {
    #expect(rows("Promo week ahead", width: 8) == ["Promo ", "week ", "ahead"])
    #expect(rows("Promo week", width: 10) == ["Promo week", ""])  // cursor after a full row
    #expect(rows("a b c", width: 3) == ["a b ", "c"])
  }

  @Test func aWordLongerThanTheRowIsCutByWidth() {
    #expect(rows("Supercalifragilistic ok", width: 8) == ["Supercal", "ifragili", "stic ok"])
    #expect(rows("x Supercalifragilistic", width: 8) == ["x ", "Supercal", "ifragili", "stic"])
  }

  @Test func wideCharactersAreKeptWholeAndCountTwoColumns() {
    #expect(rows("新しい 販促 週", width: 6) == ["新しい ", "販促 ", "週"])
    // No spaces (as CJK is written): broken between characters, never inside one.
    #expect(rows("漢字漢字", width: 5) == ["漢字", "漢字"])
    #expect(rows("ab 漢字漢字漢字", width: 5) == ["ab ", "漢字", "漢字", "漢字"])
  }

  @Test func combiningMarksStayWithTheirLetter() {
    let cafe = "cafe\u{301}"  // five scalars, one column per grapheme: four columns
    #expect(rows(cafe + " " + cafe, width: 4) == [cafe + " ", cafe, ""])
    #expect(rows(cafe + " " + cafe, width: 6) == [cafe + " ", cafe])
    let e = "e\u{301}"
    #expect(rows(String(repeating: e, count: 5), width: 3) == [e + e + e, e + e])
  }

  @Test func theCursorFollowsTheWordThatMovedDown() {
    var editor = LineEditor(text: "Promo week")
    var layout = DialogTextLayout.wrap(editor, width: 8, rows: 3)
    #expect(layout.lines == ["Promo ", "week"])
    #expect(layout.row == 1 && layout.column == 4)
    editor.apply(.home)
    for _ in 0..<7 { editor.apply(.right) }  // between "w" and "e"
    layout = DialogTextLayout.wrap(editor, width: 8, rows: 1)
    #expect(layout.lines == ["week"])
    #expect(layout.row == 0 && layout.column == 1)
    // On the space sticking out at the edge: shown at the start of the next row.
    editor = LineEditor(text: "abcd efgh")
    editor.apply(.home)
    for _ in 0..<4 { editor.apply(.right) }
    layout = DialogTextLayout.wrap(editor, width: 4, rows: 3)
    #expect(layout.lines == ["abcd ", "efgh"])
    #expect(layout.row == 1 && layout.column == 0)
  }
}
