import Testing
import WBRTestSupport

@testable import WBRApp

@Suite struct ScreenBufferTests {
  @Test func putWritesTextAndReturnsNextColumn() {
    var buffer = ScreenBuffer(width: 10, height: 2)
    let next = buffer.put("abc", at: 2, y: 1, style: .bold)
    #expect(next == 5)
    #expect(buffer.textLines() == ["", "  abc"])
    #expect(buffer.styleLines() == ["", "  ***"])
  }

  @Test func textClipsAtTheEdgeAndAtMaxWidth() {
    var buffer = ScreenBuffer(width: 6, height: 2)
    #expect(buffer.put("abcdefgh", at: 3, y: 0) == 6)
    buffer.put("abcdefgh", at: 0, y: 1, maxWidth: 2)
    #expect(buffer.textLines() == ["   abc", "ab"])
    #expect(buffer.put("x", at: 0, y: 5) == 0)  // below the buffer: nothing, no crash
    buffer.put("xyz", at: -2, y: 1)  // left of the buffer: only what is inside shows
    #expect(buffer.textLines() == ["   abc", "zb"])
  }

  @Test func wideGlyphsTakeTwoCells() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    #expect(buffer.put("漢字x", at: 0, y: 0) == 5)
    #expect(buffer[0, 0].character == "漢")
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[2, 0].character == "字")
    #expect(buffer.textLines() == ["漢字x"])
  }

  @Test func wideGlyphThatDoesNotFitBecomesASpace() {
    var buffer = ScreenBuffer(width: 5, height: 2)
    buffer.put("ab漢字", at: 0, y: 0)  // 字 would need columns 4 and 5
    #expect(buffer.textLines()[0] == "ab漢")
    #expect(!buffer[4, 0].isContinuation)
    buffer.put("x漢", at: 0, y: 1, maxWidth: 2)
    #expect(buffer.textLines()[1] == "x")
    #expect(buffer[1, 1].character == " ")
  }

  @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
    var buffer = ScreenBuffer(width: 6, height: 1)
    buffer.put("漢字", at: 0, y: 0)
    buffer.put("x", at: 1, y: 0)  // the right half of 漢
    #expect(buffer.textLines() == [" x字"])
    buffer.put("y", at: 2, y: 0)  // the left half of 字
    #expect(buffer.textLines() == [" xy"])
    #expect(buffer.cells.allSatisfy { !$0.isContinuation })
  }

  @Test func wideGlyphOverNarrowGlyphs() {
    var buffer = ScreenBuffer(width: 4, height: 1)
    buffer.put("abcd", at: 0, y: 0)
    buffer.put("漢", at: 1, y: 0)
    #expect(buffer.textLines() == ["a漢d"])
  }

  @Test func controlCharactersAreDrawnVisibly() {
    var buffer = ScreenBuffer(width: 30, height: 1)
    buffer.put("a\u{1B}[2Jb\u{9B}c\u{7}", at: 0, y: 0)
    #expect(buffer.textLines() == ["a\\u{1B}[2Jb\\u{9B}c\\u{7}"])
    #expect(buffer.cells.allSatisfy { c in c.character.unicodeScalars.allSatisfy { $0.value >= 0x20 } })
  }

  @Test func zeroWidthGraphemesAreDropped() {
    var buffer = ScreenBuffer(width: 8, height: 1)
    buffer.put("\u{200B}e\u{301}x", at: 0, y: 0)
    #expect(buffer.textLines() == ["e\u{301}x"])
    var bidi = ScreenBuffer(width: 12, height: 1)
    bidi.put("a\u{202E}b", at: 0, y: 0)  // a bidi override is shown, not obeyed
    #expect(bidi.textLines() == ["a\\u{202E}b"])
    // So are the other bidi and invisible format controls of `SafeText.isUnsafe`.
    for (scalar, shown) in [
      ("\u{200F}", "200F"), ("\u{061C}", "61C"), ("\u{2060}", "2060"), ("\u{FEFF}", "FEFF"),
    ] {
      var line = ScreenBuffer(width: 12, height: 1)
      line.put("a" + scalar + "b", at: 0, y: 0)
      #expect(line.textLines() == ["a\\u{\(shown)}b"])
    }
  }

  @Test func fillLinesAndStyles() {
    var buffer = ScreenBuffer(width: 5, height: 3)
    buffer.horizontalLine(x: 0, y: 0, width: 10)
    buffer.fill(Rect(x: 1, y: 1, width: 2, height: 2), with: "x", style: .good)
    buffer.put("ab", at: 3, y: 2)
    buffer.setStyle(Rect(x: 0, y: 2, width: 5, height: 1), .selection)
    #expect(buffer.textLines() == ["─────", " xx", " xxab"])
    #expect(buffer.styleLines() == ["mmmmm", " gg", "SSSSS"])
  }

  @Test func drawCopiesAnotherBufferClipped() {
    var inner = ScreenBuffer(width: 3, height: 2)
    inner.put("漢x", at: 0, y: 0, style: .bad)
    var outer = ScreenBuffer(width: 4, height: 2)
    outer.draw(inner, at: 2, y: 1)
    #expect(outer.textLines() == ["", "  漢"])
    #expect(outer.styleLines() == ["", "  rr"])
  }

  @Test func degenerateSizesDoNotCrash() {
    var empty = ScreenBuffer(width: 0, height: 0)
    empty.put("abc", at: 0, y: 0)
    empty.fill(Rect(x: -5, y: -5, width: 50, height: 50))
    #expect(empty.textLines() == [])
    var tiny = ScreenBuffer(width: 1, height: 1)
    tiny.put("漢", at: 0, y: 0)
    #expect(tiny.textLines() == [""])
    let negative = ScreenBuffer(width: -3, height: 2)
    #expect(negative.size == Size(width: 0, height: 2))
  }

  @Test func fieldsAlignPadAndCut() {
    var buffer = ScreenBuffer(width: 12, height: 4)
    #expect(buffer.put("ab", at: 1, y: 0, width: 5, alignment: .right, style: .good) == 6)
    buffer.put("abcdefgh", at: 0, y: 1, width: 5, style: .bad)
    buffer.put("abcdefgh", at: 0, y: 2, width: 5, ascii: true)
    buffer.put("漢字漢字", at: 0, y: 3, width: 6, alignment: .center, style: .good)
    #expect(buffer.textLines() == ["    ab", "abcd…", "abcd~", "漢字…"])
    #expect(buffer.styleLines() == [" ggggg", "rrrrr", "", "gggggg"])
    for text in ["", "a", "Zoë Øster", "漢字", "👩‍💻x"] {
      for width in 0...7 {
        var a = ScreenBuffer(width: 10, height: 1)
        var b = ScreenBuffer(width: 10, height: 1)
        a.put(text, at: 1, y: 0, width: width, alignment: .right)
        b.put(text.fitted(toWidth: width, alignment: .right), at: 1, y: 0, maxWidth: width)
        #expect(a.snapshot == b.snapshot, "\(text) in \(width)")
      }
    }
  }

  @Test func styleLegend() {
    #expect(Style.normal.legendCharacter == " ")
    #expect(Style.bold.legendCharacter == "*")
    #expect(Style.reverse.legendCharacter == "#")
    #expect(Style(.normal, .underline).legendCharacter == "_")
    #expect(Style(.normal, .dim).legendCharacter == "~")
    #expect(Style.good.legendCharacter == "g")
    #expect(Style.bad.adding(.bold).legendCharacter == "R")
    #expect(Style.heading.legendCharacter == "H")
    #expect(Style.muted.legendCharacter == "m")
  }

  @Test func snapshotOfAMixedScreen() {
    var buffer = ScreenBuffer(width: 24, height: 5)
    buffer.put("Weekly review", at: 0, y: 0, style: .heading)
    buffer.horizontalLine(x: 0, y: 1, width: 24)
    buffer.setStyle(Rect(x: 0, y: 2, width: 24, height: 1), .selection)
    buffer.put("▶ Zoë Øster", at: 0, y: 2, style: .selection)
    buffer.put("▲ 4.2%", at: 17, y: 2, style: Style.good.adding(.reverse))
    buffer.put("  漢字 team", at: 0, y: 3)
    buffer.put("▼ 12%", at: 18, y: 3, style: .bad)
    buffer.put("👩‍💻 x", at: 22, y: 4)
    assertGolden(buffer.snapshot, named: "mixed-screen")
  }
}
