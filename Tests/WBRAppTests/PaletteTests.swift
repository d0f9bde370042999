import Testing
import WBRTestSupport

@testable import WBRApp

/// The command palette (`:`): its commands come from the key table of the screen underneath,
/// typing narrows them (in order or fuzzily), Enter runs the chosen one, Esc runs nothing.
@Suite struct PaletteTests {
  private func palette(_ s: AppState) -> PaletteState? {
    if case .palette(let p) = s.overlay { return p }
    return nil
  }

  private func keys(_ key: Key, _ s: AppState) -> AppState {
    guard let action = KeyBindings.standard.action(for: key, in: s) else { return s }
    return AppUpdate.update(s, action).0
  }

  @Test func colonOpensItOnEveryScreenAndLettersTypeTheQuery() throws {
    var s = keys(.char(":"), Fixtures.state())
    #expect(palette(s) != nil)
    s = keys(.char("j"), s)
    s = keys(.char("q"), s)
    #expect(palette(s)?.query.text == "jq")
    let drill = keys(.char(":"), Fixtures.apply([.open], to: Fixtures.state()))
    #expect(palette(drill) != nil)
  }

  @Test func listsTheScreensKeysWithTheirKeysButNotItself() throws {
    let s = Fixtures.apply([.show(.palette)], to: Fixtures.state())
    let commands = PaletteLayout.matches(s, try #require(palette(s)))
    #expect(commands.contains { $0.help == "next anomaly" && $0.keys.hasPrefix("n") })
    #expect(!commands.contains { $0.action == .show(.palette) })
    // Every binding help lists for the deck, but `:` itself.
    #expect(commands.count == KeyBindings.standard.help(for: .deck).count - 1)
  }

  @Test func typingNarrowsExactMatchesFirstThenFuzzy() throws {
    let s = Fixtures.apply([.show(.palette), .edit(.insert("nxt anom"))], to: Fixtures.state())
    let commands = PaletteLayout.matches(s, try #require(palette(s)))
    #expect(commands.first?.help == "next anomaly")
    #expect(!commands.contains { $0.help == "quit" })
    let exact = Fixtures.apply([.show(.palette), .edit(.insert("help"))], to: Fixtures.state())
    #expect(PaletteLayout.matches(exact, try #require(palette(exact))).first?.help == "this help")
    #expect(PaletteLayout.inOrder(Array("nxa".utf8), in: Array("next anomaly".utf8)))
    #expect(!PaletteLayout.inOrder(Array("axn".utf8), in: Array("next anomaly".utf8)))
  }

  @Test func enterRunsTheChosenCommandAsItsKeyWould() {
    let base = Fixtures.state()
    let viaPalette = Fixtures.apply([.show(.palette), .edit(.insert("next anomaly")), .submit], to: base)
    let viaKey = Fixtures.apply([.nextAnomaly], to: base)
    #expect(viaPalette.overlay == nil)
    #expect(viaPalette.deckList.selectedMetric == viaKey.deckList.selectedMetric)
    #expect(viaPalette.deckList.selectedMetric != base.deckList.selectedMetric)
    let help = Fixtures.apply([.show(.palette), .edit(.insert("this help")), .submit], to: base)
    #expect(help.overlay == .help(scroll: 0))
    let (_, effects) = AppUpdate.update(
      Fixtures.apply([.show(.palette), .edit(.insert("quit"))], to: base), .submit)
    #expect(effects == [.exit(status: 0)])
  }

  @Test func escapeAndNoMatchRunNothing() {
    let base = Fixtures.state()
    let closed = Fixtures.apply([.show(.palette), .move(2), .cancel], to: base)
    #expect(closed.overlay == nil)
    #expect(closed.deckList.selectedMetric == base.deckList.selectedMetric)
    let none = Fixtures.apply([.show(.palette), .edit(.insert("zzzzqqq"))], to: base)
    let (after, effects) = AppUpdate.update(none, .submit)
    #expect(effects == [.bell])
    #expect(palette(after) != nil)
  }

  @Test func goldenScreens() {
    let open = Fixtures.apply([.show(.palette)], to: Fixtures.state(width: 80, height: 20))
    assertGolden(RootView.render(open, size: open.size).snapshot, named: "palette-80x20")
    let typed = Fixtures.apply(
      [.show(.palette), .edit(.insert("anom")), .move(1)],
      to: Fixtures.state(width: 60, height: 12, ascii: true))
    assertGolden(RootView.render(typed, size: typed.size).snapshot, named: "palette-typed-ascii-60x12")
  }
}
