import Testing

@testable import WBRApp

/// `x` then Enter: the screen says the notes are being written before the (possibly slow)
/// export runs, then says where they went.
@Suite struct ExportProgressTests {
  @Test func theUpdateSaysWritingThenAsksForAFrameBeforeTheExport() {
    var s = Fixtures.apply([.record(.export)], to: Fixtures.state(width: 80, height: 24))
    let path = s.meeting.defaultExportPath
    let (writing, effects) = AppUpdate.update(s, .submit)
    #expect(writing.message == StatusMessage(kind: .info, text: "Writing notes to \(path)…"))
    #expect(effects == [.drawFrame, .export(path: path, replace: true)])
    guard case .record(.text) = writing.overlay else {
      Issue.record("the dialog closed before the notes were written")
      return
    }
    s = AppUpdate.update(writing, .answer(.exported(path: "/abs/notes.md"))).0
    #expect(s.message == StatusMessage(kind: .info, text: "Notes written to /abs/notes.md"))
    #expect(s.overlay == nil)
  }

  @Test func asciiTerminalsGetThreeDots() {
    var s = Fixtures.state(width: 80, height: 24)
    s.glyphs = .ascii
    s = Fixtures.apply([.record(.export)], to: s)
    #expect(AppUpdate.update(s, .submit).0.message?.text.hasSuffix("md...") == true)
  }

  @Test func theLoopDrawsTheWritingFrameThenTheResult() throws {
    let h = try RecordHarness()
    h.press(.char("x"))
    #expect(h.frames.isEmpty)
    h.press(.enter)
    let path = h.folder + "/wbr-notes-2024-06-30.md"
    // One frame, drawn before the export ran: the dialog still open, the footer saying so.
    #expect(h.frames.count == 1)
    let during = h.frames[0].textLines()
    #expect(during.last?.hasPrefix("Writing notes to \(path.prefix(40))") == true)
    #expect(during.contains { $0.contains("Export the notes") })
    // Then the export's answer (the loop draws it as the key's frame).
    #expect(h.state.message?.text == "Notes written to \(path)")
    let after = RootView.render(h.state, size: h.state.size).textLines()
    #expect(after.last?.hasPrefix("Notes written to") == true)
    #expect(!after.contains { $0.contains("Export the notes") })
  }
}
