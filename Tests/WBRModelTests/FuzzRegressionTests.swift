import Foundation
import Testing
import WBRModel

/// Every input the fuzzers ever flagged (Fuzz/regressions/<target>/) and every seed
/// (Fuzz/corpus/<target>/) goes through the fuzz targets' own code again and must be handled:
/// a located error or a success, safe text, finite numbers (docs/RELIABILITY.md).
@Suite struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The files of `Fuzz/<kind>/<target>/`, by name.
  static func inputs(_ kind: String, _ target: String) -> [(name: String, bytes: [UInt8])] {
    let dir = root.appendingPathComponent("Fuzz/\(kind)/\(target)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().compactMap { name in
      guard !name.hasPrefix("."),
        let data = FileManager.default.contents(atPath: dir.appendingPathComponent(name).path)
      else { return nil }
      return (name, [UInt8](data))
    }
  }

  static func replay(_ target: String, _ run: ([UInt8]) -> [String]) -> Int {
    var count = 0
    for kind in ["corpus", "regressions"] {
      for input in inputs(kind, target) {
        let problems = run(input.bytes)
        #expect(problems.isEmpty, "\(kind)/\(target)/\(input.name): \(problems.joined(separator: "; "))")
        count += 1
      }
    }
    return count
  }

  @Test func deckInputs() {
    #expect(Self.replay("DeckReaderFuzz", FuzzInputs.deck) >= 3)
  }

  @Test func ownersInputs() {
    #expect(Self.replay("OwnersReaderFuzz", FuzzInputs.owners) >= 2)
  }

  @Test func journalInputs() {
    #expect(Self.replay("JournalReaderFuzz", FuzzInputs.journal) >= 2)
  }

  @Test func notesWriterInputs() {
    #expect(Self.replay("NotesWriterFuzz", FuzzWriters.notes) >= 3)
  }

  @Test func journalWriterInputs() {
    #expect(Self.replay("JournalWriterFuzz", FuzzWriters.journal) >= 3)
  }

  @Test func deckWriterInputs() {
    #expect(Self.replay("DeckWriterFuzz", FuzzWriters.deck) >= 3)
  }

  /// The writers' checks can fail: a CSV with a ragged row, JSON that does not parse or holds
  /// a bidi control raw are caught.
  @Test func theWriterChecksCatchWhatTheyLookFor() {
    #expect(!OutputChecks.csvProblems("a,b\r\nc\r\n", what: "t").isEmpty)
    #expect(!OutputChecks.csvProblems("a,b\nc,d\n", what: "t").isEmpty)
    #expect(OutputChecks.csvProblems("a,\"b,\r\nc\"\r\nd,e\r\n", what: "t").isEmpty)
    #expect(!OutputChecks.jsonProblems("{\"a\": 1", what: "t").isEmpty)
    #expect(!OutputChecks.jsonProblems("{\"a\": \"\u{200F}\"}", what: "t").isEmpty)
    #expect(OutputChecks.jsonProblems("{\"a\": \"\\u200f\"}", what: "t").isEmpty)
  }

  /// The adversarial seed (scripts/gen-deck.py --adversarial: escapes, controls, RTL, CJK,
  /// emoji, ±1e308, zeros, empty series) loads, and its reports and notes print safely.
  @Test func adversarialDeckLoadsAndPrintsSafely() throws {
    let bytes = try #require(
      Self.inputs("corpus", "DeckReaderFuzz").first { $0.name == "adversarial.json" }?.bytes)
    let loaded = try DeckLoader.load(deckBytes: bytes, deckName: "adversarial.json")
    #expect(loaded.deck.metrics.count == 4)
    #expect(OutputChecks.deckPipeline(loaded.deck).isEmpty)
  }

  /// The fixed deck the owners target loads with is valid (else that half tests nothing), and
  /// the seed owners file fits it.
  @Test func theFixedDeckLoads() throws {
    let seeds = Self.inputs("corpus", "OwnersReaderFuzz")
    let owners = try #require(seeds.first { $0.name == "owners.json" }?.bytes)
    let loaded = try DeckLoader.load(
      deckBytes: Array(FuzzInputs.fixedDeck.utf8), deckName: "deck.json", ownersBytes: owners,
      ownersName: "owners.json")
    #expect(loaded.deck.metrics.count == 2)
    #expect(DeckAnalyzer.analyze(loaded.deck).metrics[0].xmr != nil)
  }

  /// The checks can fail: an escape sequence or a NaN in output is caught.
  @Test func theChecksCatchWhatTheyLookFor() {
    #expect(!OutputChecks.unsafeCharacters("a\u{1B}[2Jb", what: "t").isEmpty)
    #expect(!OutputChecks.unsafeCharacters("a\u{9B}b", what: "t").isEmpty)
    #expect(!OutputChecks.unsafeCharacters("tab\there", what: "t").isEmpty)
    #expect(OutputChecks.unsafeCharacters("line\nbreak 王 👩‍👩‍👧", what: "t").isEmpty)
    #expect(!OutputChecks.controlBytes([0x41, 0x7F], what: "t").isEmpty)
    #expect(!OutputChecks.nonFiniteWords("WoW nan%", inputs: ["Revenue"], what: "t").isEmpty)
    #expect(OutputChecks.nonFiniteWords("Infinity Pool", inputs: ["Infinity Pool"], what: "t").isEmpty)
  }
}
