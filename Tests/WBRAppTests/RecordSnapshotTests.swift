import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// Golden screens of the meeting record at 80×24: the dialogs, the commitments screen, the
/// read-only header. `WBR_RECORD=1` re-records them.
@Suite struct RecordSnapshotTests {
  private func state(_ events: [RecordEvent] = [], access: MeetingRecordState.Access = .writable) -> AppState
  {
    let record = MeetingRecordState(
      week: Fixtures.weekEnding, record: MeetingRecord(events: events), access: access,
      journalPath: "/meetings/wbr-journal.jsonl")
    return RecordOpening.open(Fixtures.state(width: 80, height: 24), record: record)
  }

  private func screen(_ s: AppState) -> String { RootView.render(s, size: s.size).snapshot }

  @Test func outcomeMenu() {
    let s = Fixtures.apply([.nextAnomaly, .record(.outcome)], to: state())
    assertGolden(screen(s), named: "outcome-menu-80x24")
  }

  @Test func explanationWithLongWideText() {
    var s = Fixtures.apply([.moveToLast, .record(.outcome), .record(.choose(.explained))], to: state())
    let long = String(repeating: "Promo week pulled orders forward; 注文 rose in the north region. ", count: 3)
    s = Fixtures.apply([.edit(.insert(long)), .edit(.left), .edit(.left)], to: s)
    assertGolden(screen(s), named: "explanation-80x24")
  }

  @Test func commitmentFormWithTheOwnerPicker() {
    var s = Fixtures.apply([.record(.addCommitment)], to: state())
    s = Fixtures.apply([.edit(.insert("Check the stock feed")), .record(.nextField)], to: s)
    assertGolden(screen(s), named: "commitment-owner-80x24")
    s = Fixtures.apply([.edit(.insert("zo"))], to: s)
    assertGolden(screen(s), named: "commitment-owner-filtered-80x24")
    s = Fixtures.apply([.record(.nextField)], to: s)
    assertGolden(screen(s), named: "commitment-due-80x24")
  }

  @Test func commitmentsScreen() {
    let thisWeek = [
      RecordEvents.event("t1", RecordEvents.week, .commitmentDone(id: "c2")),
      RecordEvents.add(
        "c9", "Ship the weekly in-stock report", owner: "kenji", week: RecordEvents.week, metric: "in_stock"),
    ]
    let s = Fixtures.apply([.move(1)], to: state(RecordEvents.earlier + thisWeek))
    #expect(s.screen == .commitments)
    assertGolden(screen(s), named: "commitments-80x24")
  }

  @Test func commitmentsScreenEmpty() {
    let s = Fixtures.apply([.showCommitments], to: state())
    assertGolden(screen(s), named: "commitments-empty-80x24")
  }

  @Test func dropReasonDialog() {
    let s = Fixtures.apply(
      [.move(2), .record(.drop), .edit(.insert("Superseded"))], to: state(RecordEvents.earlier))
    assertGolden(screen(s), named: "drop-reason-80x24")
  }

  @Test func readOnlyDeck() {
    let events = [
      RecordEvents.event("t1", RecordEvents.week, .reviewed(metric: "orders")),
      RecordEvents.event(
        "t2", RecordEvents.week,
        .outcome(metric: "revenue", outcome: .explained("Promo"), signals: [], commitment: nil)),
    ]
    var s = state(events, access: .readOnly(reason: "another wbr has this journal open"))
    s = Fixtures.apply([.record(.outcome)], to: s)
    assertGolden(screen(s), named: "read-only-80x24")
  }

  @Test func everyDialogFitsTinyScreens() {
    let base = state(RecordEvents.earlier)
    let dialogs: [[Action]] = [
      [.back, .record(.outcome)], [.record(.addCommitment), .record(.nextField)], [.record(.drop)],
      [.record(.export)], [],
    ]
    for actions in dialogs {
      for size in [Size(width: 40, height: 10), Size(width: 41, height: 11), Size(width: 200, height: 60)] {
        var s = Fixtures.apply(actions, to: base)
        s = Fixtures.apply([.resize(size)], to: s)
        let rendered = RootView.render(s, size: size)
        #expect(rendered.size == size)
      }
    }
  }
}
