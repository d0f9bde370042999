import Testing
import WBRModel

@testable import WBRApp

/// The mouse (issue #17): a click selects the row under it (rows from the layout the views
/// draw with), a double click opens, the wheel moves through lists and scrolls the drill-down;
/// clicks on headings, outside lists and in dialogs do nothing.
@Suite struct MouseTests {
  let state = Fixtures.state(width: 100, height: 20)

  func click(_ s: AppState, y: Int, double: Bool = false) -> AppState {
    let key = Key.mouse(MouseEvent(double ? .doubleClick : .click, x: 10, y: y))
    guard let action = s.bindings.action(for: key, in: s) else { return s }
    return AppUpdate.update(s, action).0
  }

  /// The screen row of the deck list's line `line` (header and column headings above it).
  func y(ofLine line: Int, _ s: AppState) -> Int { 2 + line - s.deckList.scroll }

  @Test func aClickSelectsTheMetricUnderIt() throws {
    let lines = state.deckList.lines
    let target = try #require(
      lines.indices.last { if case .metric = lines[$0] { return true } else { return false } })
    guard case .metric(let position) = lines[target] else { return }
    let after = click(state, y: y(ofLine: target, state))
    #expect(after.deckList.selected == position)
    #expect(after.screen == .deck)
    let heading = try #require(
      lines.firstIndex { if case .heading = $0 { return true } else { return false } })
    let unchanged = click(after, y: y(ofLine: heading, after))
    #expect(unchanged.deckList.selected == position, "a heading is not a row")
    #expect(click(after, y: 0).deckList.selected == position, "the header is not a row")
  }

  @Test func aDoubleClickOpensTheMetric() throws {
    let lines = state.deckList.lines
    let target = try #require(lines.firstIndex { if case .metric = $0 { return true } else { return false } })
    guard case .metric(let position) = lines[target] else { return }
    let after = click(state, y: y(ofLine: target, state), double: true)
    #expect(after.screen == .drillDown(metric: state.deckList.rows[position]))
  }

  @Test func theWheelMovesAndScrolls() {
    let down = AppUpdate.update(state, .habit(.mouse(MouseEvent(.wheelDown, x: 0, y: 5)))).0
    #expect(down.deckList.selected == MouseUpdate.wheelRows)
    let up = AppUpdate.update(down, .habit(.mouse(MouseEvent(.wheelUp, x: 0, y: 5)))).0
    #expect(up.deckList.selected == 0)
    let drill = Fixtures.apply([.open], to: Fixtures.state(width: 80, height: 12))
    let scrolled = AppUpdate.update(drill, .habit(.mouse(MouseEvent(.wheelDown, x: 0, y: 5)))).0
    #expect(
      scrolled.drillDownScroll == min(MouseUpdate.wheelRows, DrillDownLayout.maxScroll(drill, metric: 0)))
    #expect(scrolled.drillDownScroll > 0)
  }

  @Test func theOwnerPickerTakesClicks() throws {
    let picker = Fixtures.apply([.show(.ownerPicker)], to: state)
    guard case .ownerPicker(let p) = picker.overlay else {
      Issue.record("no picker")
      return
    }
    let owners = p.matches(in: picker.content)
    #expect(owners.count >= 2)
    let rows = OwnerPickerLayout.rows(in: MeetingLayout.frame(for: picker.size).body)
    let second = click(picker, y: rows.y + 1)
    guard case .ownerPicker(let chosen) = second.overlay else {
      Issue.record("the picker closed on a click")
      return
    }
    #expect(chosen.selected == 1)
    let opened = click(second, y: rows.y + 1, double: true)
    #expect(opened.overlay == nil)
    #expect(opened.deckList.owner == owners[1].id)
  }

  @Test func theOutcomeMenuTakesClicks() throws {
    let s = Fixtures.apply([.nextAnomaly, .record(.outcome)], to: state)
    guard case .record(.outcomeMenu(let menu)) = s.overlay else {
      Issue.record("no outcome menu")
      return
    }
    let first = OutcomeMenuLayout.firstOption(menu, in: MeetingLayout.frame(for: s.size).body)
    let screen = RootView.render(s, size: s.size).textLines()
    for (i, option) in menu.options.enumerated() {
      #expect(
        screen[first.y + i].contains(option.label), "the layout's row \(first.y + i) is \(option.label)")
    }
    let second = click(s, y: first.y + 1)
    guard case .record(.outcomeMenu(let chosen)) = second.overlay else {
      Issue.record("the menu closed on a click")
      return
    }
    #expect(chosen.selected == 1)
    let taken = AppUpdate.update(second, .habit(.mouse(MouseEvent(.doubleClick, x: first.x, y: first.y)))).0
    guard case .record(.text(let dialog)) = taken.overlay else {
      Issue.record("a double click did not take the option")
      return
    }
    #expect(dialog.title.hasPrefix("\(menu.options[0].label): "))
  }

  @Test func thePaletteTakesClicks() throws {
    let s = Fixtures.apply([.show(.palette)], to: state)
    guard case .palette(let palette) = s.overlay else {
      Issue.record("no palette")
      return
    }
    let commands = PaletteLayout.matches(s, palette)
    #expect(commands.count >= 3)
    let rows = PaletteLayout.rows(in: MeetingLayout.frame(for: s.size).body)
    let screen = RootView.render(s, size: s.size).textLines()
    #expect(screen[rows.y + 2].contains(commands[2].help), "the layout's row \(rows.y + 2)")
    let third = click(s, y: rows.y + 2)
    guard case .palette(let chosen) = third.overlay else {
      Issue.record("the palette closed on a click")
      return
    }
    #expect(chosen.selected == 2)
    #expect(click(third, y: rows.maxY + 1).overlay == third.overlay, "below the list is not a row")
    let ran = click(third, y: rows.y + 2, double: true)
    #expect(ran.overlay != third.overlay)
    #expect(ran == AppUpdate.update(third, .submit).0, "a double click runs the command as Enter does")
  }

  @Test func theCommitmentsScreenTakesClicks() {
    var s = Fixtures.apply([.showCommitments], to: state)
    for event in RecordEvents.earlier { s.meeting.record = s.meeting.record.applying(event) }
    let rows = CommitmentRows.rows(s)
    let items = CommitmentRows.selectable(rows)
    #expect(items.count >= 2)
    let list = CommitmentsLayout.list(in: MeetingLayout.frame(for: s.size).body)
    let after = click(s, y: list.y + items[1])
    #expect(after.meeting.commitmentCursor == 1)
    #expect(CopyText.selection(after)?.text.hasPrefix(rows[items[1]].commitment?.text ?? "?") == true)
  }

  @Test func dialogsAndTypingIgnoreTheWheel() {
    let typing = Fixtures.apply([.startFilter], to: state)
    let key = Key.mouse(MouseEvent(.click, x: 3, y: 4))
    #expect(typing.bindings.action(for: key, in: typing) == .habit(.mouse(MouseEvent(.click, x: 3, y: 4))))
    #expect(
      AppUpdate.update(typing, .habit(.mouse(MouseEvent(.click, x: 3, y: 4)))).0.deckList == typing.deckList)
  }
}
