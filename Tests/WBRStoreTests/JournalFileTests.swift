import Foundation
import Testing
import WBRModel
import WBRStore

/// The journal file: appends on disk, torn lines fenced off, one writer at a time.
@Suite struct JournalFileTests {
  typealias F = StoreFixture

  @Test func appendsAreOnDiskAndReadBackInOrder() throws {
    let path = try F.tempFolder() + "/wbr-journal.jsonl"
    var s = F.stamper(week: F.w1)
    let a = s.event(.reviewed(metric: "a"))
    let b = s.event(.reviewed(metric: "b"))
    do {
      let j = try JournalFile.open(path: path)
      #expect(!j.isReadOnly)
      try j.append(a)
      let before = try F.read(path)
      try j.append(b)
      #expect(try F.read(path).hasPrefix(before))  // only ever appended to
    }
    let again = try JournalFile.open(path: path)
    #expect(again.contents.events == [a, b])
    #expect(try F.read(path).split(separator: "\n").count == 2)
  }

  @Test func tornLastLineIsReportedSkippedAndFencedOff() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s = F.stamper(week: F.w1)
    let a = s.event(.reviewed(metric: "a"))
    let torn = String(JournalEncoder.line(s.event(.reviewed(metric: "b"))).prefix(30))
    try F.write(JournalEncoder.line(a) + "\n" + torn, to: path)

    let j = try JournalFile.open(path: path)
    #expect(j.contents.events == [a])
    #expect(j.contents.warnings.count == 1)
    #expect(j.contents.warnings.first?.line == 2)
    #expect(j.contents.warnings.first?.message.contains("incomplete") == true)
    let c = s.event(.reviewed(metric: "c"))
    try j.append(c)
    j.close()
    #expect(try F.read(path).hasPrefix(JournalEncoder.line(a) + "\n" + torn + "\n"))

    let again = try JournalFile.open(path: path)
    #expect(again.contents.events == [a, c])
    #expect(again.contents.warnings.count == 1)
    #expect(again.contents.warnings.first?.message.contains("line skipped") == true)
  }

  @Test func secondWriterGetsReadOnlyWithAReason() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s = F.stamper(week: F.w1)
    let first = try JournalFile.open(path: path)
    try first.append(s.event(.reviewed(metric: "a")))
    let second = try JournalFile.open(path: path)
    #expect(second.isReadOnly)
    guard case .readOnly(let reason) = second.access else { return #expect(Bool(false)) }
    #expect(reason.contains("another wbr"))
    #expect(second.contents.events.count == 1)
    #expect(throws: JournalError.self) { try second.append(s.event(.reviewed(metric: "b"))) }
    first.close()
    let third = try JournalFile.open(path: path)
    #expect(!third.isReadOnly)
  }

  @Test func missingFolderCannotBeOpened() throws {
    let path = try F.tempFolder() + "/no/such/j.jsonl"
    #expect(throws: JournalError.self) { try JournalFile.open(path: path) }
    do {
      _ = try JournalFile.open(path: path)
    } catch {
      #expect(error.exitStatus == 66)
    }
  }

  @Test func readOnlyOpenOfAMissingJournalIsEmpty() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    let j = try JournalFile.openReadOnly(path: path, reason: "notes")
    #expect(j.contents.entries.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
