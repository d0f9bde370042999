import WBRModel

/// Bulk writing: a run of cells on one row stored in one pass.
///
/// A deck screen at 250×70 writes 17,500 cells a frame. Stored one `store` at a time, each
/// cell cost a grapheme walk, a width lookup and a wide-glyph check, about 10 M instructions a
/// frame. Text made only of *simple* scalars (`simpleScalarWidth`: each one a grapheme of its
/// own, drawn as itself) is copied here straight from its UTF-8 bytes, and only the run's two
/// ends are checked for a wide glyph cut in half, which is what storing cell by cell amounts
/// to. Anything else takes the general path in `ScreenBuffer.put`, with the same result.
extension ScreenBuffer {
  /// Columns of a scalar that is always a grapheme of its own and drawn as itself (not a
  /// control, not an escape `SafeText` replaces, no width change from its neighbours), or 0
  /// for any other. Printable ASCII, Latin-1 and the Latin extensions (below the combining
  /// marks at U+0300), and U+2010–U+2BFF without its zero-width, format and combining blocks:
  /// dashes, quotes, "…", arrows, box drawing, blocks ("▁▂▃"), shapes ("▶"), symbols.
  @inline(__always)
  package static func simpleScalarWidth(_ value: UInt32) -> Int {
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    if value < 0xA0 { return 0 }
    if value < 0x300 { return 1 }
    guard value >= simpleBlockStart, value < simpleBlockEnd else { return 0 }
    return Int(simpleBlockWidths[Int(value - simpleBlockStart)])
  }

  private static let simpleBlockStart: UInt32 = 0x2010
  private static let simpleBlockEnd: UInt32 = 0x2C00

  /// `simpleScalarWidth` for U+2010..<U+2C00, looked up once: `DisplayWidth.of` searches its
  /// range tables (a few hundred instructions), and a sparkline is a dozen such scalars.
  private static let simpleBlockWidths: [UInt8] = (simpleBlockStart..<simpleBlockEnd).map { value in
    let simple =
      (0x2010..<0x2028).contains(value) || (0x2030..<0x2060).contains(value)
      || (0x2070..<0x20D0).contains(value) || (0x2100..<0x2C00).contains(value)
    guard simple, let scalar = Unicode.Scalar(value) else { return 0 }
    return UInt8(DisplayWidth.of(scalar))
  }

  /// Calls `body` with each scalar of valid UTF-8 `bytes` and its simple width; stops and
  /// returns false at the first scalar that is not simple.
  @inline(__always)
  static func forEachSimpleScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int) -> Void
  ) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let lead = UInt32(bytes[i])
      let value: UInt32
      if lead < 0x80 {
        value = lead
        i += 1
      } else if lead & 0xE0 == 0xC0, i + 1 < n {
        value = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if lead & 0xF0 == 0xE0, i + 2 < n {
        value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        return false
      }
      let w = simpleScalarWidth(value)
      guard w > 0 else { return false }
      body(value, w)
    }
    return true
  }

  /// The columns `bytes` take when every scalar in them is simple, else nil.
  static func simpleWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var ascii = true
    for byte in bytes where byte < 0x20 || byte >= 0x7F {
      ascii = false
      break
    }
    if ascii { return bytes.count }
    var total = 0
    return forEachSimpleScalar(bytes) { total += $1 } ? total : nil
  }

  /// Columns `text` takes on screen: `displayWidth`, without walking graphemes when every
  /// scalar is simple (nearly every text on screen). For measuring a deck's columns once per
  /// deck, which otherwise costs as much as formatting its numbers.
  static func columns<S: StringProtocol>(of text: S) -> Int {
    let simple = text.utf8.withContiguousStorageIfAvailable { simpleWidth($0) } ?? nil
    return simple ?? text.displayWidth
  }

  /// Stores simple text of `textWidth` columns (from `simpleWidth`) at (x, y) with `left` and
  /// `right` columns of spaces around it, all in `style`. The caller has checked that the
  /// whole run lies inside the buffer.
  mutating func storeSimpleRun(
    _ bytes: UnsafeBufferPointer<UInt8>, textWidth: Int, left: Int = 0, right: Int = 0, at x: Int, y: Int,
    style: Style
  ) {
    let start = y * width + x
    let end = start + left + textWidth + right
    breakWideGlyphs(row: y, from: x, to: x + left + textWidth + right)
    let space = PackedCell(code: PackedCell.space, style: style, isContinuation: false)
    storage.withUnsafeMutableBufferPointer { cells in
      var i = start
      while i < start + left {
        cells[i] = space
        i += 1
      }
      if textWidth == bytes.count {
        for byte in bytes {
          cells[i] = PackedCell(code: UInt32(byte), style: style, isContinuation: false)
          i += 1
        }
      } else {
        _ = ScreenBuffer.forEachSimpleScalar(bytes) { value, w in
          cells[i] = PackedCell(code: value, style: style, isContinuation: false)
          if w == 2 { cells[i + 1] = PackedCell(code: PackedCell.space, style: style, isContinuation: true) }
          i += w
        }
      }
      while i < end {
        cells[i] = space
        i += 1
      }
    }
  }

  /// Stores `count` copies of the one-column `cell` from (x, y); the caller has checked that
  /// the run lies inside the buffer.
  mutating func storeRun(_ cell: PackedCell, count: Int, at x: Int, y: Int) {
    guard count > 0 else { return }
    breakWideGlyphs(row: y, from: x, to: x + count)
    let start = y * width + x
    storage.withUnsafeMutableBufferPointer { cells in
      for i in start..<(start + count) { cells[i] = cell }
    }
  }

  /// Before columns `start..<end` of row `y` are overwritten with whole glyphs: blanks the
  /// other half of a wide glyph cut at either end. Storing the run cell by cell (`store`)
  /// comes to the same, as every cell between the ends is overwritten.
  private mutating func breakWideGlyphs(row y: Int, from start: Int, to end: Int) {
    guard start < end else { return }
    breakWideGlyph(at: start, y: y)
    if end - 1 > start { breakWideGlyph(at: end - 1, y: y) }
  }
}
