import Testing

@testable import WBRApp

@Suite struct LineEditorTests {
  private func edited(_ text: String, _ edits: [LineEditor.Edit]) -> LineEditor {
    var e = LineEditor(text: text)
    for edit in edits { e.apply(edit) }
    return e
  }

  private let oneColumn: (Character) -> Int = { _ in 1 }

  @Test func insertsAtTheCursor() {
    let e = edited("Check stock", [.home, .insert("Re-")])
    #expect(e.text == "Re-Check stock")
    #expect(e.cursor == 3)
  }

  @Test func backspaceAndDeleteRemoveWholeGraphemes() {
    let e = edited("Zoë 👩‍👩‍👧", [.backspace, .left, .left, .deleteForward])
    #expect(e.text == "Zo ")
  }

  @Test func backspaceAtStartAndDeleteAtEndDoNothing() {
    #expect(edited("ab", [.home, .backspace]).text == "ab")
    #expect(edited("ab", [.end, .deleteForward]).text == "ab")
  }

  @Test func controlUDeletesToStartAndControlKToEnd() {
    #expect(edited("fix the feed", [.wordLeft, .deleteToStart]).text == "feed")
    #expect(edited("fix the feed", [.home, .wordRight, .deleteToEnd]).text == "fix")
  }

  @Test func controlWDeletesThePreviousWord() {
    let e = edited("report back next week", [.deleteWordBackward])
    #expect(e.text == "report back next ")
    #expect(edited("a, b.  ", [.deleteWordBackward]).text == "a, ")
  }

  @Test func pastedLineBreaksBecomeSpacesAndControlsAreDropped() {
    let e = edited("", [.insert("line one\nline\u{1B}[31m two\r\n\u{7}end")])
    #expect(e.text == "line one line[31m two end")
  }

  @Test func longPastesAreCutAtTheLimit() {
    var e = LineEditor(text: "", maxLength: 10)
    e.apply(.insert(String(repeating: "x", count: 50)))
    e.apply(.insert("y"))
    #expect(e.text == String(repeating: "x", count: 10))
  }

  @Test func visibleSliceKeepsTheCursorOnScreen() {
    let e = LineEditor(text: "abcdefghij")
    let v = e.visible(width: 5, columns: oneColumn)
    #expect(v.text == "ghij")
    #expect(v.cursorColumn == 4)
    let short = LineEditor(text: "abc").visible(width: 5, columns: oneColumn)
    #expect(short.text == "abc")
    #expect(short.cursorColumn == 3)
  }

  @Test func visibleSliceCountsWideCharactersAsTwoColumns() {
    let wide: (Character) -> Int = { $0.unicodeScalars.first.map { $0.value >= 0x3000 } == true ? 2 : 1 }
    let e = LineEditor(text: "王小明a")
    let v = e.visible(width: 6, columns: wide)
    #expect(v.text == "小明a")
    #expect(v.cursorColumn == 5)
  }
}
