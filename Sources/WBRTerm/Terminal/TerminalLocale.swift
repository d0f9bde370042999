import CNcurses

/// Sets the character locale before curses starts, and says whether the user's is UTF-8.
///
/// Without `setlocale(LC_CTYPE, "")` ncursesw prints every non-ASCII byte as garbage. When the
/// user's locale is not UTF-8 (`LANG=C`, often plain "C"/POSIX over SSH or in containers),
/// nothing says the terminal shows UTF-8, so the screen is drawn in ASCII by itself (issue
/// #13); `C.UTF-8` is still set so that curses' wide-character calls keep working.
enum TerminalLocale {
  /// Sets LC_CTYPE and returns true when the user's character set is UTF-8.
  static func setUp() -> Bool {
    setlocale(LC_CTYPE, "")
    if isUTF8() { return true }
    setlocale(LC_CTYPE, "C.UTF-8")
    return false
  }

  static func isUTF8() -> Bool {
    guard let name = wbr_codeset() else { return false }
    let codeset = String(cString: name).uppercased()
    return codeset == "UTF-8" || codeset == "UTF8"
  }
}
