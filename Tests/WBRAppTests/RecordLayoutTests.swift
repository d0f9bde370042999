import Testing
import WBRModel

@testable import WBRApp

/// The wrapped text of dialogs and the commitments list's scrolling.
@Suite struct RecordLayoutTests {
  @Test func wrapKeepsWideCharactersWholeAndTheCursorVisible() {
    var editor = LineEditor(text: "ab漢字cd")
    var layout = DialogTextLayout.wrap(editor, width: 3, rows: 5)
    #expect(layout.lines == ["ab", "漢", "字c", "d"])
    #expect(layout.row == 3 && layout.column == 1)
    editor.apply(.home)
    layout = DialogTextLayout.wrap(editor, width: 3, rows: 2)
    #expect(layout.lines == ["ab", "漢"])
    #expect(layout.row == 0 && layout.column == 0)
    editor = LineEditor(text: "abc")  // cursor after a full row: on the next one
    layout = DialogTextLayout.wrap(editor, width: 3, rows: 1)
    #expect(layout.lines == [""])
    #expect(layout.row == 0 && layout.column == 0)
    #expect(DialogTextLayout.wrap(editor, width: 0, rows: 3).lines.isEmpty)
  }

  @Test func theCommitmentsListScrollsWithTheCursor() {
    var events: [RecordEvent] = []
    for i in 0..<30 {
      events.append(
        RecordEvents.add(
          "k\(i)", "Commitment \(i)", owner: i % 2 == 0 ? "zoe" : nil, week: RecordEvents.lastWeek))
    }
    let record = MeetingRecordState(week: Fixtures.weekEnding, record: MeetingRecord(events: events))
    var s = RecordOpening.open(Fixtures.state(width: 80, height: 12), record: record)
    #expect(s.screen == .commitments)
    s = Fixtures.apply([.moveToLast], to: s)
    #expect(s.meeting.commitmentCursor == 29)
    let screen = RootView.render(s, size: s.size).textLines()
    #expect(screen.contains { $0.hasPrefix("▶   Commitment 29") })
    s = Fixtures.apply([.page(-1)], to: s)
    #expect(s.meeting.commitmentCursor == 23)
    s = Fixtures.apply([.moveToFirst], to: s)
    #expect(s.meeting.commitmentScroll == 0)
    #expect(CommitmentRows.selected(s)?.text == "Commitment 0")
  }
}
