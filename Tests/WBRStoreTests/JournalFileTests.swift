import Foundation
import Testing
import WBRModel
import WBRStore

#if canImport(Glibc)
  import Glibc
#endif

/// The journal file: appends on disk, torn lines fenced off, several writers (one on a
/// network file system).
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

  @Test func aSecondWriterWritesTooAndEachReadsWhatTheOtherAppended() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s1 = F.stamper(week: F.w1, session: "s1")
    var s2 = F.stamper(week: F.w1, session: "s2", by: "zoe")
    let first = try JournalFile.open(path: path)
    let a = s1.event(.reviewed(metric: "a"))
    try first.append(a)
    let second = try JournalFile.open(path: path)
    #expect(!second.isReadOnly)
    #expect(second.sharing == .severalWriters)
    #expect(second.contents.events == [a])
    let b = s2.event(.reviewed(metric: "b"))
    try second.append(b)
    #expect(first.readGrown() == [b])
    #expect(first.readGrown().isEmpty)  // read once
    // An append reads what the other wrote first, so its own line follows theirs.
    let c = s2.event(.reviewed(metric: "c"))
    try second.append(c)
    let d = s1.event(.reviewed(metric: "d"))
    try first.append(d)
    #expect(first.takeGrown() == [c])
    #expect(first.contents.events == [a, b, c, d])
    #expect(first.contents.lineNumbers == [1, 2, 3, 4])
    #expect(second.readGrown() == [d])
    #expect(second.contents.events == [a, b, c, d])
    #expect(try JournalFile.openReadOnly(path: path, reason: "t").contents.events == [a, b, c, d])
  }

  @Test func aTornTailWaitsThenIsFencedAndSkipped() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s1 = F.stamper(week: F.w1, session: "s1")
    var s2 = F.stamper(week: F.w1, session: "s2")
    let reader = try JournalFile.open(path: path)
    let writer = try JournalFile.open(path: path)
    let a = s2.event(.reviewed(metric: "a"))
    try writer.append(a)
    // A writer killed mid-write leaves a line without its newline.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"v\":1,\"type\":\"metric.rev".utf8))
    try handle.close()
    #expect(reader.readGrown() == [a])  // complete lines only: the torn tail waits
    let b = s1.event(.reviewed(metric: "b"))
    try reader.append(b)  // fences it off with a newline, reporting it
    #expect(reader.contents.events == [a, b])
    #expect(reader.contents.lineNumbers == [1, 3])
    #expect(reader.contents.warnings.map(\.line) == [2])
    #expect(writer.readGrown() == [b])
    #expect(writer.contents.lineNumbers == [1, 3])
    #expect(writer.contents.warnings.map(\.line) == [2])
    #expect(try F.read(path).split(separator: "\n").count == 3)
  }

  @Test func aWholeSessionLockMakesTheJournalReadOnlyWithAReason() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s = F.stamper(week: F.w1)
    let older = open(path, O_RDWR | O_CREAT, 0o600)  // an older wbr holds the lock all along
    defer { close(older) }
    #expect(flock(older, LOCK_EX) == 0)
    let second = try JournalFile.open(path: path)
    #expect(second.isReadOnly)
    guard case .readOnly(let reason) = second.access else { return #expect(Bool(false)) }
    #expect(reason.contains("another wbr holds this journal for itself"))
    #expect(throws: JournalError.self) { try second.append(s.event(.reviewed(metric: "b"))) }
    _ = flock(older, LOCK_UN)
    let third = try JournalFile.open(path: path)
    #expect(!third.isReadOnly)
  }

  @Test func onANetworkFileSystemOneWriterHoldsItAndSaysWhy() throws {
    let path = try F.tempFolder() + "/j.jsonl"
    var s = F.stamper(week: F.w1)
    let first = try JournalFile.open(path: path, fileSystem: .network("NFS"))
    guard case .oneWriter(let why) = first.sharing else { return #expect(Bool(false)) }
    #expect(why.contains("network file system (NFS)"))
    try first.append(s.event(.reviewed(metric: "a")))
    let second = try JournalFile.open(path: path, fileSystem: .network("NFS"))
    guard case .readOnly(let reason) = second.access else { return #expect(Bool(false)) }
    #expect(reason.contains("another wbr has this journal open") && reason.contains("NFS"))
    #expect(second.contents.events.count == 1)
    first.close()
    #expect(!(try JournalFile.open(path: path, fileSystem: .network("NFS"))).isReadOnly)
  }

  @Test func newRecordsAreTheOwnersOnlyWhateverTheUmask() throws {
    let folder = try F.tempFolder()
    let old = umask(0)
    defer { umask(old) }
    _ = try JournalFile.open(path: folder + "/j.jsonl")
    var info = stat()
    #expect(stat(folder + "/j.jsonl", &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
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
