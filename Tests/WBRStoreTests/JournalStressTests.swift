import Foundation
import Testing
import WBRModel
import WBRStore

#if canImport(Glibc)
  import Glibc
#endif

/// Several writers at once (docs/JOURNAL.md, "Several writers"): 16 writer processes
/// (`WBRJournalWriter`) append random changes to one journal in parallel while some are
/// killed with SIGKILL at random moments. Every line a writer acknowledged (printed after its
/// append returned, so after fsync) must be in the file exactly once, and no line may be
/// interleaved with another or torn, except one torn tail per killed writer, which the reader
/// reports and skips.
@Suite struct JournalStressTests {
  static let writers = 16
  static let appendsEach = 40

  /// The helper, built next to the test bundle.
  static var helper: String {
    let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [
      bundle.appendingPathComponent("WBRJournalWriter").path,
      Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("WBRJournalWriter").path,
      Bundle.main.bundleURL.appendingPathComponent("WBRJournalWriter").path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }

  @Test func sixteenWritersWithRandomKillsLoseAndTearNothingSaved() throws {
    let path = try StoreFixture.tempFolder() + "/wbr-journal.jsonl"
    #expect(FileManager.default.isExecutableFile(atPath: Self.helper), "no helper at \(Self.helper)")
    var processes: [(Process, Pipe)] = []
    for n in 0..<Self.writers {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.helper)
      process.arguments = [path, String(n), String(Self.appendsEach)]
      let out = Pipe()
      process.standardOutput = out
      try process.run()
      processes.append((process, out))
    }
    // Kill a third of them, each at a random moment of the run.
    var killed: Set<Int> = []
    let victims = Array((0..<Self.writers).shuffled().prefix(Self.writers / 3))
    for victim in victims {
      usleep(UInt32.random(in: 5_000...60_000))
      if kill(processes[victim].0.processIdentifier, SIGKILL) == 0 { killed.insert(victim) }
    }
    var acknowledged: [String] = []
    for (n, (process, out)) in processes.enumerated() {
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      if !killed.contains(n) {
        #expect(process.terminationStatus == 0, "writer \(n) failed")
      }
      let text = String(decoding: data, as: UTF8.self)
      // A killed writer's last line may be cut short: only whole lines are acknowledgements.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      acknowledged += lines.flatMap { $0.split(separator: " ").map(String.init) }
    }
    let journal = try JournalFile.openReadOnly(path: path, reason: "checking")
    let ids = journal.contents.events.map(\.id)
    var seen: [String: Int] = [:]
    for id in ids { seen[id, default: 0] += 1 }
    #expect(seen.values.allSatisfy { $0 == 1 }, "an event is in the file twice")
    let missing = acknowledged.filter { seen[$0] == nil }
    #expect(missing.isEmpty, "saved but not in the file: \(missing.prefix(5))")
    #expect(acknowledged.count > Self.writers * Self.appendsEach / 2)
    // The only bad lines are torn tails of killed writers: at most one each.
    #expect(journal.contents.warnings.count <= killed.count, "\(journal.contents.warnings.prefix(3))")
    #expect(journal.contents.unknownCount == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    #expect(lines.count - 1 <= ids.count + killed.count)  // no line holds two events
  }
}
