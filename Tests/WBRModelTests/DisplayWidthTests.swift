import Testing
import WBRModel

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3),
    ("", 0),
    ("Zoë Øster", 9),
    ("Zoe\u{308} Øster", 9),  // decomposed ë: base + combining diaeresis
    ("漢字", 4),
    ("한국어", 6),
    ("ｆｕｌｌ", 8),  // fullwidth Latin
    ("日本語 text", 11),
    ("👍", 2),
    ("👍🏽", 2),  // skin-tone modifier joins the grapheme
    ("👩‍💻", 2),  // ZWJ sequence: one grapheme, two columns
    ("👨‍👩‍👧‍👦", 2),
    ("🇫🇷", 2),  // flag: two regional indicators
    ("❤️", 2),  // text-default emoji made wide by U+FE0F
    ("❤", 1),
    ("a\u{200B}b", 2),  // zero-width space
    ("e\u{301}\u{302}\u{303}", 1),  // stacked combining marks
    ("\u{1100}\u{1161}\u{11A8}", 2),  // Hangul conjoining jamo L V T: one wide syllable
    ("€ 1,234.5 ▲ ▼ …", 15),
  ])
  func stringWidth(text: String, expected: Int) {
    #expect(text.displayWidth == expected)
  }

  @Test func controlCharactersHaveNoWidth() {
    #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
    #expect(DisplayWidth.of(Character("\u{7F}")) == 0)
    #expect(DisplayWidth.of(Character("\u{9B}")) == 0)
    #expect(DisplayWidth.of(Character("\t")) == 0)
    #expect(DisplayWidth.of(Character("\r\n")) == 0)
  }

  @Test func scalarWidths() {
    #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)  // combining acute
    #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)  // ZWJ
    #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)  // variation selector 16
    #expect(DisplayWidth.of(Unicode.Scalar(0xE0101)!) == 0)  // variation selector 18
    #expect(DisplayWidth.of(Unicode.Scalar(0x00AD)!) == 1)  // soft hyphen is shown
    #expect(DisplayWidth.of(Unicode.Scalar(0x4E00)!) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x9FFF)!) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)  // CJK extension B
    #expect(DisplayWidth.of(Unicode.Scalar(0xFF01)!) == 2)  // fullwidth !
    #expect(DisplayWidth.of(Unicode.Scalar(0xFF61)!) == 1)  // halfwidth katakana
    #expect(DisplayWidth.of(Unicode.Scalar(0x1F600)!) == 2)
    #expect(DisplayWidth.of(Unicode.Scalar(0x2500)!) == 1)  // box drawing
  }

  @Test func truncation() {
    #expect("Revenue".truncated(toWidth: 10) == "Revenue")
    #expect("Revenue".truncated(toWidth: 7) == "Revenue")
    #expect("Revenue".truncated(toWidth: 6) == "Reven…")
    #expect("Revenue".truncated(toWidth: 6, ascii: true) == "Reven~")
    #expect("Revenue".truncated(toWidth: 1) == "…")
    #expect("Revenue".truncated(toWidth: 0) == "")
    #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
    #expect("漢字漢字".truncated(toWidth: 4) == "漢…")  // the wide glyph never straddles
    #expect("Zoë Øster".truncated(toWidth: 4) == "Zoë…")
    #expect("👩‍💻 dev".truncated(toWidth: 3) == "👩‍💻…")
  }

  @Test func paddingAndFitting() {
    #expect("ab".padded(toWidth: 5) == "ab   ")
    #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
    #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
    #expect("abcdef".padded(toWidth: 3) == "abcdef")
    #expect("漢字".padded(toWidth: 5) == "漢字 ")
    #expect("漢字漢字".fitted(toWidth: 4) == "漢… ")
    #expect("12.5%".fitted(toWidth: 7, alignment: .right) == "  12.5%")
    #expect("Zoë Øster".fitted(toWidth: 6).displayWidth == 6)
  }
}

/// Padding writes bytes directly; it must keep every alignment and any text intact.
struct PaddingTests {
  @Test func padsEachAlignmentAroundWideAndCombiningText() {
    #expect("ab".padded(toWidth: 5) == "ab   ")
    #expect("ab".padded(toWidth: 5, alignment: .right) == "   ab")
    #expect("ab".padded(toWidth: 5, alignment: .center) == " ab  ")
    #expect("注文".padded(toWidth: 6, alignment: .right) == "  注文")
    #expect("e\u{301}".padded(toWidth: 3) == "e\u{301}  ")
    #expect("abc".padded(toWidth: 2) == "abc")
    #expect("Zoë".fitted(toWidth: 2) == "Z…")
  }
}
