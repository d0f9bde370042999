/// A key press (or terminal event) as the app sees it, independent of curses key codes.
///
/// Alt-x is not a key of its own: terminals send it as Esc followed by x, and it arrives as
/// `.escape` then `.char("x")`. With raw input, Ctrl-C arrives as `.ctrl("c")` and the app
/// decides what it means (no signal is raised).
public enum Key: Hashable, Sendable {
  /// A printable grapheme.
  case char(Character)
  /// Ctrl plus a key, by its lower-case letter or symbol: `.ctrl("c")`, `.ctrl("@")`.
  case ctrl(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case enter, tab, backTab, backspace, delete, insert, escape
  /// F1…F12 (and beyond, if the terminal sends them).
  case function(Int)
  /// The terminal changed size; read the new size from the backend.
  case resize
  /// Text pasted with bracketed paste, delivered whole so it never triggers key bindings.
  case paste(String)
  /// A key code the decoder does not know.
  case unknown(Int)
  /// A mouse click or wheel turn (issue #17); never in the key table (`MouseUpdate`).
  case mouse(MouseEvent)

  /// How help and the footer name this key ("q", "Ctrl-C", "↑", "PgDn", "Enter").
  func label(ascii: Bool = false) -> String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(let c): return "Ctrl-" + c.uppercased()
    case .up: return ascii ? "Up" : "↑"
    case .down: return ascii ? "Down" : "↓"
    case .left: return ascii ? "Left" : "←"
    case .right: return ascii ? "Right" : "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .insert: return "Ins"
    case .escape: return "Esc"
    case .function(let n): return "F\(n)"
    case .resize: return "resize"
    case .paste: return "paste"
    case .unknown(let code): return "key \(code)"
    case .mouse: return "mouse"
    }
  }

  /// The key a control byte (0–31, 127) stands for with raw input.
  public static func control(_ byte: UInt32) -> Key {
    switch byte {
    case 8, 127: return .backspace
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 0: return .ctrl("@")
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(byte) + 0x60)))
    case 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(byte) + 0x40)))
    default: return .unknown(Int(byte))
    }
  }
}
