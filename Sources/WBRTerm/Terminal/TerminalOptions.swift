import WBRApp

/// What the user asked of the terminal: glyphs and colour.
///
/// Resolved once at start from the command line and the environment, before curses starts.
struct TerminalOptions: Sendable, Equatable {
  /// Draw the interface with ASCII only (`--ascii`, or a locale that is not UTF-8).
  var ascii: Bool
  /// Use colour when the terminal has it (off with `--no-color` or `NO_COLOR`).
  var color: Bool

  init(ascii: Bool = false, color: Bool = true) {
    self.ascii = ascii
    self.color = color
  }

  /// Options from the command-line flags and the environment.
  ///
  /// `NO_COLOR` (https://no-color.org) turns colour off "when present and not an empty
  /// string"; an empty `NO_COLOR=` leaves colour on.
  static func resolve(
    asciiFlag: Bool, noColorFlag: Bool, environment: [String: String]
  ) -> TerminalOptions {
    let noColorEnv = !(environment["NO_COLOR"] ?? "").isEmpty
    return TerminalOptions(ascii: asciiFlag, color: !(noColorFlag || noColorEnv))
  }

  /// The glyph set these options call for.
  var glyphs: Glyphs { ascii ? .ascii : .unicode }
}
