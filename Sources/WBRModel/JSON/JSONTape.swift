/// A parsed JSON document as one flat array of nodes (a "tape", as simdjson calls it), read
/// through `JSONRef` indices.
///
/// Why not a tree: a deck is mostly small point objects (`{"week_ending": …, "value": …}`,
/// about 200,000 in a 1,000-metric deck). A tree of enums makes and frees one array per
/// object, which cost more than the parse itself. Here every value is one 16-byte node in
/// document order, a container's children follow it, strings stay ranges of the input bytes
/// (or of one buffer for the few with escapes) and numbers are parsed once, so reading a deck
/// allocates nothing per object. Every node keeps its line and column for diagnostics.
///
/// An object's children are its members, each a key node (a string, carrying the key's
/// position) followed by its value.
public struct JSONTape {
  /// What a node holds.
  public enum Kind: UInt8, Sendable {
    case null, `false`, `true`, number, string, array, object
    /// A string that had escapes: its bytes are in `unescaped`, not in `input`.
    case escapedString
  }

  /// One value. `payload` is a Double's bits for a number, `start << 32 | length` for a
  /// string (bit 31 set when it is not all ASCII), and `count << 32 | end` for a container
  /// (`end`: the index after its last descendant, so skipping a subtree costs nothing; bit 31
  /// set on an object that is a flat point, `JSONScanner.parseFlatPoint`).
  struct Node {
    var payload: UInt64
    /// `line << 3 | kind`: three bits are enough for the eight kinds.
    var lineAndKind: UInt32
    var column: UInt32
  }

  /// The document's bytes; strings without escapes are ranges of them.
  let input: [UInt8]
  let nodes: JSONNodes
  /// The unescaped text of strings that had escapes, one after the other.
  var unescaped: [UInt8] = []

  init(input: [UInt8], nodes: JSONNodes = JSONNodes(capacity: 0), unescaped: [UInt8] = []) {
    self.input = input
    self.nodes = nodes
    self.unescaped = unescaped
  }

  /// The top-level value.
  public var root: JSONRef { JSONRef(0) }

