import Testing
import WBRModel

@testable import WBRApp

/// `y` (issue #17): what each screen copies, the effect that sends it, the footer's words for
/// every outcome (sent, dropped by tmux, not sent), and the settings' switch.
@Suite struct CopyTests {
  let state = Fixtures.state(width: 100, height: 24)

  func copyEffect(_ state: AppState) -> (text: String, what: String)? {
    let (_, effects) = AppUpdate.update(state, .habit(.copy))
    guard case .copy(let text, let what)? = effects.first else { return nil }
    return (text, what)
  }

  @Test func yIsBoundOnEveryScreen() {
    for context in BindingContext.screens {
      #expect(KeyBindings.standard.action(for: .char("y"), context: context) == .habit(.copy))
    }
  }

  @Test func theDeckCopiesTheSelectedMetricsSummaryLine() throws {
    let metric = try #require(state.deckList.selectedMetric)
    let copy = try #require(copyEffect(state))
    #expect(copy.what == "the metric's summary line")
    let name = state.content.deck.metrics[metric].name
    #expect(copy.text.hasPrefix(name + ": "))
    #expect(copy.text.contains(" · WoW ") && copy.text.contains(" · YoY "))
    #expect(!copy.text.contains("\n"))
  }

  @Test func theDrillDownCopiesItsSummaryAsMarkdown() throws {
    let open = Fixtures.apply([.open], to: state)
    let copy = try #require(copyEffect(open))
    #expect(copy.what == "the metric's summary as Markdown")
    let lines = copy.text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix("**") && lines[0].contains("(week ending "))
    #expect(lines[2].hasPrefix("| ") && lines[2].hasSuffix(" |"))
    #expect(lines[3].hasPrefix("| --- | ---: |"))
    #expect(lines.count > 5)
  }

  @Test func theCommitmentsScreenCopiesTheCommitment() throws {
    var s = Fixtures.apply([.showCommitments], to: state)
    #expect(AppUpdate.update(s, .habit(.copy)).1 == [])
    let (after, _) = AppUpdate.update(s, .habit(.copy))
    #expect(after.message?.text == "Nothing selected to copy")
    let week = s.meeting.week
    s.meeting.record = s.meeting.record.applying(
      RecordEvents.add("c1", "Fix | the timeout", owner: nil, week: week, metric: "orders"))
    let copy = try #require(copyEffect(s))
    #expect(copy.what == "the commitment")
    #expect(copy.text == "Fix | the timeout (due \(week.adding(days: 7)), metric orders)")
  }

  @Test func theFooterSaysWhatWasSent() {
    let backend = ScriptedBackend(size: Size(width: 100, height: 24), steps: [])
    let runner = EffectRunner(screen: backend, files: NoMeetingFiles())
    backend.clipboardOutcome = .sent(characters: 12)
    let answer = runner.perform(.copy(text: "Orders: 1.2K", what: "the metric's summary line"), in: state)
    #expect(backend.copied == ["Orders: 1.2K"])
    guard case .next(let actions) = answer, let action = actions.first else {
      Issue.record("no answer")
      return
    }
    let (after, _) = AppUpdate.update(state, action)
    #expect(
      after.message?.text
        == "Sent the metric's summary line (12 characters) to the terminal's clipboard (OSC 52)")
    let dropped = AppUpdate.update(
      state, .habit(.copied(what: "the commitment", .droppedByTmux(setting: "off")))
    ).0
    #expect(dropped.message?.kind == .error)
    #expect(dropped.message?.text.contains("tmux's set-clipboard is off") == true)
    let failed = AppUpdate.update(state, .habit(.copied(what: "x", .notSent("Broken pipe")))).0
    #expect(failed.message?.text == "Not copied: Broken pipe")
  }

  @Test func copyOffInTheSettings() {
    let settings = SettingsParser.parse("[display]\ncopy = false\n", path: "s.toml")
    #expect(settings.warnings == [])
    let off = state.applying(settings.settings)
    let (after, effects) = AppUpdate.update(off, .habit(.copy))
    #expect(effects == [])
    #expect(after.message?.text == "Copy is off in the settings ([display] copy = false)")
  }
}
