import CNcurses
import WBRApp

#if canImport(Glibc)
  import Glibc
#endif

/// Why the terminal could not be started.
enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// ncurses does not know `TERM` (or it is unset).
  case unknownTerminal(String?)

  var description: String {
    switch self {
    case .unknownTerminal(let term?):
      return "unknown terminal type \"\(term)\"; set TERM to one this system knows "
        + "(`toe -a` lists them), e.g. TERM=xterm-256color"
    case .unknownTerminal(nil):
      return "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color"
    }
  }
}

/// The ncurses terminal: the only place in the program that talks to curses.
///
/// Start-up order matters and is all here: locale first (or every non-ASCII byte prints as
/// garbage), signal handlers and saved `termios` before curses (so a crash or SIGTERM leaves a
/// usable terminal), `newterm` rather than `initscr` (which exits the process when TERM is
/// unknown), raw keys with keypad decoding, a 25 ms Esc delay, hidden cursor, colours, and
/// bracketed paste when the terminal describes it. `stop()` undoes all of it; it also runs
/// from `deinit`, and the run loop calls it before the process exits.
final class CursesTerminal: TerminalBackend {
  let glyphs: Glyphs
  /// False when colour was refused (flags, NO_COLOR) or the terminal has none.
  let usesColor: Bool
  private var screen: OpaquePointer?
  private var window: UnsafeMutablePointer<WINDOW>?
  let palette: CursesPalette
  private let pasteEnd: String?
  /// The last frame drawn, to redraw only the cells that changed.
  var previous: ScreenBuffer?
  /// Scratch space for one cell's wide characters (base + combining marks + NUL).
  var wideScratch = [wchar_t](repeating: 0, count: 8)

  /// Starts curses on standard input/output with `options`.
  /// - Throws: `TerminalError.unknownTerminal` when ncurses cannot use `TERM`.
  init(options: TerminalOptions) throws {
    let utf8 = TerminalLocale.setUp()
    glyphs = options.ascii || !utf8 ? .ascii : .unicode
    SignalGuard.install()
    guard let screen = newterm(nil, wbr_stdout(), wbr_stdin()) else {
      SignalGuard.uninstall()
      throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
    }
    self.screen = screen
    _ = set_term(screen)
    let window = wbr_stdscr()
    self.window = window
    _ = raw()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = set_escdelay(25)
    _ = curs_set(0)
    _ = leaveok(window, true)
    _ = scrollok(window, false)
    wtimeout(window, 200)
    palette = CursesPalette(color: options.color, scheme: options.scheme)
    if options.mouse {
      _ = wbr_mouse_on(1)
      _ = mouseinterval(250)
    }
    usesColor = palette.usesColor

    var restore = "\u{1B}[0m"
    if let start = CursesTerminal.capability("BE"), let end = CursesTerminal.capability("BD"),
      let pasteStartKey = CursesTerminal.capability("PS"), let pasteEndKey = CursesTerminal.capability("PE")
    {
      _ = define_key(pasteStartKey, CursesKeys.pasteStart)
      _ = define_key(pasteEndKey, CursesKeys.pasteEnd)
      pasteEnd = end
      restore += end
      CursesTerminal.writeRaw(start)
    } else {
      pasteEnd = nil
    }
    restore += CursesTerminal.capability("rmcup") ?? "\u{1B}[?1049l"
    restore += CursesTerminal.capability("cnorm") ?? "\u{1B}[?25h"
    restore += "\r\n"
    SignalGuard.setRestoreSequence(restore)
  }

  deinit { stop() }

  /// Gives the terminal back: ends bracketed paste, leaves curses (restoring the saved tty
  /// modes, the normal screen and the cursor) and puts the previous signal handlers back.
  /// Safe to call more than once.
  func stop() {
    guard let screen else { return }
    if let pasteEnd { CursesTerminal.writeRaw(pasteEnd) }
    _ = endwin()
    delscreen(screen)
    self.screen = nil
    window = nil
    SignalGuard.uninstall()
  }

  var size: Size {
    guard let window else { return .zero }
    return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  var terminationSignal: Int32? { SignalGuard.terminationSignal }

  func nextKey() -> Key? {
    guard let window else { return nil }
    var code: wint_t = 0
    let status = wget_wch(window, &code)
    if status == KEY_CODE_YES && Int32(bitPattern: code) == CursesKeys.pasteStart {
      return readPaste(window)
    }
    if status == KEY_CODE_YES && Int32(bitPattern: code) == CursesKeys.pasteEnd { return nil }
    if status == KEY_CODE_YES && Int32(bitPattern: code) == wbr_key_mouse() {
      var x: Int32 = 0
      var y: Int32 = 0
      return CursesKeys.mouse(kind: wbr_read_mouse(&x, &y), x: x, y: y)
    }
    return CursesKeys.decode(status: status, code: code)
  }

  func pendingKey() -> Key? {
    guard let window else { return nil }
    wtimeout(window, 0)
    defer { wtimeout(window, 200) }
    return nextKey()
  }

  /// Reads a bracketed paste up to its end marker (or a pause of a second, or 64 KB).
  private func readPaste(_ window: UnsafeMutablePointer<WINDOW>) -> Key {
    var text = ""
    var code: wint_t = 0
    wtimeout(window, 1000)
    defer { wtimeout(window, 200) }
    while text.utf8.count < 65_536 {
      let status = wget_wch(window, &code)
      if status == ERR { break }
      if status == KEY_CODE_YES {
        if Int32(bitPattern: code) == CursesKeys.pasteEnd { break }
        if Int32(bitPattern: code) == KEY_ENTER { text.append("\n") }
        continue
      }
      if code == 13 || code == 10 {
        text.append("\n")
      } else if let scalar = Unicode.Scalar(code) {
        text.unicodeScalars.append(scalar)
      }
    }
    return .paste(text)
  }

  /// A terminfo string capability of the current terminal.
  static func capability(_ name: String) -> String? {
    wbr_tigetstr(name).map { String(cString: $0) }
  }

  /// Writes bytes straight to the terminal (for sequences curses does not manage).
  static func writeRaw(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
  }
}

extension CursesTerminal {
  /// Rings the terminal bell (or flashes, as the terminal prefers).
  func bell() { _ = beep() }

  func invalidate() { previous = nil }

  /// `Effect.copy`: OSC 52, written between frames (`Clipboard`).
  func copyToClipboard(_ text: String) -> ClipboardOutcome { Clipboard.copy(text) }
}
