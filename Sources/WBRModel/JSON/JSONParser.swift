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
  /// Parses a whole document into a tree.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(
    _ bytes: [UInt8], limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    let tape = try JSONTape.parse(bytes, limits: limits)
    return tape.tree(tape.root)
  }

  /// Parses bytes the caller already holds (a line of a larger buffer).
  public static func parse(
    _ bytes: UnsafeRawBufferPointer, limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    try parse([UInt8](bytes), limits: limits)
  }

  /// Parses UTF-8 text; a convenience for tests and small inputs.
  public static func parse(
    _ text: String, limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8), limits: limits)
  }
}

/// The scanning state: a cursor over the bytes, what is needed to turn a byte offset into a
/// line and a column counted in Unicode scalars, and the tape being written.
struct JSONScanner {
  typealias Node = JSONTape.Node
  let b: UnsafeBufferPointer<UInt8>
  /// The same bytes, for reading eight at a time.
  let raw: UnsafeRawBufferPointer
  let end: Int
  let limits: JSONLimits
  var i = 0
  var line = 1
  /// Byte offset where the current line starts.
  var lineStart = 0
  /// UTF-8 continuation bytes seen since `lineStart` (they do not advance the column).
  var wide = 0
  let nodes: JSONNodes
  var unescaped: [UInt8] = []
  /// The document as an array, for the tapes handed to `sink`.
  let input: [UInt8]
  /// Takes the elements of one array of the root object instead of the tape, when set.
  let sink: JSONElementSink?
  /// Whether the root object's member named `sink.key` has been met (only the first one is
  /// streamed, as a lookup by name reads only the first).
  var sinkKeySeen = false
  /// Whether points are read by `parseFlatPoint` (off only to compare, in tests).
  var flatPoints = true

  init(
    _ buffer: UnsafeBufferPointer<UInt8>, input: [UInt8], limits: JSONLimits, sink: JSONElementSink? = nil
  ) {
    self.b = buffer
    self.input = input
    self.sink = sink
    self.raw = UnsafeRawBufferPointer(buffer)
    self.end = buffer.count
    self.limits = limits
    // A deck has a node for every 9–10 bytes; reserving pages that stay untouched is free.
    nodes = JSONNodes(capacity: buffer.count / 8 + 4)
  }

  /// 1-based column of byte `p` on the current line; valid once every byte before `p` on
  /// this line has been scanned.
  @inline(__always) func column(_ p: Int) -> Int { p - lineStart - wide + 1 }

  mutating func parseDocument() throws(JSONSyntaxError) {
    if end >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF {
      i = 3
      lineStart = 3
    }
    // Offsets and lengths are 31-bit on the tape; a file is refused long before that.
    guard end < 1 << 31 else {
      throw JSONSyntaxError(line: 1, column: 1, expected: "a document under 2 GiB", found: "a larger one")
    }
    let start = i
    skipWhitespace()
    if i >= end {
      let what = i == start ? "the file is empty" : "the file holds only whitespace"
      throw JSONSyntaxError(
        line: line, column: column(i), expected: "a JSON value", found: "end of input (\(what))")
    }
    try parseValue(depth: 0, expecting: "a JSON value")
    skipWhitespace()
    if i < end { throw fail("end of input after the top-level value", at: i) }
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

  /// Appends a node at the current line and the column `column`.
  @inline(__always) mutating func push(_ kind: JSONTape.Kind, _ payload: UInt64, column: Int) {
    let ln = UInt32(clamping: min(line, (1 << 29) - 1))
    nodes.append(
      Node(payload: payload, lineAndKind: ln << 3 | UInt32(kind.rawValue), column: UInt32(clamping: column)))
  }

  /// Parses one value onto the tape.
  mutating func parseValue(depth: Int, expecting: String) throws(JSONSyntaxError) {
    guard i < end else { throw fail(expecting, at: i) }
    let col = column(i)
    switch b[i] {
    case UInt8(ascii: "{"):
      if flatPoints, try parseFlatPoint(depth: depth + 1) { return }
      try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): try parseString()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let v = try parseNumber()
      push(.number, v.bitPattern, column: col)
    case UInt8(ascii: "t"): try literal("true", .true, expecting: expecting)
    case UInt8(ascii: "f"): try literal("false", .false, expecting: expecting)
    case UInt8(ascii: "n"): try literal("null", .null, expecting: expecting)
    default: throw fail(expecting, at: i)
    }
  }

