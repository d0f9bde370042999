import CNcurses
import Foundation
import WBRModel

extension CursesTerminal {
  /// Shows `buffer`: only cells that differ from the last frame are written, then one
  /// refresh, so a key press costs little even on a large screen. A new size (or the first
  /// frame) repaints everything.
  ///
  /// Where the C library's `wcwidth` (which ncurses and usually the terminal go by) disagrees
  /// with `DisplayWidth` about a glyph, a stand-in of the right width is drawn instead, so a
  /// column never shifts: an emoji that libc thinks narrow is drawn bare and padded with a
  /// space; a glyph libc cannot show becomes U+FFFD.
  /// - Complexity: O(width × height) comparisons, plus curses calls for changed cells only.
  public func draw(_ buffer: ScreenBuffer) {
    guard let window = wbr_stdscr() else { return }
    let last = previous?.size == buffer.size ? previous : nil
    if last == nil {
      _ = werase(window)
      _ = clearok(window, true)
    }
    let old = last?.storage ?? []
    let cells = buffer.storage
    let width = buffer.width
    for y in 0..<buffer.height {
      let rowStart = y * width
      for x in 0..<width {
        let i = rowStart + x
        let cell = cells[i]
        if cell.isContinuation { continue }
        let wide = x + 1 < width && cells[i + 1].isContinuation
        // Unchanged when the cell and its right neighbour's "continuation" flag both match.
        if let last, (x + 1 < width ? old[i + 1].isContinuation : false) == wide,
          cell.isCluster || old[i].isCluster ? buffer.sameCell(cell, as: old[i], in: last) : cell == old[i]
        {
          continue
        }
        drawCell(cell, in: buffer, wide: wide, x: Int32(x), y: Int32(y), window: window)
      }
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
    previous = buffer
  }

  private func drawCell(
    _ cell: PackedCell, in buffer: ScreenBuffer, wide: Bool, x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    let look = palette.look(cell.style)
    if cell.code < 0x7F {
      put(wchar_t(cell.code), look, x: x, y: y, window: window)
      return
    }
    let character = buffer.grapheme(cell)
    if glyphs.isASCII {
      let stand = wchar_t(CursesTerminal.asciiStandIn(for: character))
      put(stand, look, x: x, y: y, window: window)
      if wide { put(stand, look, x: x + 1, y: y, window: window) }
      return
    }
    // The base scalar, then the combining marks curses can keep with it (in wideScratch).
    var base: Unicode.Scalar?
    var count = 0
    let room = min(Int(wbr_ccharw_max()), wideScratch.count - 1)
    for scalar in character.unicodeScalars {
      if base == nil {
        if DisplayWidth.of(scalar) > 0 {
          base = scalar
          wideScratch[0] = wchar_t(scalar.value)
          count = 1
        }
        continue
      }
      guard count < room, scalar.value != 0x200D, wbr_wcwidth(wchar_t(scalar.value)) == 0 else { break }
      wideScratch[count] = wchar_t(scalar.value)
      count += 1
    }
    guard let base else {
      put(0x20, look, x: x, y: y, window: window)
      return
    }
    let libcWidth = Int(wbr_wcwidth(wchar_t(base.value)))
    let mine = wide ? 2 : 1
    if libcWidth == mine {
      putScratch(count: count, look, x: x, y: y, window: window)
    } else if libcWidth == 1 && mine == 2 {
      put(wchar_t(base.value), look, x: x, y: y, window: window)
      put(0x20, look, x: x + 1, y: y, window: window)
    } else {
      put(0xFFFD, look, x: x, y: y, window: window)
      if wide { put(0x20, look, x: x + 1, y: y, window: window) }
    }
  }

  /// Writes one character in one cell.
  private func put(
    _ character: wchar_t, _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    wideScratch[0] = character
    putScratch(count: 1, look, x: x, y: y, window: window)
  }

  /// Writes the first `count` characters of `wideScratch` as one cell. ERR is ignored:
  /// writing the bottom-right cell reports ERR but draws.
  private func putScratch(
    count: Int, _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    wideScratch[count] = 0
    wideScratch.withUnsafeBufferPointer { text in
      _ = setcchar(&cellScratch, text.baseAddress, look.attributes, look.pair, nil)
    }
    _ = mvwadd_wch(window, y, x, &cellScratch)
  }

  /// An ASCII byte for a non-ASCII grapheme: the base letter of an accented Latin letter
  /// ("ë" → "e"), "?" for anything else.
  static func asciiStandIn(for character: Character) -> UInt8 {
    let decomposed = String(character).decomposedStringWithCanonicalMapping
    if let first = decomposed.unicodeScalars.first, first.isASCII, first.value >= 0x20,
      first.value < 0x7F
    {
      return UInt8(first.value)
    }
    return UInt8(ascii: "?")
  }
}
