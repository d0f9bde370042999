import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Refuses, before anything is opened, a terminal type the meeting cannot draw on.
///
/// `TERM=dumb` (an editor's shell buffer, some CI consoles) names a real terminal that cannot
/// place the cursor: curses starts on it and draws nothing, a blank screen that still waits
/// for keys. An unknown `TERM` made `CursesTerminal` fail only after the journal was opened.
enum TerminalCheck {
  /// Exit status for a terminal the meeting cannot use (as for an unknown `TERM`).
  static let exitStatus: Int32 = 1

  /// A message when `TERM` is unknown or cannot address the cursor, nil when it can.
  static func problem(term: String? = getenv("TERM").map { String(cString: $0) }) -> String? {
    switch wbr_terminal_can_address() {
    case 1: return nil
    case 0:
      return "wbr meet: the terminal type \"\(term ?? "")\" cannot place the cursor, so the meeting "
        + "screen cannot be drawn; set TERM to your terminal's type (e.g. TERM=xterm-256color), "
        + "or use `wbr report DECK` for a plain-text view"
    default:
      return "wbr meet: " + TerminalError.unknownTerminal(term).description
    }
  }
}
