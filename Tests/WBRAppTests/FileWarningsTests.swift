import Testing
import WBRModel

@testable import WBRApp

/// File warnings are a header mark, and `!` lists them in the meeting (a lead cannot run
/// `wbr check` mid-meeting).
@Suite struct FileWarningsTests {
  private func state(warnings: [Diagnostic]) -> AppState {
    let content = MeetingContent(
      deck: Fixtures.deck, owners: Fixtures.owners, warnings: warnings, deckPath: "retail.json")
    return AppState(content: content, size: Size(width: 120, height: 20))
  }

  @Test func theHeaderMarksThemAndBangListsThem() throws {
    let warning = Diagnostic(
      .journalBadLine, file: "retail.json", line: 12, column: 3, path: "metrics[2].weekly",
      message: "a week given twice")
    var s = state(warnings: [warning])
    #expect(RootView.render(s, size: s.size).textLines()[0].contains("! 1 warning"))
    s = Fixtures.apply([.show(.warnings)], to: s)
    #expect(s.bindingContext == .help)
    let screen = RootView.render(s, size: s.size).textLines().joined(separator: "\n")
    #expect(screen.contains("Warnings in the files"))
    #expect(screen.contains("a week given twice"))
    #expect(KeyBindings.standard.action(for: .char("!"), context: .deck) == .show(.warnings))
    s = Fixtures.apply([.back], to: s)
    #expect(s.overlay == nil)
  }

  @Test func withoutWarningsThereIsNoMarkAndTheListSaysSo() {
    var s = state(warnings: [])
    #expect(!RootView.render(s, size: s.size).textLines()[0].contains("warning"))
    s = Fixtures.apply([.show(.warnings)], to: s)
    #expect(HelpLayout.lines(s).map(\.help) == ["No warnings in the files"])
  }
}
