import ArgumentParser
import Foundation
import Testing
import WBRApp
import WBRModel

@testable import WBRTerm

/// Every command that opens the meeting screen (meet, meet --follow, prep) reads the settings
/// file one way: the same terminal options (glyphs, theme, mouse), the same keys, budget and
/// footer warning on the state, and prep takes its owners file and new-record place from it.
@Suite struct ScreenOptionsTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A settings file in a folder of its own; its path.
  func settingsFile(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.path + "/wbr-screen-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/settings.toml"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The sample deck's meeting state before any settings.
  func sampleState() throws -> AppState {
    let bytes = try Data(contentsOf: Self.root.appendingPathComponent("sample-data/retail-deck.json"))
    let loaded = try DeckLoader.load(deckBytes: Array(bytes), deckName: "retail-deck.json")
    return AppState(content: MeetingContent(deck: loaded.deck), size: Size(width: 100, height: 30))
  }

  static let projector = """
    [colors]
    theme = "light"
    [display]
    ascii = true
    mouse = false
    [keys.deck]
    quit = ["Q"]
    [meeting]
    owners = "team-owners.json"
    budget_minutes = 45
    [record]
    new_record = "parent-folder"
    """

  @Test func meetFollowAndPrepOpenTheScreenAlike() throws {
    let path = try settingsFile(Self.projector)
    let meet = try MeetCommand.parse(["deck.json", "--settings", path]).screen.load(environment: [:])
    let follow = try MeetCommand.parse(["deck.json", "--follow", "--settings", path]).screen.load(
      environment: [:])
    let prep = try PrepCommand.parse(["deck.json", "--owner", "zoe", "--settings", path]).screen.load(
      environment: [:])
    #expect(meet.terminal == TerminalOptions(ascii: true, color: true, scheme: .theme(.light), mouse: false))
    #expect(follow.terminal == meet.terminal)
    #expect(prep.terminal == meet.terminal)
    let expected = SettingsParser.parse(Self.projector, path: path).settings
    #expect(prep.settings == expected && follow.settings == expected)
    let state = try sampleState()
    for screen in [meet, follow, prep] {
      let opened = screen.opening(state)
      #expect(opened.bindings == expected.bindings && opened.bindings != KeyBindings.standard)
      #expect(opened.budgetMinutes == 45)
      #expect(opened.message == nil)
    }
    #expect(meet.opening(state, budget: 90).budgetMinutes == 90)
  }

  @Test func theFlagsAndTheEnvironmentWinOnEveryScreen() throws {
    let path = try settingsFile("[display]\nmouse = true\n[colors]\ntheme = \"dark\"\n")
    for arguments in [["deck.json"], ["deck.json", "--follow"]] {
      let meet = try MeetCommand.parse(arguments + ["--settings", path, "--ascii", "--no-mouse"])
      let options = meet.screen.load(environment: ["NO_COLOR": "1"]).terminal
      #expect(options == TerminalOptions(ascii: true, color: false, scheme: .theme(.dark), mouse: false))
    }
    let prep = try PrepCommand.parse(["deck.json", "--settings", path, "--ascii", "--no-mouse", "--no-color"])
    #expect(
      prep.screen.load(environment: [:]).terminal
        == TerminalOptions(ascii: true, color: false, scheme: .theme(.dark), mouse: false))
  }

  @Test func aBadFileIsTheSameFooterWarningOnEveryScreen() throws {
    let path = try settingsFile("[colors]\ngood = \"mauve\"\n[keys.deck]\nquit = [\"Q\"]\nnope = 1\n")
    let meet = try MeetCommand.parse(["deck.json", "--settings", path]).screen.load(environment: [:])
    let prep = try PrepCommand.parse(["deck.json", "--settings", path]).screen.load(environment: [:])
    let state = try sampleState()
    let text =
      "settings: \(path):2: unknown colour \"mauve\" for good (expected default, black, red, green, "
      + "yellow, blue, magenta, cyan, white or 0 to 255) (and 1 more: `wbr settings`)"
    #expect(meet.opening(state).message == StatusMessage(kind: .error, text: text))
    #expect(prep.opening(state).message == meet.opening(state).message)
    // The lines that were fine still apply.
    #expect(prep.opening(state).bindings != KeyBindings.standard)
  }

  @Test func noFileLeavesTheDefaults() throws {
    let folder = FileManager.default.temporaryDirectory.path + "/wbr-screen-none-" + UUID().uuidString
    let prep = try PrepCommand.parse(["deck.json"]).screen.load(environment: ["HOME": folder])
    #expect(prep.loaded.path == nil && prep.terminal == TerminalOptions())
    let state = try sampleState()
    #expect(prep.opening(state) == state.applying(Settings()))
    #expect(prep.opening(state).bindings == KeyBindings.standard)
  }

  @Test func prepTakesItsOwnersFromTheSettingsUnlessGiven() throws {
    let path = try settingsFile(Self.projector)
    let prep = try PrepCommand.parse(["deck.json", "--settings", path])
    #expect(prep.screen.load(environment: [:]).loaded.owners(flag: prep.owners) == "team-owners.json")
    let given = try PrepCommand.parse(["deck.json", "--settings", path, "--owners", "mine.json"])
    #expect(given.screen.load(environment: [:]).loaded.owners(flag: given.owners) == "mine.json")
    let gaps = try GapsCommand.parse(["deck.json", "--settings", path])
    #expect(gaps.settingsFile.load(environment: [:]).owners(flag: gaps.owners) == "team-owners.json")
  }
}
