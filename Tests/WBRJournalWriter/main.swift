// One writer of the several-writers stress test (Tests/WBRStoreTests/JournalStressTests.swift):
// appends random changes to the journal at `argv[1]` as writer `argv[2]`, `argv[3]` times, and
// after each append (once it is on disk) prints the ids it saved, one line per append, to
// standard output. The test kills some writers with SIGKILL at random moments and then checks
// that every id printed is in the file exactly once and no line is torn but killed writers'.
// Used only by that test; never part of a product.
import Foundation
import WBRModel
import WBRStore

#if canImport(Glibc)
  import Glibc
#endif

let arguments = CommandLine.arguments
guard arguments.count == 4, let writer = Int(arguments[2]), let count = Int(arguments[3]) else {
  FileHandle.standardError.write(Data("usage: WBRJournalWriter JOURNAL WRITER COUNT\n".utf8))
  exit(64)
}
let week = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)
var stamper = EventStamper.live(by: "writer\(writer)", week: week)
let journal: JournalFile
do {
  journal = try JournalFile.open(path: arguments[1])
} catch {
  FileHandle.standardError.write(Data("\(error.description)\n".utf8))
  exit(74)
}

/// A line to standard output with one `write` (no buffering that SIGKILL would lose
/// half-way: the test reads whole lines only).
func acknowledge(_ ids: [String]) {
  let bytes = Array((ids.joined(separator: " ") + "\n").utf8)
  var offset = 0
  while offset < bytes.count {
    let n = bytes.withUnsafeBytes { buf -> Int in
      guard let base = buf.baseAddress else { return 0 }
      return write(1, base + offset, buf.count - offset)
    }
    if n <= 0 { exit(74) }
    offset += n
  }
}

for _ in 0..<count {
  var events: [RecordEvent] = []
  for _ in 0..<Int.random(in: 1...3) {
    // Some lines far longer than a pipe's atomic write (4 KiB), to catch interleaving.
    let text = String(repeating: "w\(writer) ", count: Int.random(in: 1...(Bool.random() ? 20 : 3000)))
    let change: RecordChange =
      Bool.random()
      ? .reviewed(metric: "m\(Int.random(in: 0..<20))")
      : .outcome(
        metric: "m\(Int.random(in: 0..<20))", outcome: .explained(text), signals: [], commitment: nil)
    events.append(stamper.event(change))
  }
  do {
    try journal.append(events)
  } catch {
    FileHandle.standardError.write(Data("\(error.description)\n".utf8))
    exit(74)
  }
  acknowledge(events.map(\.id))
  _ = journal.readGrown()
  usleep(UInt32.random(in: 0...2000))
}
