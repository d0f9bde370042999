import Foundation
import Testing
import WBRModel

@testable import WBRStore

/// Inputs that are not regular files (issue #14, class 2): devices refused before a byte is
/// read, pipes read as streams under the size bound, a FIFO without a writer never waits, and
/// a journal only ever a regular file when it is written.
@Suite(.timeLimit(.minutes(1))) struct NonRegularPathTests {
  typealias F = StoreFixture

  /// A pipe holding `bytes`, its write end closed (or left open with `keepWriter`), named as
  /// a process substitution names it: `/dev/fd/N`.
  final class Pipe {
    let read: Int32
    var write: Int32
    var path: String { "/dev/fd/\(read)" }

    init(_ bytes: [UInt8], keepWriter: Bool = false) throws {
      var fds: [Int32] = [0, 0]
      try #require(pipe(&fds) == 0)
      read = fds[0]
      write = fds[1]
      let n = bytes.withUnsafeBytes { Foundation.write(fds[1], $0.baseAddress, $0.count) }
      try #require(n == bytes.count)
      if !keepWriter {
        close(write)
        write = -1
      }
    }

    deinit {
      close(read)
      if write >= 0 { close(write) }
    }
  }

  static func fifo() throws -> String {
    let path = try F.tempFolder() + "/fifo"
    try #require(mkfifo(path, 0o600) == 0)
    return path
  }

  @Test func aDeviceIsRefusedBeforeAByteIsRead() throws {
    for path in ["/dev/zero", "/dev/null"] {
      #expect {
        try FileBytes.read(path, maxBytes: 1 << 20)
      } throws: { error in
        let e = error as? InputError
        return e?.kind == .missing && e?.diagnostics.first?.message.contains("character device") == true
      }
    }
  }

  @Test func aPipeIsReadAsAStream() throws {
    let pipe = try Pipe(Array(F.oneMetricDeck.utf8))
    #expect(try FileBytes.read(pipe.path, maxBytes: 1 << 20) == Array(F.oneMetricDeck.utf8))
  }

  @Test func aStreamPastTheBoundIsRefusedWithoutReadingItAll() throws {
    // The writer stays open: reading to the end would wait forever; the bound stops it first.
    let pipe = try Pipe([UInt8](repeating: 0x20, count: 4096), keepWriter: true)
    #expect {
      try FileBytes.read(pipe.path, maxBytes: 1024)
    } throws: { error in
      let e = error as? InputError
      return e?.kind == .refused
        && e?.diagnostics.first?.message
          == "the stream is larger than the limit of 1024 bytes; is this the right file?"
    }
  }

  @Test func aFIFOWithoutAWriterReadsAsEmptyAtOnce() throws {
    let path = try Self.fifo()
    #expect {
      try FileBytes.read(path, maxBytes: 1 << 20)
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.message.contains("empty pipe") == true
    }
    // The journal of `wbr notes` likewise: an empty stream is an empty journal, not a hang.
    let journal = try JournalFile.openReadOnly(path: path, reason: "notes")
    #expect(journal.contents.entries.isEmpty)
  }

  @Test func theChecksumIsNotTakenOfAPipe() throws {
    let path = try Self.fifo()
    #expect {
      try FileDigest.sha256(path, maxBytes: 1 << 20)
    } throws: { error in
      (error as? InputError)?.diagnostics.first?.message.contains("cannot be read a second time") == true
    }
  }

  @Test func aJournalForWritingMustBeARegularFile() throws {
    for path in ["/dev/null", "/dev/zero", try Self.fifo()] {
      #expect {
        try JournalFile.open(path: path, maxBytes: 1 << 20)
      } throws: { error in
        guard let e = error as? JournalError, case .cannotOpen(_, let reason) = e else { return false }
        return e.exitStatus == 66 && reason.hasSuffix("the journal must be a regular file")
      }
    }
  }

  @Test func aJournalReadFromAPipeIsBoundedAndDecoded() throws {
    var s = F.stamper(week: F.w1)
    let event = s.event(.reviewed(metric: "a"))
    let line = Array((JournalEncoder.line(event) + "\n").utf8)
    let pipe = try Pipe(line)
    let journal = try JournalFile.openReadOnly(path: pipe.path, reason: "notes", maxBytes: 1 << 20)
    #expect(journal.contents.events == [event])
    let big = try Pipe(line + line, keepWriter: true)
    #expect(throws: JournalError.self) {
      try JournalFile.openReadOnly(path: big.path, reason: "notes", maxBytes: line.count)
    }
    #expect(throws: JournalError.self) {
      try JournalFile.openReadOnly(path: "/dev/zero", reason: "notes", maxBytes: 1 << 20)
    }
  }

  @Test func exactlyTheBoundIsReadWithoutGrowingPastIt() {
    let bytes = [UInt8](repeating: 0x61, count: 3000)
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else {
      Issue.record("no pipe")
      return
    }
    defer { close(fds[0]) }
    _ = bytes.withUnsafeBytes { Foundation.write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    switch BoundedRead.all(fds[0], maxBytes: 3000) {
    case .success(let read): #expect(read.count == 3000 && read.capacity <= 3001 + 64)
    case .failure(let f): Issue.record("\(f)")
    }
  }
}
