import Testing
import WBRModel

/// The flat tape the readers walk: kinds, positions, skipping whole subtrees, strings with
/// and without escapes, and key equality as Swift strings compare.
@Suite struct JSONTapeTests {
  @Test func childrenFollowTheirContainerAndSubtreesAreSkipped() throws {
    let tape = try JSONTape.parse(#"{"a": [1, {"x": [2, 3]}, "s"], "b": null, "c": true}"#)
    #expect(tape.kind(tape.root) == .object)
    #expect(tape.count(tape.root) == 3)
    let a = try #require(tape.member(tape.root, "a"))
    #expect(tape.elements(a).map { tape.kind($0) } == [.number, .object, .string])
    #expect(tape.elements(a).map { tape.column($0) } == [8, 11, 26])
    #expect(tape.member(tape.root, "b").map { tape.kind($0) } == .null)
    #expect(tape.member(tape.root, "c").map { tape.kind($0) } == .true)
    #expect(tape.member(tape.root, "x") == nil)
    var keys: [String] = []
    var c = tape.members(tape.root)
    while let m = tape.next(&c) { keys.append(tape.string(m.key) ?? "?") }
    #expect(keys == ["a", "b", "c"])
  }

  @Test func stringsWithEscapesReadTheirUnescapedText() throws {
    let tape = try JSONTape.parse(#"["plain", "t\u00e9\nx", "\u0077eek_ending"]"#)
    let items = tape.elements(tape.root)
    #expect(items.map { tape.string($0) } == ["plain", "té\nx", "week_ending"])
    #expect(tape.string(items[2], is: "week_ending"))
    #expect(!tape.string(items[0], is: "plai"))
  }

  @Test func keysCompareAsSwiftStrings() throws {
    // A precomposed "é" and "e" + U+0301 are the same key to `String ==`, so a duplicate.
    let tape = try JSONTape.parse(#"{"\u00e9": 1, "e\u0301": 2, "ab": 3, "AB": 4}"#)
    var keys: [JSONRef] = []
    var c = tape.members(tape.root)
    while let m = tape.next(&c) { keys.append(m.key) }
    #expect(tape.equalStrings(keys[0], keys[1]))
    #expect(!tape.equalStrings(keys[2], keys[3]))
    #expect(!tape.equalStrings(keys[0], keys[2]))
  }

  @Test func numbersArePositionedOnTheirLine() throws {
    let tape = try JSONTape.parse("[\n  1.5,\n  -2e3\n]")
    let items = tape.elements(tape.root)
    #expect(items.map { tape.number($0) } == [1.5, -2000])
    #expect(items.map { tape.line($0) } == [2, 3])
    #expect(items.map { tape.column($0) } == [3, 3])
  }

  @Test func longNumbersEightDigitsAtATimeAreExact() throws {
    let texts = [
      "41607751.402883", "12345678.12345678", "0.00000000123456789", "123456789012345678901",
      "-98765432.1e-3", "10000000", "100000000.00000001", "0.12345678901234567890", "99999999999999999999e-5",
    ]
    for text in texts {
      let tape = try JSONTape.parse(text)
      #expect(tape.number(tape.root) == Double(text), "\(text)")
    }
  }
}
