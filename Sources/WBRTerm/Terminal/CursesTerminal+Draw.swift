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
    let width = buffer.width
    // Read through raw pointers: this loop visits every cell of every frame (17,500 at
    // 250×70), and bounds and exclusivity checks were most of its cost.
    buffer.storage.withUnsafeBufferPointer { cells in
      (last?.storage ?? []).withUnsafeBufferPointer { old in
        for y in 0..<buffer.height {
          let rowStart = y * width
          for x in 0..<width {
            let i = rowStart + x
            let cell = cells[i]
            if cell.isContinuation { continue }
            let wide = x + 1 < width && cells[i + 1].isContinuation
            // Unchanged when the cell and its right neighbour's "continuation" flag both match.
            if let last, (x + 1 < width ? old[i + 1].isContinuation : false) == wide,
              cell.isCluster || old[i].isCluster
                ? buffer.sameCell(cell, as: old[i], in: last) : cell == old[i]
            {
              continue
            }
            drawCell(cell, in: buffer, wide: wide, x: Int32(x), y: Int32(y), window: window)
          }
        }
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
    // One scalar that is a grapheme on its own (a sparkline block, "…", "▶"): what the
    // general path below does with a base and no marks, without building a `Character`.
    if !glyphs.isASCII, !cell.isCluster, ScreenBuffer.simpleScalarWidth(cell.code) > 0 {
      putBase(wchar_t(cell.code), wide: wide, look, x: x, y: y, window: window)
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
    if count == 1 {
      putBase(wchar_t(base.value), wide: wide, look, x: x, y: y, window: window)
    } else {
      putMarked(base: wchar_t(base.value), count: count, wide: wide, look, x: x, y: y, window: window)
    }
  }

  /// Writes a base character with no combining marks, or a stand-in of the right width where
  /// libc's `wcwidth` disagrees with ours.
  private func putBase(
    _ base: wchar_t, wide: Bool, _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    let libcWidth = Int(wbr_wcwidth(base))
    let mine = wide ? 2 : 1
    if libcWidth == mine {
      put(base, look, x: x, y: y, window: window)
    } else {
      putStandIn(base: base, libcWidth: libcWidth, wide: wide, look, x: x, y: y, window: window)
    }
  }

  /// Writes a base character and the marks after it in `wideScratch` (`count` in all).
  private func putMarked(
    base: wchar_t, count: Int, wide: Bool, _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    let libcWidth = Int(wbr_wcwidth(base))
    if libcWidth == (wide ? 2 : 1) {
      putScratch(count: count, look, x: x, y: y, window: window)
    } else {
      putStandIn(base: base, libcWidth: libcWidth, wide: wide, look, x: x, y: y, window: window)
    }
  }

  /// Where libc's width differs from ours: a wide glyph libc thinks narrow drawn bare and
  /// padded with a space; anything else as U+FFFD.
  private func putStandIn(
    base: wchar_t, libcWidth: Int, wide: Bool, _ look: (attributes: attr_t, pair: Int16), x: Int32,
    y: Int32, window: UnsafeMutablePointer<WINDOW>
  ) {
    if libcWidth == 1 && wide {
      put(base, look, x: x, y: y, window: window)
      put(0x20, look, x: x + 1, y: y, window: window)
    } else {
      put(0xFFFD, look, x: x, y: y, window: window)
      if wide { put(0x20, look, x: x + 1, y: y, window: window) }
    }
  }

  /// Writes one character in one cell. Local scratch, not the terminal's: this runs for every
  /// changed cell, and each access to a class's stored array is checked for exclusivity.
  private func put(
    _ character: wchar_t, _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    var text: (wchar_t, wchar_t) = (character, 0)
    var cell = cchar_t()
    withUnsafePointer(to: &text) { pair in
      pair.withMemoryRebound(to: wchar_t.self, capacity: 2) { text in
        _ = setcchar(&cell, text, look.attributes, look.pair, nil)
      }
    }
    _ = mvwadd_wch(window, y, x, &cell)
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
