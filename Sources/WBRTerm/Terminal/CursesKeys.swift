import CNcurses
import WBRApp

/// Turns what `wget_wch` returns into a `Key`.
///
/// Pure, so every mapping is unit-tested without a terminal. Enter arrives as 10, 13 or
/// KEY_ENTER and Backspace as KEY_BACKSPACE, 127 or 8, depending on the terminal and its
/// settings; all of them map to the same key.
enum CursesKeys {
  /// Key codes we teach ncurses (`define_key`) for the bracketed-paste brackets.
  static let pasteStart = Int32(KEY_MAX) + 1
  static let pasteEnd = Int32(KEY_MAX) + 2

  /// The key for a `wget_wch` result: `status` is OK or KEY_CODE_YES, `code` the value.
  /// Returns nil for ERR (no key before the timeout).
  static func decode(status: Int32, code: UInt32) -> Key? {
    switch status {
    case OK: return character(code)
    case KEY_CODE_YES: return keyCode(Int32(bitPattern: code))
    default: return nil
    }
  }

  /// The app's mouse event for what `wbr_read_mouse` read (kind 1 click, 2 double click, 3
  /// wheel up, 4 wheel down); nil for the events the meeting ignores.
  static func mouse(kind: Int32, x: Int32, y: Int32) -> Key? {
    let event: MouseEvent.Kind
    switch kind {
    case 1: event = .click
    case 2: event = .doubleClick
    case 3: event = .wheelUp
    case 4: event = .wheelDown
    default: return nil
    }
    return .mouse(MouseEvent(event, x: Int(x), y: Int(y)))
  }

  static func character(_ code: UInt32) -> Key {
    if code < 0x20 || code == 0x7F { return Key.control(code) }
    guard let scalar = Unicode.Scalar(code) else { return .unknown(Int(code)) }
    if code >= 0x80 && code < 0xA0 { return .unknown(Int(code)) }
    return .char(Character(scalar))
  }

  static func keyCode(_ code: Int32) -> Key {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME, KEY_A1: return .home
    case KEY_END, KEY_C1: return .end
    case KEY_PPAGE, KEY_A3: return .pageUp
    case KEY_NPAGE, KEY_C3: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BTAB: return .backTab
    case wbr_key_resize(): return .resize
    case wbr_key_f(1)...wbr_key_f(63): return .function(Int(code - wbr_key_f0()))
    default: return .unknown(Int(code))
    }
  }
}
