import CNcurses

/// A stretch of changed cells on one row, gathered as `cchar_t`s and handed to curses with one
/// `mvwadd_wchnstr`: a repaint after a key (17,500 cells at 250×70) then costs one library call
/// per stretch instead of a `setcchar` and a `mvwadd_wch` per cell.
///
/// `wadd_wchnstr` neither moves the cursor nor interprets control characters (callers keep
/// those off this path), and gives each entry its libc width, blanking what is left of a wide
/// glyph it overwrites at either end: so each entry must be exactly as wide, by libc, as the
/// columns it stands for, which `CursesTerminal.draw` already ensures with its stand-ins.
struct CursesRun {
  /// Room for one row: an entry covers at least one column.
  private let slots: UnsafeMutablePointer<cchar_t>
  private let window: UnsafeMutablePointer<WINDOW>
  private(set) var count = 0
  private var x: Int32 = 0
  private var y: Int32 = 0
  /// A space in the last look used; copied and given its character for each plain cell, so
  /// `setcchar` runs once per change of look rather than once per cell.
  private var template = cchar_t()
  private var templateLook: (attributes: attr_t, pair: Int16)?

  init(slots: UnsafeMutablePointer<cchar_t>, window: UnsafeMutablePointer<WINDOW>) {
    self.slots = slots
    self.window = window
  }

  /// Where the next entry goes when the run is empty (the column of the first changed cell).
  mutating func start(x: Int32, y: Int32) {
    self.x = x
    self.y = y
  }

  /// Adds one character with no combining marks.
  mutating func append(_ character: wchar_t, _ look: (attributes: attr_t, pair: Int16)) {
    if templateLook?.attributes != look.attributes || templateLook?.pair != look.pair {
      var text: (wchar_t, wchar_t) = (0x20, 0)
      withUnsafePointer(to: &text) { pair in
        pair.withMemoryRebound(to: wchar_t.self, capacity: 2) { text in
          _ = setcchar(&template, text, look.attributes, look.pair, nil)
        }
      }
      templateLook = look
    }
    var entry = template
    entry.chars.0 = character
    slots[count] = entry
    count += 1
  }

  /// Adds a base and its marks: the first `count` characters of `text` (zero-terminated there).
  mutating func append(
    text: UnsafePointer<wchar_t>, _ look: (attributes: attr_t, pair: Int16)
  ) {
    _ = setcchar(slots + count, text, look.attributes, look.pair, nil)
    count += 1
  }

  /// Writes what was gathered and empties the run. ERR is ignored, as for single cells.
  mutating func flush() {
    guard count > 0 else { return }
    _ = mvwadd_wchnstr(window, y, x, slots, Int32(count))
    count = 0
  }
}
