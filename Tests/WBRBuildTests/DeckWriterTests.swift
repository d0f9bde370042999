import Foundation
import Testing
import WBRBuild
import WBRModel

@Suite struct DeckWriterTests {
  /// A built deck, written and read back by the deck reader, has the very same numbers.
  @Test(arguments: ["scenario_4", "scenario_6", "scenario_9"])
  func roundTripsExactly(_ scenario: String) throws {
    let dir = GoldenVectors.scenarioRoot.appendingPathComponent(scenario)
    let (deck, _) = try DeckBuilder.build(
      configPath: dir.appendingPathComponent("config.yaml").path,
      dataPath: dir.appendingPathComponent("original.csv").path)
    let bytes = DeckWriter.write(deck)
    #expect(bytes == DeckWriter.write(deck))  // deterministic
    let loaded = try DeckLoader.load(deckBytes: bytes, deckName: "built.json")
    #expect(loaded.deck.metrics.count == deck.metrics.count)
    for (a, b) in zip(deck.metrics, loaded.deck.metrics) {
      #expect(a.id == b.id && a.name == b.name && a.kind == b.kind && a.comparison == b.comparison)
      #expect(a.weekly.map(\.value) == b.weekly.map(\.value))
      #expect(a.weekly.map(\.weekEnding) == b.weekly.map(\.weekEnding))
      #expect(a.monthly.map(\.value) == b.monthly.map(\.value))
      #expect(a.totals == b.totals)
      #expect(a.weeklyTargets.map(\.value) == b.weeklyTargets.map(\.value))
    }
    let unexpected = loaded.warnings.filter { $0.message.contains("unknown key") }
    #expect(unexpected.isEmpty, "\(unexpected.prefix(3))")
  }

  @Test func numbersAndTextAreValidJSON() throws {
    let deck = Deck(
      title: "Q \"4\"\n\u{1}", weekEnding: try #require(Day(iso: "2024-03-09")),
      metrics: [
        Metric(
          id: "m", name: "Rate", kind: .input,
          weekly: [
            WeeklyPoint(weekEnding: try #require(Day(iso: "2024-03-02")), value: 0.1 + 0.2),
            WeeklyPoint(weekEnding: try #require(Day(iso: "2024-03-09")), value: nil, days: 3),
          ])
      ])
    let bytes = DeckWriter.write(deck)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    #expect(object["title"] as? String == "Q \"4\"\n\u{1}")
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"value\": 0.30000000000000004"))
    #expect(text.contains("\"value\": null, \"days\": 3"))
  }

  /// Streamed in small pieces, the deck is the very bytes `write` gives, handed on after
  /// metrics (never in the middle of one) and never all at once.
  @Test func streamGivesTheSameBytesInPieces() throws {
    let dir = GoldenVectors.scenarioRoot.appendingPathComponent("scenario_9")
    let (deck, _) = try DeckBuilder.build(
      configPath: dir.appendingPathComponent("config.yaml").path,
      dataPath: dir.appendingPathComponent("original.csv").path)
    var pieces: [[UInt8]] = []
    DeckWriter.stream(deck, piece: 512) { pieces.append(Array($0)) }
    let whole = DeckWriter.write(deck)
    #expect(pieces.joined().elementsEqual(whole))
    #expect(pieces.count > 2)
    for piece in pieces.dropLast() { #expect(piece.starts(with: Array("{\n".utf8)) || piece.last == 0x7D) }
    var once: [[UInt8]] = []
    DeckWriter.stream(deck) { once.append(Array($0)) }
    #expect(once.count == 1 && once[0] == whole)
  }

  /// The sink's first error stops the writing and comes out as it was thrown.
  @Test func streamStopsAtTheSinksError() throws {
    struct Full: Error, Equatable {}
    let dir = GoldenVectors.scenarioRoot.appendingPathComponent("scenario_9")
    let (deck, _) = try DeckBuilder.build(
      configPath: dir.appendingPathComponent("config.yaml").path,
      dataPath: dir.appendingPathComponent("original.csv").path)
    var calls = 0
    #expect(throws: Full()) {
      try DeckWriter.stream(deck, piece: 512) { (_) throws(Full) in
        calls += 1
        throw Full()
      }
    }
    #expect(calls == 1)
  }
}
