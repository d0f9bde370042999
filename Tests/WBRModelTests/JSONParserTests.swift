import Testing
import WBRModel

/// Parses `text`, returning the error it must fail with.
private func syntaxError(_ text: String, limits: JSONLimits = JSONLimits()) -> JSONSyntaxError? {
  do {
    _ = try JSONParser.parse(text, limits: limits)
    return nil
  } catch {
    return error
  }
}

private func syntaxError(bytes: [UInt8]) -> JSONSyntaxError? {
  do {
    _ = try JSONParser.parse(bytes)
    return nil
  } catch {
    return error
  }
}

@Suite struct JSONParserValueTests {
  @Test func parsesEveryKindOfValue() throws {
    let root = try JSONParser.parse(#"{"a": [1, -2.5, true, false, null, "x"], "b": {}}"#)
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["a", "b"])
    let a = try #require(root["a"])
    #expect(
      a.value
        == .array([
          JSONNode(.number(1), line: 1, column: 8), JSONNode(.number(-2.5), line: 1, column: 11),
          JSONNode(.bool(true), line: 1, column: 17), JSONNode(.bool(false), line: 1, column: 23),
          JSONNode(.null, line: 1, column: 30), JSONNode(.string("x"), line: 1, column: 36),
        ]))
    #expect(root["b"]?.value == .object([]))
  }

  @Test func keepsDuplicateKeysInOrder() throws {
    let root = try JSONParser.parse(#"{"k": 1, "k": 2}"#)
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.count == 2)
    #expect(members[1].keyColumn == 10)
    #expect(root["k"]?.value == .number(1))
  }

  @Test func decodesEscapes() throws {
    let root = try JSONParser.parse(#""q\"b\\s\/\b\f\n\r\t\u00e9\u20AC\ud83d\ude00""#)
    #expect(root.value == .string("q\"b\\s/\u{8}\u{C}\n\r\té€😀"))
  }

  @Test func keepsRawUnicode() throws {
    let root = try JSONParser.parse(#"["Zürich 日本 😀", "é"]"#)
    #expect(
      root.value
        == .array([
          JSONNode(.string("Zürich 日本 😀"), line: 1, column: 2), JSONNode(.string("é"), line: 1, column: 17),
        ]))
  }

  @Test func columnsCountUnicodeScalars() throws {
    let text = "{\n  \"名前\": \"é😀\", \"n\": 7\n}"
    let root = try JSONParser.parse(text)
    let n = try #require(root["n"])
    #expect(n.line == 2)
    #expect(n.column == 20)
    guard case .object(let members) = root.value else { return }
    #expect(members[1].keyLine == 2)
    #expect(members[1].keyColumn == 15)
  }

  @Test func numbersAreExact() throws {
    let cases: [(String, Double)] = [
      ("0", 0), ("-0", -0.0), ("1e308", 1e308), ("0.1", 0.1), ("123456789012345678", 123_456_789_012_345_680),
      ("2.2250738585072014e-308", 2.2250738585072014e-308), ("1E2", 100), ("1e-2", 0.01),
      ("0.30000000000000004", 0.30000000000000004), ("9007199254740993", 9_007_199_254_740_992),
      ("1.7976931348623157e308", 1.7976931348623157e308), ("5e-324", .leastNonzeroMagnitude), ("1e-400", 0),
      ("-12.5e+1", -125), ("0.000001", 0.000001), ("3.14159265358979", 3.14159265358979),
    ]
    for (text, expected) in cases {
      let node = try JSONParser.parse(text)
      guard case .number(let v) = node.value else {
        Issue.record("\(text) is not a number")
        continue
      }
      #expect(v == expected, "\(text)")
      #expect(v.sign == expected.sign, "sign of \(text)")
    }
  }

  @Test func numbersMatchTheStandardLibraryOnManyInputs() throws {
    var seed: UInt64 = 42
    func next() -> UInt64 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return seed >> 11
    }
    for _ in 0..<2000 {
      let mantissa = next() % 10_000_000_000_000_000
      let exponent = Int(next() % 60) - 30
      let text = "\(mantissa)e\(exponent)"
      let node = try JSONParser.parse(text)
      #expect(node.value == .number(Double(text) ?? .nan), "\(text)")
    }
  }

  @Test func acceptsAByteOrderMark() throws {
    let root = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
    #expect(root.column == 1)
  }
}

@Suite struct JSONParserErrorTests {
  @Test func truncatedInput() throws {
    let e = try #require(syntaxError("{\n  \"a\": [1, 2"))
    #expect(e.line == 2)
    #expect(e.column == 13)
    #expect(e.message == "expected ',' or ']' after an array element, found end of input")
  }

  /// Blank space is not "empty" (issue #14); an empty file is.
  @Test func emptyInput() throws {
    let e = try #require(syntaxError("  \n"))
    #expect(e.line == 2 && e.column == 1)
    #expect(e.found == "end of input (the file holds only whitespace)")
    #expect(try #require(syntaxError("")).found == "end of input (the file is empty)")
    #expect(try #require(syntaxError("\u{FEFF}")).found == "end of input (the file is empty)")
  }

