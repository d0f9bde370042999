import WBRApp

/// What the user asked of the terminal: glyphs and colour.
///
/// Resolved once at start from the command line and the environment, before curses starts.
struct TerminalOptions: Sendable, Equatable {
  /// Draw the interface with ASCII only (`--ascii`, or a locale that is not UTF-8).
  var ascii: Bool
  /// Use colour when the terminal has it (off with `--no-color` or `NO_COLOR`).
  var color: Bool
  /// The colour of each emphasis role (the settings file's theme and colours).
  var scheme: ColorScheme
  /// Report clicks and the wheel (off with `--no-mouse` or the settings' `mouse = false`, so
  /// that the terminal's own selection works).
  var mouse: Bool

  init(ascii: Bool = false, color: Bool = true, scheme: ColorScheme = .theme(.auto), mouse: Bool = true) {
    self.ascii = ascii
    self.color = color
    self.scheme = scheme
    self.mouse = mouse
  }

  /// Options from the command-line flags and the environment.
  ///
  /// `NO_COLOR` (https://no-color.org) turns colour off "when present and not an empty
  /// string"; an empty `NO_COLOR=` leaves colour on.
  /// The settings file may force ASCII (never Unicode: a locale that is not UTF-8 still gets
  /// ASCII) and pick colours; `--no-color` and `NO_COLOR` turn colour off whatever it says.
  static func resolve(
    asciiFlag: Bool, noColorFlag: Bool, environment: [String: String], settings: Settings = Settings(),
    noMouseFlag: Bool = false
  ) -> TerminalOptions {
    let noColorEnv = !(environment["NO_COLOR"] ?? "").isEmpty
    return TerminalOptions(
      ascii: asciiFlag || settings.ascii == true, color: !(noColorFlag || noColorEnv),
      scheme: settings.colorScheme, mouse: !noMouseFlag && settings.mouse != false)
  }

  /// The glyph set these options call for.
  var glyphs: Glyphs { ascii ? .ascii : .unicode }
}
