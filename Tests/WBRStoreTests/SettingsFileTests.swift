import Foundation
import Testing
import WBRModel
import WBRStore

/// Where the settings file is (flag > environment > XDG > ~/.config), and reading it: a
/// missing default file is no settings; a named one that is missing or unreadable is a problem.
@Suite struct SettingsFileTests {
  typealias F = StoreFixture

  @Test func precedence() {
    let env = ["WBR_SETTINGS": "/env.toml", "XDG_CONFIG_HOME": "/xdg", "HOME": "/home/ana"]
    #expect(
      SettingsFile.locate(flag: "/flag.toml", environment: env)
        == SettingsFile(path: "/flag.toml", named: true))
    #expect(SettingsFile.locate(flag: nil, environment: env) == SettingsFile(path: "/env.toml", named: true))
    var rest = env
    rest["WBR_SETTINGS"] = ""
    #expect(SettingsFile.locate(flag: nil, environment: rest)?.path == "/xdg/wbr/settings.toml")
    rest["XDG_CONFIG_HOME"] = "relative"
    #expect(SettingsFile.locate(flag: nil, environment: rest)?.path == "/home/ana/.config/wbr/settings.toml")
    #expect(SettingsFile.locate(flag: nil, environment: [:]) == nil)
  }

  @Test func reading() throws {
    let folder = try F.tempFolder()
    let path = folder + "/settings.toml"
    #expect(SettingsFile(path: path, named: false).read() == .absent)
    guard case .problem(let message) = SettingsFile(path: path, named: true).read() else {
      Issue.record("a named file that is missing is a problem")
      return
    }
    #expect(message.contains(path) && message.hasSuffix("using the default settings"))
    try F.write("[meeting]\nbudget_minutes = 30\n", to: path)
    #expect(SettingsFile(path: path, named: false).read() == .text("[meeting]\nbudget_minutes = 30\n"))
    try Data([0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
    #expect(
      SettingsFile(path: path, named: false).read()
        == .problem("\(path): not UTF-8 text; using the default settings"))
  }

  @Test func aNewRecordInTheParentFolder() throws {
    let folder = try F.tempFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/series/2026-W47", withIntermediateDirectories: true)
    let deck = folder + "/series/2026-W47/deck.json"
    let env = ["HOME": folder]
    #expect(
      RecordDiscovery.locate(option: nil, environment: env, deckPath: deck).path
        == folder + "/series/2026-W47/wbr-journal.jsonl")
    let parent = RecordDiscovery.locate(option: nil, environment: env, deckPath: deck, newInParent: true)
    #expect(parent.path == folder + "/series/wbr-journal.jsonl")
    #expect(parent.isNew)
  }
}
