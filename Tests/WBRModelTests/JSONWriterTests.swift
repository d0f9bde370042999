import Foundation
import Testing
import WBRModel

/// The one JSON writer: layouts, escapes and numbers, each style as its files need it.
@Suite struct JSONWriterTests {
  func written(_ style: JSONWriter.Style, _ body: (inout JSONWriter) -> Void) -> String {
    var w = JSONWriter(style: style)
    body(&w)
    return w.text
  }

  /// A member holding a container, a flat object and an array of plain values, in each style.
  func sample(_ w: inout JSONWriter) {
    w.beginObject()
    w.field("id", "a")
    w.key("change")
    w.beginObject()
    w.field("value", -1.5)
    w.field("unit", "pct")
    w.endObject()
    w.key("spark")
    w.beginArray()
    w.number(1)
    w.null()
    w.number(2.25)
    w.endArray()
    w.key("empty")
    w.beginArray()
    w.endArray()
    w.endObject()
  }

  @Test func eachStyleLaysOutTheSameValues() {
    #expect(
      written(.compact, sample)
        == #"{"id":"a","change":{"value":-1.5,"unit":"pct"},"spark":[1,null,2.25],"empty":[]}"#)
    #expect(
      written(.pretty, sample) == """
        {
          "id": "a",
          "change": {
            "value": -1.5,
            "unit": "pct"
          },
          "spark": [1, null, 2.25],
          "empty": []
        }
        """)
    #expect(
      written(.report, sample) == """
        {
          "id": "a",
          "change": {"value": -1.5, "unit": "pct"},
          "spark": [1, null, 2.25],
          "empty": []
        }
        """)
  }

  /// `report`: a flat object stays on one line up to 80 characters (counted as characters,
  /// not bytes), one character more breaks it; an array of objects takes a line an item.
  @Test func reportObjectsFitInEightyCharacters() {
    func object(_ text: String) -> String {
      written(.report) { w in
        w.beginArray()
        w.beginObject()
        w.field("t", text)
        w.endObject()
        w.endArray()
      }
    }
    // {"t": "…"} is 9 characters around the text.
    let fits = String(repeating: "é", count: 71)
    #expect(object(fits) == "[\n  {\"t\": \"\(fits)\"}\n]")
    let long = String(repeating: "x", count: 72)
    #expect(object(long) == "[\n  {\n    \"t\": \"\(long)\"\n  }\n]")
  }

  @Test func deckStyleKeepsItsBlocksAndNumberForms() {
    let text = written(.deck) { w in
      w.beginObject()
      w.key("weekly")
      w.beginArray(.block)
      w.endArray()
      w.key("points")
      w.beginArray(.block)
      w.beginObject(.spaced)
      w.field("value", 1e15)
      w.field("days", 3)
      w.endObject()
      w.endArray()
      w.endObject()
    }
    #expect(
      text == """
        {
          "weekly": [
          ],
          "points": [
            {"value": 1000000000000000.0, "days": 3}
          ]
        }
        """)
    #expect(written(.pretty) { $0.number(1e15) } == "1000000000000000")
  }

  @Test func escapesControlsAndWhatDrivesATerminal() {
    let s = "q\"b\\n\nt\tb\u{08}f\u{0C}\u{01}\u{7F}\u{9B}\u{202E}\u{2066}\u{2028}é日👍🏽"
    let escaped = #"q\"b\\n\nt\tb\bf\f\u0001\u007f\u009b\u202e\u2066\u2028é日👍🏽"#
    #expect(written(.compact) { $0.string(s) } == "\"" + escaped + "\"")
    // The deck file has always written backspace and form feed in the \u form.
    let deck = escaped.replacingOccurrences(of: #"\b"#, with: #"\u0008"#)
      .replacingOccurrences(of: #"\f"#, with: #"\u000c"#)
    #expect(written(.deck) { $0.string(s) } == "\"" + deck + "\"")
  }

  /// Numbers print as Swift's shortest round-trip `description` (integral ones without
  /// ".0"): the writer's own fast path must agree with it for every value it takes.
  @Test func numbersReadAsSwiftsShortestForm() {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    var values: [Double] = [0.001, 0.0012, -0.1, 0.30000000000000004, 123.456, 99999999999999.98, 0.0009999]
    for _ in 0..<200_000 {
      let decimals = Double(next() % 9)
      let units = Double(Int64(bitPattern: next()) % 10_000_000_000)
      values.append(units / pow(10, decimals))
      values.append(Double(bitPattern: next()))
      values.append(Double(next() % 1_000_000) * 0.0001 * Double(next() % 1000))
    }
    for v in values where v.isFinite && v != v.rounded() {
      let text = written(.report) { $0.number(v) }
      if text != v.description {
        Issue.record("\(v.description) written as \(text)")
        return
      }
    }
    #expect(written(.report) { $0.number(-0.0) } == "0")
    #expect(written(.report) { $0.number(.nan) } == "null")
    #expect(written(.report) { $0.int(Int.min) } == "-9223372036854775808")
  }

  @Test func daysAndMonthsAsTheirDescriptions() throws {
    let day = try #require(Day(iso: "0987-03-04"))
    #expect(written(.compact) { $0.day(day) } == "\"0987-03-04\"")
    #expect(written(.compact) { $0.month(YearMonth(year: 2026, month: 1)) } == "\"2026-01\"")
  }
}
