import Foundation
import Testing

@testable import WBRModel

/// The parser's straight-line path for points (`JSONScanner.parseFlatPoint`) writes the same
/// tape as the general path, and the same errors, whatever the point looks like.
@Suite struct JSONFlatPointTests {
  /// Kinds, positions, payloads (with the flat-point mark cleared) and strings of every node.
  static func nodes(_ tape: JSONTape) -> [String] {
    (0..<tape.nodes.count).map { k in
      let r = JSONRef(k)
      let payload = tape.nodes[k].payload & ~(tape.kind(r) == .object ? JSONTape.flatPointFlag : 0)
      return "\(tape.kind(r)) \(tape.line(r)):\(tape.column(r)) \(payload) \(tape.string(r) ?? "")"
    }
  }

  static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectSame(bytes: Array(text.utf8), sourceLocation: sourceLocation)
  }

  static func expectSame(bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let limits = JSONLimits()
    let fast = Result { () throws(JSONSyntaxError) in try JSONTape.parse(bytes, limits: limits, sink: nil) }
    let general = Result { () throws(JSONSyntaxError) in
      try JSONTape.parse(bytes, limits: limits, sink: nil, flatPoints: false)
    }
    switch (fast, general) {
    case (.success(let a), .success(let b)):
      #expect(nodes(a) == nodes(b), sourceLocation: sourceLocation)
      #expect(a.unescaped == b.unescaped, sourceLocation: sourceLocation)
    case (.failure(let a), .failure(let b)):
      #expect(a == b, sourceLocation: sourceLocation)
    default:
      Issue.record("one way parsed, the other did not: \(fast), \(general)", sourceLocation: sourceLocation)
    }
  }

  @Test func theKeyWordsAreTheirText() {
    #expect(JSONScanner.weekKey == JSONScanner.word("{\"week_e"))
    #expect(JSONScanner.weekKeyEnd == JSONScanner.word("ending\":"))
    #expect(JSONScanner.monthKey == JSONScanner.word("{\"month\""))
    #expect(JSONScanner.valueKey == JSONScanner.word("\"value\":"))
  }

  @Test func pointsAreMarkedAndReadAsTheGeneralPathReadsThem() throws {
    // (The straight line needs 40 bytes ahead: points at the very end go the general way.)
    let text =
      #"[{"week_ending":"2026-11-21","value":-12.5}, {"month": "2026-11",  "value": null }, 1, 2, 3]"#
    let tape = try JSONTape.parse(Array(text.utf8), limits: JSONLimits(), sink: nil)
    let items = tape.elements(tape.root)
    #expect(tape.isFlatPoint(items[0], keyLength: 11) && tape.isFlatPoint(items[1], keyLength: 5))
    #expect(!tape.isFlatPoint(items[0], keyLength: 5))
    #expect(tape.member(items[0], "value").flatMap { tape.number($0) } == -12.5)
    #expect(tape.after(items[0]) == items[1])
    Self.expectSame(text)
  }

  @Test func everyShapeNearAPointReadsTheSame() {
    let date = "\"2026-11-21\""
    let month = "\"2026-11\""
    var shapes: [String] = []
    for value in [
      "1", "-0", "0.5", "123456789.123456789", "1e400", "-", "01", "nul", "null", "nullx", "true", "\"1\"",
      "[]",
    ] {
      shapes.append(#"{"week_ending":\#(date),"value":\#(value)}"#)
      shapes.append(#"{"month":\#(month),"value":\#(value)}"#)
    }
    shapes += [
      #"{ "week_ending":\#(date),"value":1}"#, #"{"week_ending" :\#(date),"value":1}"#,
      "{\"week_ending\":\t\(date) ,\t\"value\": 1 \t}", "{\"week_ending\":\r\(date),\"value\":1}",
      "{\"week_ending\":\n\(date),\"value\":1}", #"{"week_ending":\#(date),"value":1,"days":3}"#,
      #"{"value":1,"week_ending":\#(date)}"#, #"{"week_ending":"2026-11-2","value":1}"#,
      #"{"week_ending":"2026-11-211","value":1}"#, #"{"week_ending":"2026\"11-21","value":1}"#,
      #"{"week_ending":"2026\u002d11-21","value":1}"#, #"{"week_ending":"2026-11-2é","value":1}"#,
      "{\"week_ending\":\"2026-11-2\u{1}\",\"value\":1}", #"{"week_ending":\#(date),"value":1,}"#,
      #"{"week_ending":\#(date),"value":1"#, #"{"week_ending":\#(date),"valu":1}"#,
      #"{"week_endinG":\#(date),"value":1}"#,
      #"{"month":\#(month),"value":1}"#, #"{"month":"2026-1","value":1}"#, #"{"month" :\#(month),"value":1}"#,
      #"{"week_ending":\#(date),"value":1}"#,
    ]
    for shape in shapes {
      Self.expectSame("[" + shape + "]")
      Self.expectSame("[" + shape + ", " + shape + "]\n")
      Self.expectSame("{\"é\": [1, \n  " + shape + "]}")
      // Near the end of the input, where the straight line stops short.
      Self.expectSame(shape)
    }
    // Deep enough that the point itself is one level too deep.
    for levels in [511, 512] {
      let point = #"{"week_ending":\#(date),"value":1}"#
      Self.expectSame(String(repeating: "[", count: levels) + point + String(repeating: "]", count: levels))
    }
  }

  @Test func theProjectsDecksParseTheSame() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var count = 0
    for dir in [
      "sample-data", "tests-e2e/fixtures", "Fuzz/corpus/DeckReaderFuzz", "Fuzz/regressions/DeckReaderFuzz",
    ] {
      let path = root.appendingPathComponent(dir).path
      for name in ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() {
        guard let data = FileManager.default.contents(atPath: path + "/" + name) else { continue }
        Self.expectSame(bytes: [UInt8](data))
        count += 1
      }
    }
    #expect(count >= 10)
  }
}
