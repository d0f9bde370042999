import Foundation
import Testing

@testable import WBRModel

/// Metrics read one at a time while the deck is parsed (`MetricStream`) give the same deck and
/// the same diagnostics, in the same order and under the same caps, as reading them from the
/// whole tape; decks whose `week_ending` comes after `metrics` are read from the tape.
@Suite struct ReaderStreamTests {
  /// Both ways, with an owners file when given, as `DeckLoader` loads them.
  static func bothWays(
    _ deck: String, owners: String? = nil, options: LoadOptions = LoadOptions()
  ) -> (streamed: Result<LoadedDeck, InputError>, whole: Result<LoadedDeck, InputError>) {
    bothWays(bytes: Array(deck.utf8), owners: owners, options: options)
  }

  static func bothWays(
    bytes: [UInt8], owners: String? = nil, options: LoadOptions = LoadOptions()
  ) -> (streamed: Result<LoadedDeck, InputError>, whole: Result<LoadedDeck, InputError>) {
    let ownersTape = owners.map {
      JSONDocument.parse(Array($0.utf8), file: "owners.json", limits: options.json)
    }
    func load(_ parsed: Result<ParsedDeck, InputError>) -> Result<LoadedDeck, InputError> {
      do throws(InputError) {
        return .success(
          try DeckLoader.load(
            deck: parsed, deckName: "deck.json", owners: ownersTape,
            ownersName: owners.map { _ in "owners.json" },
            options: options))
      } catch {
        return .failure(error)
      }
    }
    let whole = JSONDocument.parse(bytes, file: "deck.json", limits: options.json).map(ParsedDeck.init(tape:))
    return (load(JSONDocument.parseDeck(bytes, file: "deck.json", options: options)), load(whole))
  }

  static func expectSame(
    _ deck: String, owners: String? = nil, options: LoadOptions = LoadOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    expectSame(bytes: Array(deck.utf8), owners: owners, options: options, sourceLocation: sourceLocation)
  }

  static func expectSame(
    bytes: [UInt8], owners: String? = nil, options: LoadOptions = LoadOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let (streamed, whole) = bothWays(bytes: bytes, owners: owners, options: options)
    #expect(streamed.lines == whole.lines, sourceLocation: sourceLocation)
    #expect(streamed.loaded == whole.loaded, sourceLocation: sourceLocation)
  }

  /// A metric with `points` weekly points ending on 2026-11-21, `extra` keys after `kind`.
  static func metric(_ id: String, points: Int = 60, extra: String = "") -> String {
    #"{"id": "\#(id)", "name": "\#(id)", "kind": "input"\#(extra), "weekly": \#(weeklyPoints(points))}"#
  }

  static func deck(_ metrics: [String], top: String = "", weekEndingFirst: Bool = true) -> String {
    let header = #""format": "wbr-deck", "version": 1, "title": "T""#
    let week = #""week_ending": "2026-11-21""#
    let list = #""metrics": [\#n"# + metrics.joined(separator: ",\n") + "\n]"
    let members = weekEndingFirst ? [header, week, top, list] : [header, list, top, week]
    return "{" + members.filter { !$0.isEmpty }.joined(separator: ",\n") + "}"
  }

  @Test func theMetricsAreStreamedWhenTheWeekComesFirst() throws {
    let text = Self.deck([Self.metric("a"), Self.metric("b")])
    let parsed = try JSONDocument.parseDeck(Array(text.utf8), file: "deck.json", options: LoadOptions()).get()
    #expect(parsed.stream?.count == 2)
    // The tape holds the header only: the metrics array's node has nothing under it.
    let metrics = try #require(parsed.tape.member(parsed.tape.root, "metrics"))
    #expect(parsed.tape.count(metrics) == 0)
    #expect(parsed.tape.after(metrics).index == parsed.tape.nodes.count)
    Self.expectSame(text)
  }

  @Test func aWeekAfterTheMetricsKeepsThemOnTheTape() throws {
    let text = Self.deck([Self.metric("a"), Self.metric("b", points: 3)], weekEndingFirst: false)
    let parsed = try JSONDocument.parseDeck(Array(text.utf8), file: "deck.json", options: LoadOptions()).get()
    #expect(parsed.stream == nil)
    Self.expectSame(text)
  }