  @Test func aSecondByteOrderMarkIsNamed() throws {
    let e = try #require(syntaxError("\u{FEFF}\u{FEFF}{}"))
    #expect(e.found == "a byte-order mark (U+FEFF) after the start of the file")
    #expect(try #require(syntaxError("\u{200B}{}")).found == "the invisible character U+200B")
  }

  @Test func trailingGarbage() throws {
    let e = try #require(syntaxError("{} x"))
    #expect(e.description == "1:4: expected end of input after the top-level value, found 'x'")
  }

  @Test func trailingComma() throws {
    let e = try #require(syntaxError(#"{"a": 1,}"#))
    #expect(e.description == "1:9: expected a string key after ',', found '}'")
    let f = try #require(syntaxError("[1,]"))
    #expect(f.description == "1:4: expected a value after ',', found ']'")
  }

  @Test func badTokens() throws {
    #expect(syntaxError("[NaN]")?.description == "1:2: expected a value or ']', found 'NaN'")
    #expect(syntaxError("[tru]")?.description == "1:2: expected a value or ']', found 'tru'")
    #expect(syntaxError("nullx")?.found == "'nullx'")
    #expect(syntaxError("{'a': 1}")?.description == "1:2: expected a string key or '}', found '''")
    #expect(syntaxError(#"{"a" 1}"#)?.expected == "':' after the key")
  }

  @Test func badNumbers() throws {
    #expect(
      syntaxError("01")?.description.hasPrefix("1:2: expected '.', 'e' or the end of the number") == true)
    #expect(syntaxError("-")?.description == "1:2: expected a digit after '-', found end of input")
    #expect(syntaxError("1.")?.description == "1:3: expected a digit after '.', found end of input")
    #expect(syntaxError("1e+")?.description == "1:4: expected a digit in the exponent, found end of input")
    #expect(syntaxError("+1")?.found == "'+'")
    #expect(
      syntaxError("[1e309]")?.description
        == "1:2: expected a number within ±1.7976931348623157e308, found '1e309'")
    #expect(syntaxError("-1e309") != nil)
  }

  @Test func controlCharactersInStrings() throws {
    let e = try #require(syntaxError("[\"a\tb\"]"))
    #expect(e.line == 1 && e.column == 4)
    #expect(e.found == "a raw tab (U+0009)")
    let n = try #require(syntaxError("\"a\nb\""))
    #expect(n.found == "a raw line feed (U+000A)")
    let esc = try #require(syntaxError("\"\u{1B}[31m\""))
    #expect(esc.found == "a raw ESC (U+001B)")
  }

  @Test func badEscapes() throws {
    #expect(syntaxError(#""\x""#)?.column == 3)
    #expect(syntaxError(#""\u12G4""#)?.description == "1:6: expected 4 hex digits after \\u, found 'G4'")
    #expect(syntaxError(#""\u12""#)?.found == "'\"'")
  }

  @Test func loneSurrogates() throws {
    let high = try #require(syntaxError(#"["\ud83d x"]"#))
    #expect(high.column == 9)
    #expect(high.expected == "a low surrogate \\uDC00–\\uDFFF after \\uD83D")
    let pairWithWrongLow = try #require(syntaxError(#""\ud83d\u0041""#))
    #expect(pairWithWrongLow.found == "\\u0041")
    let low = try #require(syntaxError(#""\udc00""#))
    #expect(low.found == "a lone surrogate \\uDC00")
    #expect(low.column == 2)
  }

  @Test func invalidUTF8() throws {
    let overlong = try #require(syntaxError(bytes: Array("[\"a".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)))
    #expect(overlong.description == "1:4: expected valid UTF-8, found the byte 0xC0")
    let surrogate = try #require(syntaxError(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22]))
    #expect(surrogate.found == "the byte 0xED")
    let stray = try #require(syntaxError(bytes: [0x5B, 0xFF, 0x5D]))
    #expect(stray.description == "1:2: expected a value or ']', found the byte 0xFF")
    let truncated = try #require(syntaxError(bytes: [0x22, 0xE2, 0x82]))
    #expect(truncated.found == "the byte 0xE2")
  }

  @Test func unterminatedString() throws {
    let e = try #require(syntaxError("{\"a\": \"abc"))
    #expect(e.description == "1:11: expected '\"' to close the string opened at 1:7, found end of input")
  }

  @Test func depthLimit() throws {
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    let e = try #require(syntaxError(deep))
    #expect(e.column == 513)
    #expect(e.expected == "at most 512 levels of nested arrays and objects")
    let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(syntaxError(ok) == nil)
  }

  @Test func stringLengthLimit() throws {
    let limits = JSONLimits(maxDepth: 512, maxStringBytes: 8)
    #expect(syntaxError(#"["12345678"]"#, limits: limits) == nil)
    let e = try #require(syntaxError(#"["123456789"]"#, limits: limits))
    #expect(e.description == "1:2: expected a string of at most 8 bytes, found a longer string")
    #expect(syntaxError(#"["123\n5678"]"#, limits: limits) == nil)
    #expect(syntaxError(#"["1234\n6789"]"#, limits: limits)?.column == 2)
  }

  @Test func columnsAfterWideCharactersInErrors() throws {
    let e = try #require(syntaxError("{\"ключ\": 1 2}"))
    #expect(e.column == 12)
  }
}
