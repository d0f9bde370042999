import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// Live reload (issue #17): the header says the files changed, Ctrl-R reloads in place (the
/// record, the screen and the selected metric stay), a failure keeps the last good deck with
/// the reason, `--watch` reloads once a change stood still for one look.
@Suite struct ReloadTests {
  static func stamp(_ n: Int64) -> FileStamp {
    FileStamp(device: 1, inode: UInt64(n), size: n, modified: [Int(n), 0], changed: [Int(n), 0])
  }

  /// The fixture deck with the last week of orders changed and a metric added at the end.
  static var newContent: MeetingContent {
    var deck = Fixtures.deck
    deck.metrics[3].weekly[deck.metrics[3].weekly.count - 1].value = 999
    deck.metrics.append(
      Metric(id: "returns", name: "Returns", kind: .output, weekly: Fixtures.weekly(Fixtures.routine)))
    return MeetingContent(deck: deck, owners: Fixtures.owners, deckPath: "retail.json")
  }

  /// A source that answers as told.
  final class FakeSource: ContentSource {
    var now: [FileStamp?] = [ReloadTests.stamp(2)]
    var result: Result<MeetingContent, ContentReloadError> = .success(ReloadTests.newContent)
    func stamps() -> [FileStamp?] { now }
    func reload() -> Result<MeetingContent, ContentReloadError> { result }
  }

  func state(watch: Bool = false) -> AppState {
    var s = Fixtures.state(width: 100, height: 12)
    s.reload = ReloadState(loaded: [Self.stamp(1)], watch: watch)
    return s
  }

  @Test func theHeaderSaysTheFilesChanged() {
    let s = Fixtures.apply([.habit(.polled([Self.stamp(2)]))], to: state())
    #expect(s.reload.changedOnDisk)
    assertGolden(RootView.render(s, size: s.size).snapshot, named: "reload-changed-100x12")
    let back = Fixtures.apply([.habit(.polled([Self.stamp(1)]))], to: s)
    #expect(!back.reload.changedOnDisk)
  }

  @Test func ctrlRReloadsInPlace() throws {
    #expect(KeyBindings.standard.action(for: .ctrl("r"), context: .drillDown) == .habit(.reload))
    var s = Fixtures.apply([.move(2), .open], to: state())
    let before = try #require(s.deckList.selectedMetric)
    let id = s.content.deck.metrics[before].id
    s.meeting.record = s.meeting.record.applying(
      RecordEvents.event("e1", s.meeting.week, .reviewed(metric: "orders")))
    let (asked, effects) = AppUpdate.update(s, .habit(.reload))
    #expect(effects == [.reload])
    let runner = EffectRunner(screen: ScriptedBackend(size: s.size, steps: []), files: NoMeetingFiles())
    runner.source = FakeSource()
    guard case .next(let answers) = runner.perform(.reload, in: asked) else {
      Issue.record("no answer")
      return
    }
    let after = answers.reduce(asked) { AppUpdate.update($0, $1).0 }
    #expect(after.content.deck.metrics.count == 7)
    #expect(after.screen == .drillDown(metric: after.content.metricIndex[id] ?? -1))
    #expect(after.deckList.selectedMetric.map { after.content.deck.metrics[$0].id } == id)
    #expect(after.meeting.record == s.meeting.record)
    #expect(after.reload.loaded == [Self.stamp(2)] && !after.reload.changedOnDisk)
    #expect(after.message?.text == "Reloaded from disk: 7 metrics")
  }

  @Test func aFailedReloadKeepsTheLastGoodDeckWithTheReason() {
    let s = Fixtures.apply([.move(1)], to: state())
    let failed = Fixtures.apply(
      [.habit(.reloadFailed("retail.json:3:5: error: [json.syntax] expected ','", stamps: [Self.stamp(3)]))],
      to: s)
    #expect(failed.content == s.content && failed.deckList == s.deckList)
    #expect(failed.message?.kind == .error)
    #expect(failed.reload.failure == "retail.json:3:5: error: [json.syntax] expected ','")
    assertGolden(RootView.render(failed, size: failed.size).snapshot, named: "reload-failed-100x12")
    let fixed = Fixtures.apply([.habit(.reloaded(Self.newContent, stamps: [Self.stamp(4)]))], to: failed)
    #expect(fixed.reload.failure == nil && fixed.content.deck.metrics.count == 7)
  }

  @Test func anotherWeeksDeckIsNotTakenIn() {
    var deck = Fixtures.deck
    deck.weekEnding = deck.weekEnding.adding(days: 7)
    let other = MeetingContent(deck: deck, owners: Fixtures.owners)
    let s = Fixtures.apply([.habit(.reloaded(other, stamps: [Self.stamp(5)]))], to: state())
    #expect(s.content == Fixtures.content())
    #expect(s.reload.failure?.contains("week ending 2024-07-07") == true)
  }

  @Test func watchReloadsOnceAChangeStoodStill() {
    var s = state(watch: true)
    var effects: [Effect]
    (s, effects) = AppUpdate.update(s, .habit(.polled([Self.stamp(2)])))
    #expect(effects == [], "a change just seen may still be being written")
    (s, effects) = AppUpdate.update(s, .habit(.polled([Self.stamp(3)])))
    #expect(effects == [], "still changing")
    (s, effects) = AppUpdate.update(s, .habit(.polled([Self.stamp(3)])))
    #expect(effects == [.reload])
    let unwatched = Fixtures.apply([.habit(.polled([Self.stamp(2)]))], to: state())
    #expect(AppUpdate.update(unwatched, .habit(.polled([Self.stamp(2)]))).1 == [])
    let typing = Fixtures.apply([.startFilter, .habit(.polled([Self.stamp(2)]))], to: state(watch: true))
    #expect(AppUpdate.update(typing, .habit(.polled([Self.stamp(2)]))).1 == [], "not while typing")
  }

  @Test func withoutASourceThereIsNothingToReload() {
    let runner = EffectRunner(
      screen: ScriptedBackend(size: Size(width: 80, height: 24), steps: []), files: NoMeetingFiles())
    guard case .next(let answers) = runner.perform(.reload, in: state()) else {
      Issue.record("no answer")
      return
    }
    let after = answers.reduce(state()) { AppUpdate.update($0, $1).0 }
    #expect(after.message?.text.hasPrefix("Not reloaded: nothing to reload") == true)
  }
}