  /// Parses a whole document; the tape keeps `bytes` (without copying them) for its strings.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(
    _ bytes: [UInt8], limits: JSONLimits = JSONLimits()
  ) throws(JSONSyntaxError) -> JSONTape {
    try parse(bytes, limits: limits, sink: nil)
  }

  /// Parses a whole document, handing the elements of one array of the root to `sink` instead
  /// of keeping them (`JSONElementSink`).
  /// `flatPoints: false` turns off `JSONScanner.parseFlatPoint`, for tests that compare.
  static func parse(
    _ bytes: [UInt8], limits: JSONLimits, sink: JSONElementSink?, flatPoints: Bool = true
  ) throws(JSONSyntaxError) -> JSONTape {
    let result: Result<JSONTape, JSONSyntaxError> = bytes.withUnsafeBufferPointer { b in
      var scanner = JSONScanner(b, input: bytes, limits: limits, sink: sink)
      scanner.flatPoints = flatPoints
      do throws(JSONSyntaxError) {
        try scanner.parseDocument()
        return .success(JSONTape(input: bytes, nodes: scanner.nodes, unescaped: scanner.unescaped))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Parses UTF-8 text; a convenience for tests and small inputs.
  public static func parse(_ text: String, limits: JSONLimits = JSONLimits()) throws(JSONSyntaxError)
    -> JSONTape
  {
    try parse(Array(text.utf8), limits: limits)
  }
}

/// A node of a `JSONTape`: its index. Meaningful only with the tape it came from.
public struct JSONRef: Sendable, Equatable, Hashable {
  let index: Int
  init(_ index: Int) { self.index = index }
}

extension JSONTape {
  /// A string's payload; documents are under 2 GiB, so bit 31 is free for the flag.
  static func stringPayload(start: Int, length: Int, ascii: Bool) -> UInt64 {
    UInt64(start) << 32 | UInt64(length) | (ascii ? 0 : 1 << 31)
  }

  @inline(__always) public func kind(_ r: JSONRef) -> Kind {
    Kind(rawValue: rawKind(r)) ?? .null
  }

  /// The kind's raw value: compared in the hot paths without making a `Kind`.
  @inline(__always) func rawKind(_ r: JSONRef) -> UInt8 {
    UInt8(truncatingIfNeeded: nodes[r.index].lineAndKind & 7)
  }

  /// 1-based line.
  public func line(_ r: JSONRef) -> Int { Int(nodes[r.index].lineAndKind >> 3) }

  /// 1-based column, counted in Unicode scalars.
  public func column(_ r: JSONRef) -> Int { Int(nodes[r.index].column) }

  @inline(__always) public func isString(_ r: JSONRef) -> Bool {
    let k = rawKind(r)
    return k == Kind.string.rawValue || k == Kind.escapedString.rawValue
  }

  /// The number, when the node is one.
  public func number(_ r: JSONRef) -> Double? {
    rawKind(r) == Kind.number.rawValue ? Double(bitPattern: nodes[r.index].payload) : nil
  }

  /// The string, when the node is one (made on demand: most strings are only compared).
  public func string(_ r: JSONRef) -> String? {
    guard isString(r) else { return nil }
    return withBytes(r) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `body` with a string node's UTF-8 bytes (already validated by the parser).
  func withBytes<T>(_ r: JSONRef, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
    let p = nodes[r.index].payload
    let start = Int(p >> 32)
    let length = Int(p & 0x7FFF_FFFF)
    // Each branch borrows its array: picking one into a local first would retain it.
    if rawKind(r) == Kind.escapedString.rawValue {
      return unescaped.withUnsafeBufferPointer {
        body(UnsafeBufferPointer(rebasing: $0[start..<(start + length)]))
      }
    }
    return input.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
  }

  /// Whether a string node's text is exactly `text`, byte for byte. Keys are looked up this
  /// way, so most calls end at the length check; a `StaticString` is a pointer and a count,
  /// with nothing to retain or decode.
  @inline(__always) public func string(_ r: JSONRef, is text: StaticString) -> Bool {
    guard isString(r), Int(nodes[r.index].payload & 0x7FFF_FFFF) == text.utf8CodeUnitCount else {
      return false
    }
    guard text.hasPointerRepresentation else { return string(r) == text.description }
    let want = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    return withBytes(r) { Self.sameBytes($0, want) }
  }

  /// Where a string node's text is in `keys`, compared as bytes.
  /// - Complexity: one length comparison per key; bytes only for keys of the same length.
  func index(of r: JSONRef, in keys: [StaticString]) -> Int? {
    guard isString(r) else { return nil }
    let length = Int(nodes[r.index].payload & 0x7FFF_FFFF)
    for k in keys.indices where keys[k].utf8CodeUnitCount == length && string(r, is: keys[k]) { return k }
    return nil
  }

  /// Byte equality of two buffers, as a plain loop (the generic `elementsEqual` was not
  /// inlined and cost more than the parse).
  @inline(__always) static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard a.count == b.count else { return false }
    for k in 0..<a.count where a[k] != b[k] { return false }
    return true
  }

  /// Whether a string node is all ASCII.
  @inline(__always) func isASCII(_ r: JSONRef) -> Bool { nodes[r.index].payload & (1 << 31) == 0 }

  /// Whether two string nodes hold equal strings as Swift compares them (canonical
  /// equivalence, so a precomposed "é" equals "e" + U+0301): equal bytes are, ASCII strings
  /// with different bytes are not, and only the rest are made into `String`s.
  public func equalStrings(_ a: JSONRef, _ b: JSONRef) -> Bool {
    guard isString(a), isString(b) else { return false }
    let ascii = isASCII(a) && isASCII(b)
    if ascii, nodes[a.index].payload & 0x7FFF_FFFF != nodes[b.index].payload & 0x7FFF_FFFF { return false }
    let same = withBytes(a) { x in withBytes(b) { y in Self.sameBytes(x, y) } }
    if same || ascii { return same }
    return string(a) == string(b)
  }

  /// Elements of an array, members of an object (0 for anything else).
  @inline(__always) public func count(_ r: JSONRef) -> Int {
    let k = rawKind(r)
    guard k == Kind.array.rawValue || k == Kind.object.rawValue else { return 0 }
    return Int(nodes[r.index].payload >> 32)
  }

  /// The node after `r` and everything inside it: its next sibling, when it has one.
  @inline(__always) public func after(_ r: JSONRef) -> JSONRef {
    let k = rawKind(r)
    guard k == Kind.array.rawValue || k == Kind.object.rawValue else { return JSONRef(r.index + 1) }
    return JSONRef(Int(nodes[r.index].payload & 0x7FFF_FFFF))
  }

  /// Marks an object node as a flat point (bit 31 of `end`: a tape has fewer than 2³¹ nodes).
  static let flatPointFlag: UInt64 = 1 << 31

  /// Whether `r` is an object the parser read as a flat point, whose first key has
  /// `keyLength` bytes: exactly two members, at `r + 1…4`, a date key (`week_ending` or
  /// `month`) with a plain string, then `value` with a number or null.
  @inline(__always) func isFlatPoint(_ r: JSONRef, keyLength: Int) -> Bool {
    let node = nodes[r.index]
    return node.payload & Self.flatPointFlag != 0 && node.lineAndKind & 7 == UInt32(Kind.object.rawValue)
      && Int(nodes[r.index + 1].payload & 0x7FFF_FFFF) == keyLength
  }

  /// The elements of an array (empty for anything else). One small array per call: meant
  /// for arrays of points or metrics, not for every object.
  public func elements(_ r: JSONRef) -> [JSONRef] {
    guard kind(r) == .array else { return [] }
    var out: [JSONRef] = []
    out.reserveCapacity(count(r))
    var c = JSONRef(r.index + 1)
    for _ in 0..<count(r) {
      out.append(c)
      c = after(c)
    }
    return out
  }

  /// A cursor over the members of an object (none for anything else), for `next(_:)`.
  @inline(__always) public func members(_ r: JSONRef) -> JSONMemberCursor {
    JSONMemberCursor(
      key: r.index + 1, remaining: count(r) > 0 && rawKind(r) == Kind.object.rawValue ? count(r) : 0)
  }

  /// The next member of a cursor: the key node (a string, where the key is) and the value.
  /// A cursor rather than a `Sequence`, so that walking the members of 200,000 points
  /// neither allocates nor retains the tape.
  @inline(__always) public func next(_ c: inout JSONMemberCursor) -> (key: JSONRef, value: JSONRef)? {
    guard c.remaining > 0 else { return nil }
    let key = JSONRef(c.key)
    let value = JSONRef(c.key + 1)
    c.remaining -= 1
    c.key = after(value).index
    return (key, value)
  }

  /// The value of the first member named `key`, when `r` is an object that has one.
  public func member(_ r: JSONRef, _ key: StaticString) -> JSONRef? {
    var c = members(r)
    while let m = next(&c) {
      if string(m.key, is: key) { return m.value }
    }
    return nil
  }

  /// The node's type in words ("a string", "an object"…), for "expected X, found Y" messages.
  public func typeName(_ r: JSONRef) -> String {
    switch kind(r) {
    case .null: return "null"
    case .false, .true: return "a boolean"
    case .number: return "a number"
    case .string, .escapedString: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// Where `JSONTape.next(_:)` is in an object: the next key's index and the members left.
public struct JSONMemberCursor: Sendable {
  var key: Int
  var remaining: Int
}