  /// Closes the container opened at node `at`: its member or element count and where its
  /// subtree ends.
  @inline(__always) mutating func close(_ at: Int, count: Int) {
    nodes[at].payload = UInt64(count) << 32 | UInt64(nodes.count)
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) {
    try checkDepth(depth)
    let at = nodes.count
    push(.object, 0, column: column(i))
    i += 1
    skipWhitespace()
    if i < end, b[i] == UInt8(ascii: "}") {
      i += 1
      close(at, count: 0)
      return
    }
    var count = 0
    while true {
      guard i < end, b[i] == UInt8(ascii: "\"") else {
        throw fail(count == 0 ? "a string key or '}'" : "a string key after ','", at: i)
      }
      let key = nodes.count
      try parseString()
      skipWhitespace()
      guard i < end, b[i] == UInt8(ascii: ":") else { throw fail("':' after the key", at: i) }
      i += 1
      skipWhitespace()
      if depth == 1, let sink, !sinkKeySeen, isSinkKey(key, sink) {
        sinkKeySeen = true
        try parseMember(of: at, key: key, membersBefore: count, sink: sink, depth: depth)
      } else {
        try parseValue(depth: depth, expecting: "a value after ':'")
      }
      count += 1
      if try commaOrClose(UInt8(ascii: "}"), "',' or '}' after an object member") {
        close(at, count: count)
        return
      }
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) {
    try checkDepth(depth)
    let at = nodes.count
    push(.array, 0, column: column(i))
    i += 1
    skipWhitespace()
    if i < end, b[i] == UInt8(ascii: "]") {
      i += 1
      close(at, count: 0)
      return
    }
    var count = 0
    while true {
      try parseValue(depth: depth, expecting: count == 0 ? "a value or ']'" : "a value after ','")
      count += 1
      if try commaOrClose(UInt8(ascii: "]"), "',' or ']' after an array element") {
        close(at, count: count)
        return
      }
    }
  }

  /// After an object's member or an array's element: a ',' (more follow, false) or `closing`
  /// (the container ends, true), each stepped over; anything else fails naming `expected`.
  @inline(__always) mutating func commaOrClose(_ closing: UInt8, _ expected: String) throws(JSONSyntaxError)
    -> Bool
  {
    skipWhitespace()
    guard i < end else { throw fail(expected, at: i) }
    if b[i] == UInt8(ascii: ",") {
      i += 1
      skipWhitespace()
      return false
    }
    guard b[i] == closing else { throw fail(expected, at: i) }
    i += 1
    return true
  }

  func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
    if depth > limits.maxDepth {
      throw fail("at most \(limits.maxDepth) levels of nested arrays and objects", at: i)
    }
  }

  mutating func literal(
    _ word: StaticString, _ kind: JSONTape.Kind, expecting: String
  ) throws(JSONSyntaxError) {
    let n = word.utf8CodeUnitCount
    let w = word.utf8Start
    guard i + n <= end else { throw fail(expecting, at: i) }
    for k in 0..<n where b[i + k] != w[k] { throw fail(expecting, at: i) }
    // "nullx" is one bad word, not `null` followed by garbage.
    if i + n < end, Self.isWordByte(b[i + n]) { throw fail(expecting, at: i) }
    push(kind, 0, column: column(i))
    i += n
  }

  /// An error at byte `p` on the current line, describing what is there.
  func fail(_ expected: String, at p: Int) -> JSONSyntaxError {
    JSONSyntaxError(line: line, column: column(p), expected: expected, found: describe(p))
  }

  static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
  }
}
