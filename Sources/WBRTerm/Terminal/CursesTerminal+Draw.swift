import CNcurses
import Foundation
import WBRApp
import WBRModel

extension CursesTerminal {
  /// Shows `buffer`: only cells that differ from the last frame are written, then one
  /// refresh, so a key press costs little even on a large screen. A new size (or the first
  /// frame) repaints everything. Consecutive changed cells of a row go to curses as one run
  /// (`CursesRun`), not one call each.
  ///
  /// Where the C library's `wcwidth` (which ncurses and usually the terminal go by) disagrees
  /// with `DisplayWidth` about a glyph, a stand-in of the right width is drawn instead, so a
  /// column never shifts: an emoji that libc thinks narrow is drawn bare and padded with a
  /// space; a glyph libc cannot show becomes U+FFFD.
  /// - Complexity: O(width × height) comparisons, plus curses calls for changed runs only.
  func draw(_ buffer: ScreenBuffer) {
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
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(width, 1)) { slots in
          guard let base = slots.baseAddress else { return }
          var run = CursesRun(slots: base, window: window)
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
                run.flush()
                continue
              }
              if run.count == 0 { run.start(x: Int32(x), y: Int32(y)) }
              addCell(cell, in: buffer, wide: wide, x: Int32(x), y: Int32(y), to: &run)
            }
            run.flush()
          }
        }
      }
    }
    _ = wnoutrefresh(window)
    _ = doupdate()
    previous = buffer
  }

  /// Adds one cell (two entries where a wide cell is drawn as a glyph and a space) to `run`.
  private func addCell(
    _ cell: PackedCell, in buffer: ScreenBuffer, wide: Bool, x: Int32, y: Int32, to run: inout CursesRun
  ) {
    let look = palette.look(cell.style)
    if cell.code < 0x7F {
      if cell.code >= 0x20 {
        run.append(wchar_t(cell.code), look)
      } else {
        // A control character: curses shows it as ^X, which only the single-cell call does.
        run.flush()
        guard let window = wbr_stdscr() else { return }
        put(wchar_t(cell.code), look, x: x, y: y, window: window)
      }
      return
    }
    // One scalar that is a grapheme on its own (a sparkline block, "…", "▶"): what the
    // general path below does with a base and no marks, without building a `Character`.
    if !glyphs.isASCII, !cell.isCluster, ScreenBuffer.simpleScalarWidth(cell.code) > 0 {
      addBase(wchar_t(cell.code), wide: wide, look, to: &run)
      return
    }
    let character = buffer.grapheme(cell)
    if glyphs.isASCII {
      let stand = wchar_t(CursesTerminal.asciiStandIn(for: character))
      run.append(stand, look)
      if wide { run.append(stand, look) }
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
      run.append(0x20, look)
      return
    }
    let libcWidth = Int(wbr_wcwidth(wchar_t(base.value)))
    if count == 1 || libcWidth != (wide ? 2 : 1) {
      addBase(wchar_t(base.value), wide: wide, look, to: &run)
    } else {
      wideScratch[count] = 0
      wideScratch.withUnsafeBufferPointer { text in
        if let text = text.baseAddress { run.append(text: text, look) }
      }
    }
  }

  /// Adds a base character with no combining marks, or a stand-in of the right width where
  /// libc's `wcwidth` disagrees with ours: a wide glyph libc thinks narrow drawn bare and
  /// padded with a space; anything else as U+FFFD.
  private func addBase(
    _ base: wchar_t, wide: Bool, _ look: (attributes: attr_t, pair: Int16), to run: inout CursesRun
  ) {
    let libcWidth = Int(wbr_wcwidth(base))
    if libcWidth == (wide ? 2 : 1) {
      run.append(base, look)
    } else if libcWidth == 1 && wide {
      run.append(base, look)
      run.append(0x20, look)
    } else {
      run.append(0xFFFD, look)
      if wide { run.append(0x20, look) }
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
