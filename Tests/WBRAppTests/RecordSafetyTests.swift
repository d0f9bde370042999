import Foundation
import Testing
import WBRModel
import WBRStore

@testable import WBRApp

/// Read-only journals, failed saves, Ctrl-C with typed text, and the export.
@Suite struct RecordSafetyTests {
  @Test func readOnlyRefusesEveryChangeWithAMessage() {
    var s = Fixtures.state(width: 80, height: 24)
    s.meeting = MeetingRecordState(
      week: Fixtures.weekEnding, access: .readOnly(reason: "another wbr has this journal open"))
    for action in [RecordAction.outcome, .addCommitment, .toggleReviewed, .undo] {
      let (next, effects) = AppUpdate.update(s, .record(action))
      #expect(next.overlay == nil)
      #expect(effects == [.bell])
      #expect(
        next.message == StatusMessage(kind: .error, text: "READ-ONLY: another wbr has this journal open"))
    }
    s.screen = .commitments
    for action in [RecordAction.done, .carry, .drop, .edit] {
      #expect(AppUpdate.update(s, .record(action)).1 == [.bell])
    }
    // Exporting changes nothing in the journal: allowed.
    let (exporting, _) = AppUpdate.update(s, .record(.export))
    guard case .record(.text(let d)) = exporting.overlay else {
      Issue.record("no export dialog")
      return
    }
    #expect(d.purpose == .exportPath)
    let header = RootView.render(s, size: s.size).textLines()[0]
    #expect(header.hasPrefix(" READ-ONLY Retail WBR"))
  }

  @Test func aSecondWbrOnTheSameJournalGetsItReadOnly() throws {
    let first = try RecordHarness()
    let second = try JournalFile.open(path: first.journalPath)
    guard case .readOnly(let reason) = second.access else {
      Issue.record("second open was not read-only")
      return
    }
    #expect(reason.contains("another wbr"))
  }

  @Test func aFailedSaveKeepsTheDialogAndItsText() throws {
    let probe = try RecordHarness()
    // The same journal opened a second time is read-only; the state believes it writable.
    let h = try RecordHarness(journal: try JournalFile.open(path: probe.journalPath))
    h.press(.char("a"))
    h.type("Fix the feed")
    h.press(.enter)
    #expect(h.state.message?.kind == .error)
    #expect(h.state.message?.text.hasPrefix("Not saved: ") == true)
    guard case .record(.commitment(let form)) = h.state.overlay else {
      Issue.record("the dialog closed")
      return
    }
    #expect(form.text.text == "Fix the feed")
    #expect(h.state.meeting.record.events.isEmpty)
  }

  @Test func ctrlCWithTypedTextKeepsItInTheRecoveryNote() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("Zoë says the promo ran long")
    let status = h.press(.ctrl("c"))
    #expect(status == 0)
    #expect(h.journalLines.isEmpty)
    let note = try String(contentsOfFile: h.folder + "/wbr-journal-unsaved.txt", encoding: .utf8)
    #expect(note.contains("Explained: Revenue\nZoë says the promo ran long\n"))
    #expect(h.saver.recoveryNote == h.folder + "/wbr-journal-unsaved.txt")
  }

  /// A FIFO where the recovery note goes is not waited on (nothing reads it) nor written:
  /// the meeting still ends, and says nothing about a note it could not keep.
  @Test(.timeLimit(.minutes(1))) func aRecoveryNoteThatIsNotAFileIsNotWaitedOn() throws {
    let h = try RecordHarness()
    #expect(mkfifo(h.folder + "/wbr-journal-unsaved.txt", 0o600) == 0)
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("typed")
    #expect(h.press(.ctrl("c")) == 0)
    #expect(h.saver.recoveryNote == nil)
  }

  @Test func signalsInADialogLeaveWithTheirStatus() {
    var s = Fixtures.state()
    s.overlay = .record(.text(TextDialog(purpose: .dropReason(commitmentID: "c1"), title: "Drop", hint: "")))
    #expect(AppUpdate.update(s, .terminate(signal: 15)).1 == [.exit(status: 143)])  // no text typed
    s = Fixtures.apply([.edit(.insert("obsolete"))], to: s)
    #expect(
      AppUpdate.update(s, .terminate(signal: 15)).1 == [
        .keepUnsaved(title: "Drop", text: "obsolete"), .exit(status: 143),
      ])
  }

  @Test func exportWritesNextToTheJournalAndSaysWhere() throws {
    let h = try RecordHarness()
    h.select("revenue")
    h.press(.char("e"), .char("e"))
    h.type("Promo week")
    h.press(.enter, .char("x"))
    let path = h.folder + "/wbr-notes-2024-06-30.md"
    h.press(.enter)
    #expect(h.state.message?.text == "Notes written to \(path)")
    let notes = try String(contentsOfFile: path, encoding: .utf8)
    #expect(notes.contains("Promo week"))
    h.press(.char("x"), .enter)  // the meeting's own notes: replaced without asking
    #expect(h.state.message?.text == "Notes written to \(path)")
  }

  /// `x` fingerprints the deck the meeting loaded: kept once taken, even if the file changes
  /// later, and never a hash of bytes the meeting did not see.
  @Test func exportFingerprintsTheDeckAsLoaded() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wbr-deck-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let deckPath = folder + "/deck.json"
    let bytes = DeckWriter.write(Fixtures.deck)
    try Data(bytes).write(to: URL(fileURLWithPath: deckPath))
    let h = try RecordHarness(deckFile: try DeckLoader.load(deckPath: deckPath))
    let notesPath = h.folder + "/wbr-notes-2024-06-30.md"
    h.press(.char("x"), .enter)
    let sha = "SHA-256 `\(SHA256.hex(of: bytes))`"
    #expect(try String(contentsOfFile: notesPath, encoding: .utf8).contains(sha))
    try Data("{}".utf8).write(to: URL(fileURLWithPath: deckPath))
    h.press(.char("x"), .enter)
    #expect(try String(contentsOfFile: notesPath, encoding: .utf8).contains(sha))

    try Data(bytes).write(to: URL(fileURLWithPath: deckPath))
    let late = try RecordHarness(deckFile: try DeckLoader.load(deckPath: deckPath))
    try Data("{}".utf8).write(to: URL(fileURLWithPath: deckPath))
    late.press(.char("x"), .enter)
    let notes = try String(contentsOfFile: late.folder + "/wbr-notes-2024-06-30.md", encoding: .utf8)
    #expect(
      notes.contains("- Deck: deck.json (no SHA-256: the deck file changed on disk after it was loaded)"))
  }

  @Test func exportAsksBeforeReplacingAnotherFile() throws {
    let h = try RecordHarness()
    let other = h.folder + "/mine.json"
    try "keep me".write(toFile: other, atomically: true, encoding: .utf8)
    h.press(.char("x"), .ctrl("u"))
    h.type(other)
    h.press(.enter)
    #expect(h.state.message?.text == "\(other) exists: Enter again replaces it, Esc keeps it")
    #expect(try String(contentsOfFile: other, encoding: .utf8) == "keep me")
    h.press(.enter)
    #expect(h.state.message?.text == "Notes written to \(other)")
    #expect(try String(contentsOfFile: other, encoding: .utf8).contains("\"format\": \"wbr-notes\""))
  }

  /// A path the output rules refuse is refused at once, never waited on or replaced: a FIFO
  /// nothing reads stays a FIFO (issue #14: a device node became a regular file).
  @Test func exportRefusesWhatIsNotAFileBeforeAsking() throws {
    let h = try RecordHarness()
    let fifo = h.folder + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    h.press(.char("x"), .ctrl("u"))
    h.type(fifo)
    h.press(.enter)
    #expect(
      h.state.message?.text.hasPrefix("Not exported: \(fifo): cannot create: it is a pipe that nothing reads")
        == true)
    var info = stat()
    #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  /// Through a symbolic link, the export replaces the file the link points to, once confirmed.
  @Test func exportWritesThroughALink() throws {
    let h = try RecordHarness()
    let target = h.folder + "/kept.md"
    try "old".write(toFile: target, atomically: true, encoding: .utf8)
    let link = h.folder + "/link.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    h.press(.char("x"), .ctrl("u"))
    h.type(link)
    h.press(.enter, .enter)
    #expect(h.state.message?.text == "Notes written to \(link)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("# "))
  }
}
