import Testing
import WBRModel

@testable import WBRApp

/// The bulk path (`ScreenBuffer+Runs.swift`) must draw exactly what the cell-by-cell path
/// draws: same cells, same wide-glyph clean-up, same returned column.
@Suite struct ScreenBufferRunTests {
  /// Every scalar the bulk path takes is a grapheme of its own next to any other such scalar,
  /// has the width `DisplayWidth` gives it as a grapheme, and is drawn as itself.
  @Test func simpleScalarsAreGraphemesOfTheirOwn() {
    var checked = 0
    for value in UInt32(0)..<0x3000 {
      let w = ScreenBuffer.simpleScalarWidth(value)
      guard w > 0, let scalar = Unicode.Scalar(value) else { continue }
      checked += 1
      let character = Character(scalar)
      #expect(character.displayWidth == w, "U+\(String(value, radix: 16))")
      #expect(ScreenBuffer.visibleStandIn(for: character) == nil, "U+\(String(value, radix: 16))")
      #expect(!scalar.properties.isGraphemeExtend, "U+\(String(value, radix: 16))")
      var text = String.UnicodeScalarView()
      for neighbour in ["a", "\u{2581}", "\u{E9}", "\u{2026}"].flatMap(\.unicodeScalars) {
        text.append(contentsOf: [scalar, neighbour, scalar, scalar])
      }
      #expect(String(text).count == 16, "U+\(String(value, radix: 16))")
    }
    #expect(checked > 3000)
    #expect(ScreenBuffer.simpleScalarWidth(0x301) == 0)  // combining acute: joins its base
    #expect(ScreenBuffer.simpleScalarWidth(0x200D) == 0)  // ZWJ
    #expect(ScreenBuffer.simpleScalarWidth(0x202E) == 0)  // bidi override: escaped
    #expect(ScreenBuffer.simpleScalarWidth(0x1B) == 0)
  }

  /// Texts of simple scalars, wide ones (⌚) included, drawn over a row holding wide glyphs:
  /// one `put` of the whole text against one `put` per character (a run of one glyph, which
  /// is what storing cell by cell does).
  @Test func aRunDrawsWhatCellByCellDraws() {
    let pieces = ["a", "bc", " ", "▁▃▅", "…", "é", "⌚", "▶", "→", "ß"]
    #expect(Character("⌚").displayWidth == 2)
    var generator = SplitMix(seed: 7)
    for trial in 0..<400 {
      let text = (0..<generator.next(below: 6)).map { _ in pieces[generator.next(below: pieces.count)] }
        .joined()
      let x = generator.next(below: 14)
      let background = ["漢字漢字漢字漢字漢字", "ab漢c字⌚d⌚", "", "x⌚⌚⌚⌚⌚⌚"][trial % 4]
      var whole = ScreenBuffer(width: 16, height: 1)
      whole.put(background, at: trial % 3, y: 0)
      var single = whole
      let end = whole.put(text, at: x, y: 0, style: .good)
      var column = x
      for character in text { column = single.put(String(character), at: column, y: 0, style: .good) }
      #expect(whole == single, "\(text) at \(x) over \(background)")
      #expect(end == column)
      #expect(whole.textLines() == single.textLines())
    }
  }

  /// A field drawn as one run (text and padding) against the padded text drawn by `put`.
  @Test func aFieldDrawsWhatFittedTextDraws() {
    let texts = ["", "7", "1,042.9M", "▁▂▃▄▅▆▇█", "+3.1% ▲", "Zoë", "⌚x", "a\u{301}b", "漢字"]
    for text in texts {
      for width in 1...10 {
        for alignment in [ColumnAlignment.left, .right, .center] {
          for x in [0, 3] {
            var field = ScreenBuffer(width: 14, height: 1)
            field.put("漢字漢字漢字漢", at: 1, y: 0)
            var fitted = field
            let end = field.put(text, at: x, y: 0, width: width, alignment: alignment, style: .bad)
            fitted.put(text.fitted(toWidth: width, alignment: alignment), at: x, y: 0, style: .bad)
            #expect(end == x + width)
            #expect(field == fitted, "\(text) in \(width) \(alignment) at \(x)")
          }
        }
      }
    }
  }

  @Test func columnsAreTheDisplayWidth() {
    for text in ["", "Orders", "▁▂▃·▅", "+3.1% ▲", "Zoë", "⌚x", "a\u{301}b", "漢字", "👩‍💻", "tab\t", "\u{FE0F}▶"]
    {
      #expect(ScreenBuffer.columns(of: text) == text.displayWidth, "\(text)")
    }
  }

  @Test func fillBlanksHalvesOfWideGlyphsAtItsEnds() {
    var buffer = ScreenBuffer(width: 8, height: 2)
    buffer.put("漢字漢字", at: 0, y: 0)
    buffer.put("⌚⌚⌚⌚", at: 0, y: 1)
    buffer.fill(Rect(x: 1, y: 0, width: 4, height: 2), with: "-")
    #expect(buffer.textLines() == [" ---- 字", " ---- ⌚"])
    #expect(!buffer[5, 0].isContinuation && buffer[7, 0].isContinuation)
  }
}

/// A small seeded generator, so the trials are the same on every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Int(z % UInt64(max(1, bound)))
  }
}
