/// Limits that keep hostile input from exhausting the stack or memory.
public struct JSONLimits: Sendable, Equatable {
  /// Deepest nesting of arrays and objects; a deck needs 5.
  public var maxDepth: Int
  /// Longest string, in UTF-8 bytes after unescaping.
  public var maxStringBytes: Int

  public init(maxDepth: Int = 512, maxStringBytes: Int = 1 << 20) {
    self.maxDepth = maxDepth
    self.maxStringBytes = maxStringBytes
  }
}

/// A strict RFC 8259 JSON parser over bytes that keeps the line and column of every node.
///
/// Hand-written rather than Foundation's `JSONDecoder`/`JSONSerialization` because the deck
/// reader must say *where* a value is wrong (line:column for every node, not just for syntax
/// errors), must see duplicate keys (which Foundation silently collapses), and must read decks
/// of tens of megabytes quickly. See docs/DECISIONS.md.
///
/// Accepted beyond the RFC: a leading UTF-8 byte-order mark. Refused: invalid UTF-8 (also
/// overlong forms and encoded surrogates), lone `\u` surrogates, raw control characters in
/// strings, numbers that overflow a Double, trailing content after the top-level value.
public enum JSONParser {
  /// Parses a whole document.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(
    _ bytes: [UInt8], limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    let result: Result<JSONNode, JSONSyntaxError> = bytes.withUnsafeBytes { raw in
      do throws(JSONSyntaxError) {
        return .success(try parse(raw, limits: limits))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses bytes the caller already holds (a memory-mapped file, a `Data`'s storage).
  public static func parse(
    _ bytes: UnsafeRawBufferPointer, limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    var scanner = JSONScanner(bytes.assumingMemoryBound(to: UInt8.self), limits: limits)
    return try scanner.parseDocument()
  }

  /// Parses UTF-8 text; a convenience for tests and small inputs.
  public static func parse(
    _ text: String, limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8), limits: limits)
  }
}

/// The scanning state: a cursor over the bytes plus what is needed to turn a byte offset
/// into a line and a column counted in Unicode scalars.
struct JSONScanner {
  let b: UnsafeBufferPointer<UInt8>
  let end: Int
  let limits: JSONLimits
  var i = 0
  var line = 1
  /// Byte offset where the current line starts.
  var lineStart = 0
  /// UTF-8 continuation bytes seen since `lineStart` (they do not advance the column).
  var wide = 0
  /// Element counts of the last containers closed at each place in the tree (depth and
  /// member key), used to size the next one: a deck repeats its shapes (157 weekly points of
  /// 2 members each), so containers are allocated once at their final size instead of
  /// growing by doubling. A wrong guess only costs the growth it would have cost anyway.
  var capacityHints = [Int](repeating: 0, count: 1024)

  init(_ buffer: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
    self.b = buffer
    self.end = buffer.count
    self.limits = limits
  }

  /// 1-based column of byte `p` on the current line; valid once every byte before `p` on
  /// this line has been scanned.
  @inline(__always) func column(_ p: Int) -> Int { p - lineStart - wide + 1 }

  mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
    if end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
      i = 3
      lineStart = 3
    }
    skipWhitespace()
    if i >= end {
      throw JSONSyntaxError(
        line: line, column: column(i), expected: "a JSON value", found: "end of input (the file is empty)")
    }
    let root = try parseValue(depth: 0, expecting: "a JSON value")
    skipWhitespace()
    if i < end { throw fail("end of input after the top-level value", at: i) }
    return root
  }

  @inline(__always) mutating func skipWhitespace() {
    while i < end {
      let c = b[i]
      if c == 0x20 || c == 0x09 || c == 0x0D {
        i += 1
      } else if c == 0x0A {
        i += 1
        line += 1
        lineStart = i
        wide = 0
      } else {
        return
      }
    }
  }

  /// `key` is the member key the value belongs to (empty for array elements and the root).
  mutating func parseValue(depth: Int, expecting: String, key: String = "") throws(JSONSyntaxError)
    -> JSONNode
  {
    guard i < end else { throw fail(expecting, at: i) }
    let ln = line
    let col = column(i)
    let value: JSONValue
    switch b[i] {
    case UInt8(ascii: "{"): value = try parseObject(depth: depth + 1, hint: Self.hintSlot(depth, key))
    case UInt8(ascii: "["): value = try parseArray(depth: depth + 1, hint: Self.hintSlot(depth, key))
    case UInt8(ascii: "\""): value = .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
    case UInt8(ascii: "t"): value = try literal("true", .bool(true), expecting: expecting)
    case UInt8(ascii: "f"): value = try literal("false", .bool(false), expecting: expecting)
    case UInt8(ascii: "n"): value = try literal("null", .null, expecting: expecting)
    default: throw fail(expecting, at: i)
    }
    return JSONNode(value, line: ln, column: col)
  }

  /// Where in `capacityHints` the size of a container at `depth` under `key` is kept.
  @inline(__always) static func hintSlot(_ depth: Int, _ key: String) -> Int {
    let u = key.utf8
    let keyHash = (u.count &* 7 &+ Int(u.first ?? 0) &+ Int(u.last ?? 0) &* 3) & 63
    return min(depth, 15) << 6 | keyHash
  }

  mutating func parseObject(depth: Int, hint: Int) throws(JSONSyntaxError) -> JSONValue {
    try checkDepth(depth)
    i += 1
    skipWhitespace()
    if i < end, b[i] == UInt8(ascii: "}") {
      i += 1
      return .object([])
    }
    var members: [JSONMember] = []
    members.reserveCapacity(capacityHints[hint])
    while true {
      guard i < end, b[i] == UInt8(ascii: "\"") else {
        throw fail(members.isEmpty ? "a string key or '}'" : "a string key after ','", at: i)
      }
      let keyLine = line
      let keyColumn = column(i)
      let key = try parseString()
      skipWhitespace()
      guard i < end, b[i] == UInt8(ascii: ":") else { throw fail("':' after the key", at: i) }
      i += 1
      skipWhitespace()
      let value = try parseValue(depth: depth, expecting: "a value after ':'", key: key)
      members.append(JSONMember(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
      skipWhitespace()
      guard i < end else { throw fail("',' or '}' after an object member", at: i) }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        skipWhitespace()
      } else if b[i] == UInt8(ascii: "}") {
        i += 1
        capacityHints[hint] = members.count
        return .object(members)
      } else {
        throw fail("',' or '}' after an object member", at: i)
      }
    }
  }

  mutating func parseArray(depth: Int, hint: Int) throws(JSONSyntaxError) -> JSONValue {
    try checkDepth(depth)
    i += 1
    skipWhitespace()
    if i < end, b[i] == UInt8(ascii: "]") {
      i += 1
      return .array([])
    }
    var elements: [JSONNode] = []
    elements.reserveCapacity(capacityHints[hint])
    while true {
      let element = try parseValue(
        depth: depth, expecting: elements.isEmpty ? "a value or ']'" : "a value after ','")
      elements.append(element)
      skipWhitespace()
      guard i < end else { throw fail("',' or ']' after an array element", at: i) }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        skipWhitespace()
      } else if b[i] == UInt8(ascii: "]") {
        i += 1
        capacityHints[hint] = elements.count
        return .array(elements)
      } else {
        throw fail("',' or ']' after an array element", at: i)
      }
    }
  }

  func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
    if depth > limits.maxDepth {
      throw fail("at most \(limits.maxDepth) levels of nested arrays and objects", at: i)
    }
  }

  mutating func literal(
    _ word: StaticString, _ value: JSONValue, expecting: String
  ) throws(JSONSyntaxError) -> JSONValue {
    let n = word.utf8CodeUnitCount
    let w = word.utf8Start
    guard i + n <= end else { throw fail(expecting, at: i) }
    for k in 0..<n where b[i + k] != w[k] { throw fail(expecting, at: i) }
    // "nullx" is one bad word, not `null` followed by garbage.
    if i + n < end, Self.isWordByte(b[i + n]) { throw fail(expecting, at: i) }
    i += n
    return value
  }

  /// An error at byte `p` on the current line, describing what is there.
  func fail(_ expected: String, at p: Int) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column(p), expected: expected, found: describe(p))
  }

  static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
  }
}
