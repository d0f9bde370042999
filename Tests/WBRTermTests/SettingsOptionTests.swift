import Foundation
import Testing
import WBRApp

@testable import WBRTerm

/// The settings file meeting the flags and the environment: NO_COLOR and --no-color win over
/// its colours, it may force ASCII but never Unicode, --owners wins over its owners file.
@Suite struct SettingsOptionTests {
  func settings(_ text: String) -> Settings { SettingsParser.parse(text, path: "s.toml").settings }

  @Test func noColorWinsAndASCIIIsOnlyForced() {
    let dark = settings("[colors]\ntheme = \"dark\"\n[display]\nascii = true\n")
    let options = TerminalOptions.resolve(
      asciiFlag: false, noColorFlag: false, environment: [:], settings: dark)
    #expect(options.ascii && options.color && options.scheme == .theme(.dark))
    #expect(
      !TerminalOptions.resolve(
        asciiFlag: false, noColorFlag: false, environment: ["NO_COLOR": "1"], settings: dark
      ).color)
    #expect(
      !TerminalOptions.resolve(asciiFlag: false, noColorFlag: true, environment: [:], settings: dark).color)
    let unicode = settings("[display]\nascii = false\n")
    #expect(
      TerminalOptions.resolve(asciiFlag: true, noColorFlag: false, environment: [:], settings: unicode).ascii)
  }

  @Test func ownersFlagWinsOverTheSettingsFile() throws {
    let folder = FileManager.default.temporaryDirectory.path + "/wbr-settings-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/settings.toml"
    try Data("[meeting]\nowners = \"team.json\"\n[meeting.x]\n".utf8).write(to: URL(fileURLWithPath: path))
    let option = try SettingsOption.parse(["--settings", path])
    let loaded = option.load(environment: [:])
    #expect(loaded.owners(flag: nil) == "team.json")
    #expect(loaded.owners(flag: "mine.json") == "mine.json")
    #expect(loaded.warnings == ["\(path):3: unknown setting meeting.x (expected owners or budget_minutes)"])
    let none = try SettingsOption.parse([]).load(environment: ["HOME": folder])
    #expect(none.path == nil && none.warnings.isEmpty && none.owners(flag: nil) == nil)
  }
}
