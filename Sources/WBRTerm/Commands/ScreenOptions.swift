import ArgumentParser
import Foundation
import WBRApp

/// The options of every command that opens the meeting screen (`wbr meet`, `wbr meet
/// --follow`, `wbr prep`) and their one reading with the environment and the settings file:
/// one path, so that a screen cannot open without the user's theme, glyphs, mouse and keys
/// (the prep screen and the follower once did).
struct ScreenOptions: ParsableArguments {
  @Flag(help: "Draw with ASCII characters only.") var ascii = false
  @Flag(name: .customLong("no-color"), help: "No colour: bold, dim and reverse video only.")
  var noColor = false
  @Flag(
    name: .customLong("no-mouse"), help: "No mouse: the terminal's own selection works (clicks, wheel off).")
  var noMouse = false
  @OptionGroup var settingsFile: SettingsOption

  /// The settings file, read once, met with these flags and the environment (flag >
  /// environment > settings > default).
  func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> ScreenSettings {
    let loaded = settingsFile.load(environment: environment)
    let terminal = TerminalOptions.resolve(
      asciiFlag: ascii, noColorFlag: noColor, environment: environment, settings: loaded.settings,
      noMouseFlag: noMouse)
    return ScreenSettings(loaded: loaded, terminal: terminal)
  }
}

/// What a meeting screen opens with: the terminal's options (glyphs, colours, mouse) and the
/// settings the state takes (keys, budget, copy), and the file's problems for the footer.
struct ScreenSettings {
  var loaded: LoadedSettings
  var terminal: TerminalOptions

  /// What the file set.
  var settings: Settings { loaded.settings }

  /// `state` with the file's keys, budget and copy switch (`--budget` over the file's), and its
  /// first problem as the footer's message. Call it last when opening: the message is what the
  /// footer shows first, as the screen opened with the defaults for those lines.
  func opening(_ state: AppState, budget: Int? = nil) -> AppState {
    var state = state.applying(loaded.settings).budgeted(budget)
    if let message = warningMessage { state.message = message }
    return state
  }

  /// The first problem of the file and how many more there are (listed by `wbr settings`);
  /// nil when the file is fine or absent.
  var warningMessage: StatusMessage? {
    guard let first = loaded.warnings.first else { return nil }
    let more =
      loaded.warnings.count > 1 ? " (and \(loaded.warnings.count - 1) more: `wbr settings`)" : ""
    return StatusMessage(kind: .error, text: "settings: \(first)\(more)")
  }
}
