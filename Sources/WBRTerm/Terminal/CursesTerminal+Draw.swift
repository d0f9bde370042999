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
    let old: [Cell] = previous?.size == buffer.size ? previous?.cells ?? [] : []
    if old.isEmpty {
      _ = werase(window)
      _ = clearok(window, true)
    }
    let cells = buffer.cells
    let width = buffer.width
    for y in 0..<buffer.height {
      let rowStart = y * width
      for x in 0..<width {
        let i = rowStart + x
        let cell = cells[i]
        if cell.isContinuation { continue }
        let wide = x + 1 < width && cells[i + 1].isContinuation
        // A cell is unchanged when it and its right neighbour's "continuation" flag match.
        if !old.isEmpty, old[i] == cell, (x + 1 < width ? old[i + 1].isContinuation : false) == wide {
          continue
        }
        drawCell(cell, wide: wide, x: Int32(x), y: Int32(y), window: window)
      }
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
    previous = buffer
  }

  private func drawCell(_ cell: Cell, wide: Bool, x: Int32, y: Int32, window: UnsafeMutablePointer<WINDOW>) {
    let look = palette.look(cell.style)
    let character = cell.character
    if let ascii = character.asciiValue {
      put([wchar_t(ascii)], look, x: x, y: y, window: window)
      return
    }
    if glyphs.isASCII {
      let stand = CursesTerminal.asciiStandIn(for: character)
      put([wchar_t(stand)], look, x: x, y: y, window: window)
      if wide { put([wchar_t(stand)], look, x: x + 1, y: y, window: window) }
      return
    }
    let scalars = Array(character.unicodeScalars)
    guard let base = scalars.first(where: { DisplayWidth.of($0) > 0 }) else {
      put([wchar_t(0x20)], look, x: x, y: y, window: window)
      return
    }
    let libcWidth = Int(wbr_wcwidth(wchar_t(base.value)))
    let mine = wide ? 2 : 1
    if libcWidth == mine {
      var chars = [wchar_t(base.value)]
      for scalar in scalars.drop(while: { $0 != base }).dropFirst() {
        guard chars.count < Int(wbr_ccharw_max()) - 1, scalar.value != 0x200D,
          wbr_wcwidth(wchar_t(scalar.value)) == 0
        else { break }
        chars.append(wchar_t(scalar.value))
      }
      put(chars, look, x: x, y: y, window: window)
    } else if libcWidth == 1 && mine == 2 {
      put([wchar_t(base.value)], look, x: x, y: y, window: window)
      put([wchar_t(0x20)], look, x: x + 1, y: y, window: window)
    } else {
      put([wchar_t(0xFFFD)], look, x: x, y: y, window: window)
      if wide { put([wchar_t(0x20)], look, x: x + 1, y: y, window: window) }
    }
  }

  /// Writes one cell. ERR is ignored: writing the bottom-right cell reports ERR but draws.
  private func put(
    _ chars: [wchar_t], _ look: (attributes: attr_t, pair: Int16), x: Int32, y: Int32,
    window: UnsafeMutablePointer<WINDOW>
  ) {
    let count = min(chars.count, wideScratch.count - 1)
    for i in 0..<count { wideScratch[i] = chars[i] }
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
