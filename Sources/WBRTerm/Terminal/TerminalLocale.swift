import CNcurses

/// Sets the character locale before curses starts, and says whether it is UTF-8.
///
/// Without `setlocale(LC_CTYPE, "")` ncursesw prints every non-ASCII byte as garbage. When the
/// user's locale is not UTF-8 (often plain "C"/POSIX over SSH or in containers), `C.UTF-8` is
/// tried; when that fails too, the screen is drawn in ASCII.
enum TerminalLocale {
  /// Sets LC_CTYPE and returns true when the resulting character set is UTF-8.
  static func setUp() -> Bool {
    setlocale(LC_CTYPE, "")
    if isUTF8() { return true }
    setlocale(LC_CTYPE, "C.UTF-8")
    return isUTF8()
  }

  static func isUTF8() -> Bool {
    guard let name = wbr_codeset() else { return false }
    let codeset = String(cString: name).uppercased()
    return codeset == "UTF-8" || codeset == "UTF8"
  }
}