  @Test func faultyMetricsAndChecksAcrossThem() {
    let metrics = [
      Self.metric("a", extra: #", "section": "nowhere", "pairs_with": "zz", "owner": "ghost""#),
      Self.metric("a", points: 2),  // duplicate id
      Self.metric("b", extra: #", "section": "nowhere", "pairs_with": "b""#),
      #"{"id": "bad id", "name": 3, "kind": "other", "weekly": [{"week_ending": "x", "value": "1"}], "owner": "o"}"#,
      #"{"id": "c", "name": "C", "kind": "output", "weekly": [], "monthly": [{"month": "2026-13", "value": 1}]}"#,
      #"[1, 2]"#,
      Self.metric("d", extra: #", "owner": 7, "x": 1, "x": 2"#),
      Self.metric(
        "e", points: 1,
        extra: #", "pairs_with": "a", "targets": {"weekly": [{"week_ending": "2026-11-28", "value": 1}]}"#),
    ]
    let owners =
      #"{"format": "wbr-owners", "version": 1, "owners": [{"id": "o", "name": "O"}], "assignments": {"a": "o", "q": "o"}}"#
    Self.expectSame(Self.deck(metrics, top: #""sections": [{"id": "s", "title": "S"}]"#))
    Self.expectSame(Self.deck(metrics), owners: owners)
    Self.expectSame(Self.deck(Array(metrics.prefix(3)) + [Self.metric("f")]), owners: owners)
  }

  @Test func ownersAreCheckedAgainstTheStreamedMetrics() {
    let metrics = [
      Self.metric("a", extra: #", "owner": "ghost""#), Self.metric("b", extra: #", "owner": "o""#),
      Self.metric("c", extra: #", "owner": "ghost""#),
    ]
    let owners =
      #"{"format": "wbr-owners", "version": 1, "owners": [{"id": "o", "name": "O"}], "assignments": {"c": "o", "zz": "o"}}"#
    let (streamed, _) = Self.bothWays(Self.deck(metrics), owners: owners)
    #expect(streamed.lines.filter { $0.contains("owners.unknown-owner") }.count == 2)
    Self.expectSame(Self.deck(metrics), owners: owners)
  }

  @Test func errorCapsStopAtTheSameMetric() {
    // 60 metrics with two errors each; the header adds some of its own.
    let bad = (0..<60).map { #"{"id": "m\#($0)", "name": 1, "kind": "x", "weekly": \#(weeklyPoints(3))}"# }
    for maxErrors in [1, 5, 50, 119, 120, 121] {
      let options = LoadOptions(maxErrors: maxErrors)
      Self.expectSame(Self.deck(bad), options: options)
      Self.expectSame(Self.deck(bad, top: #""fiscal_year_end_month": 13, "sections": 4"#), options: options)
    }
    // One metric with more errors than the cap.
    let points = (0..<80).map { _ in #"{"week_ending": 1, "value": "v"}"# }.joined(separator: ",")
    let many = #"{"id": "m", "name": "M", "kind": "input", "weekly": [\#(points)]}"#
    Self.expectSame(Self.deck([many, many, Self.metric("ok")]), options: LoadOptions(maxErrors: 50))
  }

  @Test func warningCapsCountTheSame() {
    let gappy = (0..<40).map { k in
      #"{"id": "g\#(k)", "name": "G", "kind": "input", "x": 1, "weekly": \#(weeklyPoints(3, endingOn: "2026-10-31"))}"#
    }
    for maxWarnings in [0, 1, 7, 60, 119, 120, 1000] {
      let options = LoadOptions(maxWarnings: maxWarnings)
      Self.expectSame(Self.deck(gappy), options: options)
      Self.expectSame(Self.deck(gappy, top: #""y": 1, "z": 2"#), options: options)
    }
  }

  @Test func onlyTheFirstMetricsKeyIsStreamed() {
    let one = Self.metric("a")
    let two = Self.metric("b")
    Self.expectSame(Self.deck([one], top: #""metrics": [\#(two)]"#))
    // The first `metrics` is not an array: the second must not be streamed in its place.
    let text =
      #"{"format": "wbr-deck", "version": 1, "title": "T", "week_ending": "2026-11-21", "metrics": {}, "metrics": [\#(one)]}"#
    Self.expectSame(text)
    // An escaped key is the same key.
    let escaped =
      #"{"format": "wbr-deck", "version": 1, "title": "T", "week_ending": "2026-11-21", "metr\u0069cs": [\#(one)]}"#
    Self.expectSame(escaped)
    #expect(Self.bothWays(escaped).streamed.loaded?.deck.metrics.count == 1)
  }

  @Test func headerProblemsAndEmptyOrBrokenMetrics() {
    for text in [
      Self.deck([]),
      #"{"format": "wbr-deck", "version": 1, "title": "T", "week_ending": 7, "metrics": [\#(Self.metric("a"))]}"#,
      #"{"format": "wbr-deck", "version": 2, "title": "T", "week_ending": "2026-11-21", "metrics": [\#(Self.metric("a"))]}"#,
      #"{"format": "wbr-deck", "version": 1, "week_ending": "2026-11-21", "metrics": [\#(Self.metric("a"))], "title": 1}"#,
      #"{"week_ending": "2026-11-21", "metrics": [\#(Self.metric("a")), 3, "x", null]}"#,
      #"{"format": "wbr-deck", "version": 1, "title": "T", "week_ending": "2026-11-21", "metrics": [\#(Self.metric("a"))"#,
      #"{"format": "wbr-deck", "version": 1, "title": "T", "week_ending": "2026-11-21", "metrics": [\#(Self.metric("a")),]}"#,
    ] {
      Self.expectSame(text)
    }
  }

  @Test func theProjectsDecksReadTheSameBothWays() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var files = ["sample-data/retail-deck.json"]
    for dir in ["tests-e2e/fixtures", "Fuzz/corpus/DeckReaderFuzz", "Fuzz/regressions/DeckReaderFuzz"] {
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)) ?? []
      files += names.sorted().map { dir + "/" + $0 }
    }
    let owners = try String(
      contentsOf: root.appendingPathComponent("sample-data/owners.json"), encoding: .utf8)
    var read = 0
    for file in files {
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file).path) else {
        continue
      }
      Self.expectSame(bytes: [UInt8](data))
      Self.expectSame(bytes: [UInt8](data), owners: owners)
      read += 1
    }
    #expect(read >= 10)
  }
}
