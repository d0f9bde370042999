import Testing

@testable import WBRApp

@Suite struct SettingsParserTests {
  func parse(_ text: String) -> (settings: Settings, warnings: [SettingsWarning]) {
    SettingsParser.parse(text, path: "settings.toml")
  }

  @Test func printedDefaultsReadBackAsTheDefaults() {
    let (settings, warnings) = parse(SettingsDefaults.text)
    #expect(warnings == [])
    #expect(settings.budget == Settings.defaultBudgetMinutes)
    #expect(settings.colorScheme == ColorScheme.theme(.auto))
    #expect(settings.ascii == false && settings.newRecord == .deckFolder && settings.owners == nil)
    #expect(!settings.keys.isEmpty, "the defaults list the key bindings")
    let standard = KeyBindings.standard
    let read = settings.bindings
    let keys = Set(standard.bindings.flatMap(\.keys))
    for context in BindingContext.allCases {
      for key in keys {
        #expect(
          read.action(for: key, context: context) == standard.action(for: key, context: context),
          "\(key) in \(context)")
      }
    }
  }

  @Test func rebindingChangesOnlyThatScreenAndHelpFooterAndPaletteFollow() {
    let (settings, warnings) = parse("[keys.deck]\nquit = [\"Q\", \"Ctrl-Q\"]\nundo = \"U\"\n")
    #expect(warnings == [])
    let bindings = settings.bindings
    #expect(bindings.action(for: .char("Q"), context: .deck) == .quit)
    #expect(bindings.action(for: .ctrl("q"), context: .deck) == .quit)
    #expect(bindings.action(for: .char("q"), context: .deck) == nil)
    #expect(bindings.action(for: .char("q"), context: .drillDown) == .quit)
    let state = Fixtures.state(width: 100, height: 20).applying(settings)
    #expect(HelpLayout.lines(state).contains { $0.keys == "Q Ctrl-Q" && $0.help == "quit" })
    #expect(!HelpLayout.lines(state).contains { $0.keys == "q" })
    #expect(
      PaletteLayout.matches(state, PaletteState()).contains { $0.keys == "Q Ctrl-Q" && $0.action == .quit })
    var buffer = ScreenBuffer(size: Size(width: 100, height: 1))
    FooterView.draw(state, in: Rect(x: 0, y: 0, width: 100, height: 1), on: &buffer)
    // The deck's footer hints what the lead needs now (quit is in help): a rebound key in it follows.
    #expect(buffer.textLines()[0].contains("U undo"))
    #expect(!buffer.textLines()[0].contains("u undo"))
  }

  @Test func ctrlCStillQuitsWhenQuitIsRebound() {
    let (settings, warnings) = parse("[keys.deck]\nquit = \"Q\"\n[keys.help]\nquit = \"Z\"\n")
    #expect(warnings == [])
    for context in [BindingContext.deck, .help] {
      #expect(settings.bindings.action(for: .ctrl("c"), context: context) == .quit)
    }
    let (_, taken) = parse("[keys.deck]\nopen = \"Ctrl-C\"\n")
    #expect(
      taken.map(\.description) == [
        "settings.toml:2: binding refused: Ctrl-C is already bound to quit on the deck screen"
      ])
    let (same, none) = parse("[keys.deck]\nnext_anomaly = [\"n\", \"Tab\"]\n")
    #expect(none == [])
    let state = Fixtures.state(width: 100, height: 20).applying(same)
    var buffer = ScreenBuffer(size: Size(width: 100, height: 1))
    FooterView.draw(state, in: Rect(x: 0, y: 0, width: 100, height: 1), on: &buffer)
    #expect(buffer.textLines()[0].hasPrefix("n next anomaly"), "the same keys keep the footer's n")
  }

  @Test func aKeyAlreadyDoingSomethingElseIsRefusedWithItsLine() {
    let (settings, warnings) = parse("# mine\n[keys.deck]\nquit = \"j\"\n")
    #expect(
      warnings.map(\.description) == [
        "settings.toml:3: binding refused: j is already bound to down on the deck screen"
      ])
    #expect(settings.keys == [])
    #expect(settings.bindings.action(for: .char("j"), context: .deck) == .move(1))
  }

  @Test func aKeyBoundTwiceInTheFileIsRefusedTheSecondTime() {
    let (settings, warnings) = parse("[keys.deck]\nquit = \"Q\"\nexport = [\"X\", \"Q\"]\n")
    #expect(
      warnings.map(\.description) == [
        "settings.toml:3: binding refused: Q is already bound to quit (line 2) on the deck screen"
      ])
    #expect(settings.bindings.action(for: .char("Q"), context: .deck) == .quit)
    #expect(settings.bindings.action(for: .char("x"), context: .deck) == .record(.export))
  }

  @Test func swappingTwoKeysIsAllowed() {
    let (settings, warnings) = parse("[keys.deck]\nopen = \"o\"\nowner_picker = [\"Enter\"]\n")
    #expect(warnings == [])
    #expect(settings.bindings.action(for: .char("o"), context: .deck) == .open)
    #expect(settings.bindings.action(for: .enter, context: .deck) == .show(.ownerPicker))
  }

  @Test func unknownScreensActionsAndKeysAreLocated() {
    let text = """
      [keys.deck]
      fly = "f"
      open = "Hyper-X"
      submit = "s"
      [keys.lobby]
      quit = "q"
      """
    let messages = parse(text).warnings.map(\.description)
    #expect(messages.count == 4)
    #expect(messages.contains { $0.hasPrefix("settings.toml:2: unknown action fly") })
    #expect(messages.contains { $0.hasPrefix("settings.toml:3: unknown key \"Hyper-X\" for open") })
    #expect(
      messages.contains {
        $0 == "settings.toml:4: binding refused: submit is not an action of the deck screen"
      })
    #expect(messages.contains { $0.hasPrefix("settings.toml:5: unknown screen lobby") })
  }

  @Test func badTOMLGivesTheDefaultsAndItsLine() {
    let (settings, warnings) = parse("[meeting]\nbudget_minutes = 45\n[colors\ntheme = \"dark\"\n")
    #expect(settings == Settings())
    #expect(warnings.count == 1)
    #expect(warnings.first?.line == 3)
    #expect(warnings.first?.description.hasPrefix("settings.toml:3:") == true)
    #expect(warnings.first?.description.hasSuffix("using the default settings") == true)
  }

  @Test func coloursAndThemes() {
    let (settings, warnings) = parse(
      "[colors]\ntheme = \"light\"\ngood = \"cyan\"\nbad = 196\nwarn = \"mauve\"\naccent = 300\nsparkle = \"red\"\n"
    )
    #expect(settings.theme == .light)
    var expected = ColorScheme.theme(.light)
    expected.colors[.good] = .ansi(6)
    expected.colors[.bad] = .indexed(196)
    #expect(settings.colorScheme == expected)
    #expect(warnings.map(\.line) == [5, 6, 7])
    #expect(warnings[0].message.hasPrefix("unknown colour \"mauve\" for warn"))
    #expect(
      parse("[colors]\ntheme = \"sepia\"\n").warnings.map(\.description) == [
        "settings.toml:2: unknown theme \"sepia\" (expected auto, dark or light)"
      ])
  }

  @Test func meetingRecordAndDisplay() {
    let text = """
      [meeting]
      owners = "team/owners.json"
      budget_minutes = 90
      [record]
      new_record = "parent-folder"
      [display]
      ascii = true
      """
    let (settings, warnings) = parse(text)
    #expect(warnings == [])
    #expect(settings.owners == "team/owners.json")
    #expect(settings.budget == 90)
    #expect(settings.newRecord == .parentFolder)
    #expect(settings.ascii == true)
    let state = Fixtures.state().applying(settings)
    #expect(state.budgetMinutes == 90)
  }

  @Test func valuesOfTheWrongKindAndUnknownKeysAreLocated() {
    let text = """
      colour = "red"
      [meeting]
      budget_minutes = "an hour"
      [display]
      ascii = "yes"
      sparkles = false
      [record]
      new_record = "home"
      """
    let (settings, warnings) = parse(text)
    #expect(settings == Settings())
    #expect(warnings.map(\.line) == [1, 3, 5, 6, 8])
    #expect(warnings[0].message.hasPrefix("unknown setting colour"))
  }

  @Test func keyNames() {
    #expect(SettingsNames.key(named: "q") == .char("q"))
    #expect(SettingsNames.key(named: "Ctrl-R") == .ctrl("r"))
    #expect(SettingsNames.key(named: "pgdn") == .pageDown)
    #expect(SettingsNames.key(named: "F10") == .function(10))
    #expect(SettingsNames.key(named: "Space") == .char(" "))
    #expect(SettingsNames.key(named: " ") == nil)
    #expect(SettingsNames.key(named: "Ctrl-") == nil)
    #expect(SettingsNames.key(named: "F99") == nil)
  }

  /// A key the lead can press is a key the settings file can move: every action of the key
  /// table but typing (line editing, the filter's text) has a name.
  @Test func everyBoundActionHasASettingsName() {
    let unnamed = KeyBindings.standard.bindings.map(\.action).filter { action in
      if case .edit = action { return false }
      return SettingsNames.name(of: action) == nil
    }
    #expect(unnamed.isEmpty, "no settings name for \(unnamed)")
  }
}
