import ArgumentParser
import Foundation
import WBRApp
import WBRStore

/// `--settings FILE`, shared by the commands that read the settings file (meet, prep,
/// gaps, check, report, publish), and the reading itself: a file with mistakes gives the defaults for
/// those lines and located warnings, never a refusal.
struct SettingsOption: ParsableArguments {
  @Option(
    name: .customLong("settings"),
    help: "The settings file (TOML; default: $WBR_SETTINGS, else $XDG_CONFIG_HOME/wbr/settings.toml).")
  var path: String?

  /// The settings and what was wrong with them, as lines for standard error or the footer.
  func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> LoadedSettings {
    guard let file = SettingsFile.locate(flag: path, environment: environment) else {
      return LoadedSettings()
    }
    switch file.read() {
    case .absent: return LoadedSettings()
    case .problem(let message): return LoadedSettings(path: file.path, warnings: [message])
    case .text(let text):
      let (settings, warnings) = SettingsParser.parse(text, path: file.path)
      return LoadedSettings(settings: settings, path: file.path, warnings: warnings.map(\.description))
    }
  }
}

extension SettingsOption {
  /// `load()`, with each problem on standard error as a warning of `wbr COMMAND` (the
  /// command goes on with the defaults for those lines; its exit status is its own).
  func loadReporting(command: String) -> LoadedSettings {
    let loaded = load()
    loaded.report(command: command)
    return loaded
  }
}

/// The settings in effect and the file they came from.
struct LoadedSettings {
  var settings = Settings()
  var path: String?
  var warnings: [String] = []

  /// `--owners`, else the settings file's owners (flag > settings > none).
  func owners(flag: String?) -> String? { flag ?? settings.owners }

  /// Each problem on standard error as a warning of `wbr COMMAND`, for a command without a
  /// screen (a screen shows them in its footer: `ScreenSettings.opening`).
  func report(command: String) {
    for warning in warnings { Console.error("wbr \(command): settings: \(warning)") }
  }
}
