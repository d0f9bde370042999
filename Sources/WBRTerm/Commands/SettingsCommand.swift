import ArgumentParser
import WBRApp

/// `wbr settings`: shows which settings file is read and what is wrong in it, or prints a
/// complete commented file of the defaults to start one from.
struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings", abstract: "Check the settings file, or print one with the defaults.",
    discussion: """
      The settings file (TOML) is --settings, else $WBR_SETTINGS, else \
      $XDG_CONFIG_HOME/wbr/settings.toml, else ~/.config/wbr/settings.toml. It sets key \
      bindings per screen, colours and a light or dark theme, ASCII mode, the default owners \
      file for meet, prep, gaps, check, report and publish, the meeting budget and where a new meeting \
      record is created. A flag, the environment or the deck wins over it. Mistakes are \
      reported with their line and the defaults used: the meeting still opens. Exit status: \
      0 the file is fine or absent; 65 it has problems (each listed on standard error).
      """)

  @Flag(help: "Print a complete settings file, commented, with every default, and exit.")
  var printDefaults = false
  @OptionGroup var settings: SettingsOption

  func run() throws {
    if printDefaults {
      try Console.write(SettingsDefaults.text)
      return
    }
    let loaded = settings.load()
    for warning in loaded.warnings { Console.error(warning) }
    guard let path = loaded.path else {
      try Console.write("wbr settings: no settings file; the defaults apply\n")
      return
    }
    if !loaded.warnings.isEmpty {
      let n = loaded.warnings.count
      Console.error(
        "wbr settings: \(path): \(n) problem\(n == 1 ? "" : "s"); the defaults apply to those lines")
      throw ExitCode(65)
    }
    try Console.write("wbr settings: \(path): no problems\n")
  }
}
