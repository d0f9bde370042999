import Testing

@testable import WBRApp

@Suite struct KeyBindingsTests {
  let table = KeyBindings.standard

  @Test func noKeyIsBoundTwiceInOneContext() {
    for context in BindingContext.allCases {
      var seen: [Key: String] = [:]
      for binding in table.bindings where binding.contexts.contains(context) {
        for key in binding.keys {
          #expect(
            seen[key] == nil, "\(key) bound to '\(seen[key] ?? "")' and '\(binding.help)' in \(context)")
          seen[key] = binding.help
        }
      }
    }
  }

  @Test func everyContextHasAWayOut() {
    for context in BindingContext.allCases {
      let actions = table.bindings.filter { $0.contexts.contains(context) }.map(\.action)
      #expect(actions.contains(.quit), "no quit in \(context)")
      #expect(
        actions.contains(.quit)
          && (actions.contains(.back) || actions.contains(.cancel)
            || BindingContext.screens.contains(context))
      )
    }
  }

  @Test func textEntryTypesPlainKeys() {
    let typing = Fixtures.apply([.startFilter], to: Fixtures.state())
    #expect(table.action(for: .char("q"), in: typing) == .edit(.insert("q")))
    #expect(table.action(for: .paste("a b"), in: typing) == .edit(.insert("a b")))
    #expect(table.action(for: .enter, in: typing) == .submit)
    #expect(table.action(for: .ctrl("u"), in: typing) == .edit(.deleteToStart))
    let browsing = Fixtures.state()
    #expect(table.action(for: .char("q"), in: browsing) == .quit)
    #expect(table.action(for: .char("z"), in: browsing) == nil)
    #expect(table.action(for: .paste("q"), in: browsing) == nil)
  }

  @Test func helpAndFooterComeFromTheTable() {
    let s = Fixtures.apply([.show(.help)], to: Fixtures.state())
    let help = HelpLayout.lines(s)
    #expect(help.contains { $0.keys == "q" && $0.help == "quit" })
    #expect(help.contains { $0.keys == "Enter → l" && $0.help == "open the metric" })
    // The keys, a blank line, "Marks", then the legend of the row's marks.
    #expect(help.count == table.help(for: .deck).count + 2 + DeckBadge.legend(ascii: false).count)
    let footer = table.footer(for: .deck).map { $0.footerKeysLabel(ascii: false) + " " + ($0.footer ?? "") }
    #expect(
      footer == ["↑↓ move", "n next anomaly", "Enter open", "/ filter", "e outcome", "? help", "q quit"])
    #expect(table.footer(for: .deck)[0].footerKeysLabel(ascii: true) == "Up/Down")
  }

  @Test func mWalksToTheNextUnmarkedMetricOnTheDeckAndInTheDrillDown() {
    #expect(table.action(for: .char("m"), context: .deck) == .nextUnmarked)
    #expect(table.action(for: .char("m"), context: .drillDown) == .nextUnmarked)
    #expect(table.action(for: .char("m"), context: .commitments) == nil)
  }

  @Test func keyLabels() {
    #expect(Key.ctrl("c").label() == "Ctrl-C")
    #expect(Key.char(" ").label() == "Space")
    #expect(Key.pageDown.label() == "PgDn")
    #expect(Key.function(1).label() == "F1")
    #expect(Key.up.label(ascii: true) == "Up")
  }
}
