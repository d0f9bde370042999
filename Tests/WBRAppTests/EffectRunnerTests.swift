import Testing
import WBRModel

@testable import WBRApp

/// `EffectRunner` performs every `Effect` (its switch is exhaustive: a new effect does not
/// compile until it is performed) and answers with the actions `update` needs next. One test
/// per effect, with the terminal and the files faked.
@Suite struct EffectRunnerTests {
  /// Files that answer as told and remember what they were asked.
  final class FakeFiles: MeetingFiles {
    var saveError: JournalError?
    var export: NotesExport = .written(path: "/abs/notes.md")
    private(set) var saved: [RecordChange] = []
    private(set) var exported: [(record: MeetingRecord, path: String, replace: Bool)] = []
    private(set) var kept: [(String, String)] = []

    func save(_ change: RecordChange) throws(JournalError) -> RecordEvent {
      if let saveError { throw saveError }
      saved.append(change)
      return RecordEvents.event("e-\(saved.count)", Fixtures.weekEnding, change)
    }

    func exportNotes(_ record: MeetingRecord, of content: MeetingContent, to typed: String, replace: Bool)
      -> NotesExport
    {
      exported.append((record, typed, replace))
      return export
    }

    func keepUnsaved(title: String, text: String) { kept.append((title, text)) }
  }

  let backend = ScriptedBackend(size: Size(width: 80, height: 24), steps: [])
  let files = FakeFiles()
  var runner: EffectRunner { EffectRunner(screen: backend, files: files) }
  let state = Fixtures.state(width: 80, height: 24)
  let failure = JournalError.io(path: "/j.jsonl", reason: "disk full")

  @Test func exitStopsWithItsStatus() {
    #expect(runner.perform(.exit(status: 143), in: state) == .exit(status: 143))
  }

  @Test func bellRingsTheTerminal() {
    #expect(runner.perform(.bell, in: state) == .next([]))
    #expect(backend.bells == 1)
  }

  @Test func redrawForgetsTheScreen() {
    #expect(runner.perform(.redraw, in: state) == .next([]))
    #expect(backend.invalidations == 1)
  }

  @Test func drawFrameShowsTheStateNow() {
    #expect(runner.perform(.drawFrame, in: state) == .next([]))
    #expect(backend.frames == [RootView.render(state, size: state.size)])
  }

  @Test func saveAnswersSavedWithTheEventOnDiskOrFailed() {
    let change = RecordChange.reviewed(metric: "revenue")
    let saved = runner.perform(.save(change, note: "Reviewed: Revenue"), in: state)
    #expect(files.saved == [change])
    #expect(
      saved
        == .next([
          .answer(.saved(RecordEvents.event("e-1", Fixtures.weekEnding, change), note: "Reviewed: Revenue"))
        ]))
    files.saveError = failure
    #expect(
      runner.perform(.save(change, note: "x"), in: state)
        == .next([.answer(.failed("Not saved: \(failure)"))]))
  }

  @Test func undoSavesAnUndoOfItsTargetAndAnswersUndone() {
    let target = RecordEvents.event("e-target", Fixtures.weekEnding, .reviewed(metric: "revenue"))
    let answer = runner.perform(.undo(target: target), in: state)
    #expect(files.saved == [.undo(target: "e-target")])
    #expect(
      answer
        == .next([
          .answer(
            .undone(RecordEvents.event("e-1", Fixtures.weekEnding, .undo(target: "e-target")), target: target)
          )
        ]))
    files.saveError = failure
    #expect(
      runner.perform(.undo(target: target), in: state) == .next([.answer(.failed("Not undone: \(failure)"))]))
  }

  @Test func exportWritesTheStatesRecordAndAnswersEachOutcome() {
    var s = state
    s.meeting = MeetingRecordState(
      week: Fixtures.weekEnding, record: MeetingRecord(events: RecordEvents.earlier))
    #expect(
      runner.perform(.export(path: "notes.md", replace: true), in: s)
        == .next([.answer(.exported(path: "/abs/notes.md"))]))
    #expect(files.exported.first?.record == s.meeting.record)
    #expect(files.exported.first?.path == "notes.md")
    #expect(files.exported.first?.replace == true)
    files.export = .exists
    #expect(
      runner.perform(.export(path: "notes.md", replace: false), in: s)
        == .next([.answer(.exportExists(path: "notes.md"))]))
    files.export = .failed("no space")
    #expect(
      runner.perform(.export(path: "notes.md", replace: true), in: s)
        == .next([.answer(.failed("Not exported: no space"))]))
  }

  @Test func keepUnsavedGoesToTheRecoveryNote() {
    #expect(runner.perform(.keepUnsaved(title: "Drop", text: "obsolete"), in: state) == .next([]))
    #expect(files.kept.map(\.0) == ["Drop"])
    #expect(files.kept.map(\.1) == ["obsolete"])
  }
}
