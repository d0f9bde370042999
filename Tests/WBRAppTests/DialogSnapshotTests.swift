import Testing
import WBRModel
import WBRTestSupport

@testable import WBRApp

/// Golden screens of help and every dialog at a large terminal (160×48) and at the minimum
/// size (40×10), next to the 80×24 ones of `RecordSnapshotTests`: the sizes where a layout
/// is most likely to break (stretched to the far edge, or squeezed to nothing).
/// `WBR_RECORD=1` re-records them.
@Suite struct DialogSnapshotTests {
  static let sizes = [(160, 48), (40, 10)]

  private func state(
    _ width: Int, _ height: Int, _ events: [RecordEvent] = [], access: MeetingRecordState.Access = .writable
  ) -> AppState {
    let record = MeetingRecordState(
      week: Fixtures.weekEnding, record: MeetingRecord(events: events), access: access,
      journalPath: "/meetings/wbr-journal.jsonl")
    return RecordOpening.open(Fixtures.state(width: width, height: height), record: record)
  }

  private func check(_ s: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let screen = RootView.render(s, size: s.size)
    #expect(screen.size == s.size, sourceLocation: sourceLocation)
    assertGolden(
      screen.snapshot, named: "\(name)-\(s.size.width)x\(s.size.height)", sourceLocation: sourceLocation)
  }

  @Test(arguments: sizes) func help(width: Int, height: Int) {
    check(Fixtures.apply([.show(.help)], to: state(width, height)), "help")
  }

  @Test(arguments: sizes) func outcomeMenu(width: Int, height: Int) {
    check(Fixtures.apply([.nextAnomaly, .record(.outcome)], to: state(width, height)), "outcome-menu")
  }

  @Test(arguments: sizes) func explanationWithLongWideText(width: Int, height: Int) {
    var s = Fixtures.apply(
      [.moveToLast, .record(.outcome), .record(.choose(.explained))], to: state(width, height))
    let long = String(repeating: "Promo week pulled orders forward; 注文 rose in the north region. ", count: 3)
    s = Fixtures.apply([.edit(.insert(long)), .edit(.left), .edit(.left)], to: s)
    check(s, "explanation")
  }

  @Test(arguments: sizes) func commitmentFormWithTheOwnerPicker(width: Int, height: Int) {
    var s = Fixtures.apply([.record(.addCommitment)], to: state(width, height))
    s = Fixtures.apply([.edit(.insert("Check the stock feed")), .record(.nextField)], to: s)
    check(s, "commitment-owner")
    s = Fixtures.apply([.edit(.insert("zo"))], to: s)
    check(s, "commitment-owner-filtered")
    s = Fixtures.apply([.record(.nextField)], to: s)
    check(s, "commitment-due")
  }

  @Test(arguments: sizes) func dropReason(width: Int, height: Int) {
    let s = Fixtures.apply(
      [.move(2), .record(.drop), .edit(.insert("Superseded"))], to: state(width, height, RecordEvents.earlier)
    )
    check(s, "drop-reason")
  }

  @Test(arguments: sizes) func exportPath(width: Int, height: Int) {
    check(Fixtures.apply([.record(.export)], to: state(width, height)), "export")
  }

  @Test(arguments: sizes) func readOnly(width: Int, height: Int) {
    let events = [
      RecordEvents.event("t1", RecordEvents.week, .reviewed(metric: "orders")),
      RecordEvents.event(
        "t2", RecordEvents.week,
        .outcome(metric: "revenue", outcome: .explained("Promo"), signals: [], commitment: nil)),
    ]
    let s = state(width, height, events, access: .readOnly(reason: "another wbr has this journal open"))
    check(Fixtures.apply([.record(.outcome)], to: s), "read-only")
  }

  @Test(arguments: sizes) func ownerPicker(width: Int, height: Int) {
    check(Fixtures.apply([.show(.ownerPicker)], to: state(width, height)), "owner-picker")
  }
}
