/// Takes the elements of one array of a document's root object as they are parsed, each on a
/// tape that holds only the root's members so far and that element, so that a large document
/// is never on one tape whole (docs/DECISIONS.md "Reader: one metric at a time").
///
/// The parse is the same either way: same syntax errors, same positions. Only where the
/// elements' nodes live changes.
protocol JSONElementSink: AnyObject {
  /// The root member whose value is streamed when it is an array; only its first occurrence.
  var key: StaticString { get }
  /// Whether to stream the array that starts now. `tape.root` counts the members parsed
  /// before this one, so `tape.member(tape.root, …)` finds what came earlier in the file.
  func begin(_ tape: JSONTape) -> Bool
  /// One element, whole, at `element` on `tape`. The tape is cut back once this returns, so
  /// nothing may keep it or refs into it.
  func element(_ element: JSONRef, index: Int, in tape: JSONTape)
  /// The array is closed: its node on the tape (which has no elements under it: to anything
  /// walking the tape it is an empty array) and how many elements were streamed.
  func end(array: JSONRef, count: Int)
}

extension JSONScanner {
  /// Whether string node `key` is the sink's key, byte for byte.
  func isSinkKey(_ key: Int, _ sink: JSONElementSink) -> Bool {
    let want = sink.key
    let p = nodes[key].payload
    let length = Int(p & 0x7FFF_FFFF)
    guard length == want.utf8CodeUnitCount, want.hasPointerRepresentation else { return false }
    let start = Int(p >> 32)
    let escaped = nodes[key].lineAndKind & 7 == UInt32(JSONTape.Kind.escapedString.rawValue)
    for k in 0..<length where (escaped ? unescaped[start + k] : b[start + k]) != want.utf8Start[k] {
      return false
    }
    return true
  }

  /// The value of the root's member at `key` (the object node is `object`), streamed to `sink`
  /// when it is an array and the sink wants it, else parsed onto the tape as usual.
  mutating func parseMember(
    of object: Int, key: Int, membersBefore: Int, sink: JSONElementSink, depth: Int
  ) throws(JSONSyntaxError) {
    guard i < end, b[i] == UInt8(ascii: "[") else {
      try parseValue(depth: depth, expecting: "a value after ':'")
      return
    }
    // The root so far: its finished members, ending where this member's key starts.
    nodes[object].payload = UInt64(membersBefore) << 32 | UInt64(key)
    guard sink.begin(tape) else {
      try parseValue(depth: depth, expecting: "a value after ':'")
      return
    }
    try parseStreamedArray(depth: depth + 1, sink: sink)
  }

  /// The tape as parsed so far (sharing the scanner's nodes: valid until it goes on).
  var tape: JSONTape { JSONTape(input: input, nodes: nodes, unescaped: unescaped) }

  /// `parseArray`, handing each element to `sink` and then dropping its nodes.
  mutating func parseStreamedArray(depth: Int, sink: JSONElementSink) throws(JSONSyntaxError) {
    try checkDepth(depth)
    let at = nodes.count
    push(.array, 0, column: column(i))
    i += 1
    skipWhitespace()
    var count = 0
    if i < end, b[i] == UInt8(ascii: "]") {
      i += 1
    } else {
      while true {
        let first = nodes.count
        let mark = unescaped.count
        try parseValue(depth: depth, expecting: count == 0 ? "a value or ']'" : "a value after ','")
        sink.element(JSONRef(first), index: count, in: tape)
        nodes.removeAll(from: first)
        unescaped.removeLast(unescaped.count - mark)
        count += 1
        if try commaOrClose(UInt8(ascii: "]"), "',' or ']' after an array element") { break }
      }
    }
    close(at, count: 0)
    sink.end(array: JSONRef(at), count: count)
  }
}
