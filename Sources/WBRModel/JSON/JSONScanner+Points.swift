extension JSONScanner {
  /// `{"week_e` and `ending":` as little-endian words (the first byte lowest; a test checks
  /// them against the text).
  static var weekKey: UInt64 { 0x655F_6B65_6577_227B }
  static var weekKeyEnd: UInt64 { 0x3A22_676E_6964_6E65 }
  /// `{"month"`.
  static var monthKey: UInt64 { 0x2268_746E_6F6D_227B }
  /// `"value":`.
  static var valueKey: UInt64 { 0x3A22_6575_6C61_7622 }

  /// Eight bytes of text as a little-endian word, for the constants above.
  static func word(_ text: StaticString) -> UInt64 {
    var w: UInt64 = 0
    for k in (0..<8).reversed() { w = w << 8 | UInt64(text.utf8Start[k]) }
    return w
  }

  /// The objects a deck is mostly made of, a point such as
  /// `{"week_ending":"2026-11-21","value":123.4}` or `{"month": "2026-11", "value": null}`,
  /// read in a straight line: keys compared as words, the date checked eight bytes at a time,
  /// positions from offsets on the line. Writes exactly the five nodes `parseObject` would,
  /// the object's marked as such a point (`JSONTape.isFlatPoint`), so the reader need not look
  /// up its keys.
  ///
  /// Anything else — other keys or another order, `days`, escapes, a line break, a byte that
  /// is not ASCII, a value that is not a number or null — returns false with nothing consumed,
  /// and the object goes the general way (which also finds every error). A number is parsed by
  /// `parseNumber` at the same position as the general way would, so its errors are the same.
  mutating func parseFlatPoint(depth: Int) throws(JSONSyntaxError) -> Bool {
    let start = i
    guard depth <= limits.maxDepth, limits.maxStringBytes >= 11, start + 40 <= end else { return false }
    let first = load(start)
    let keyLength: Int
    let dateLength: Int
    if first == Self.weekKey, load(start + 7) == Self.weekKeyEnd {
      (keyLength, dateLength) = (11, 10)
    } else if first == Self.monthKey, b[start + 8] == UInt8(ascii: ":") {
      (keyLength, dateLength) = (5, 7)
    } else {
      return false
    }
    // The date: a string of plain ASCII (no quote, backslash or control) of its length.
    let quote = skipSpaces(start + keyLength + 4)
    guard quote + 24 <= end, b[quote] == UInt8(ascii: "\""), b[quote + 1 + dateLength] == UInt8(ascii: "\"")
    else {
      return false
    }
    let plainMask: UInt64 = dateLength == 10 ? ~0 : 0x00FF_FFFF_FFFF_FFFF
    guard Self.specialBytes(load(quote + 1)) & plainMask == 0,
      dateLength == 7 || Self.specialBytes(load(quote + 3)) == 0
    else { return false }
    let comma = skipSpaces(quote + dateLength + 2)
    guard comma < end, b[comma] == UInt8(ascii: ",") else { return false }
    let valueKey = skipSpaces(comma + 1)
    guard valueKey + 8 <= end, load(valueKey) == Self.valueKey else { return false }
    let value = skipSpaces(valueKey + 8)
    guard value < end else { return false }
    let kind: JSONTape.Kind
    var payload: UInt64 = 0
    let c = b[value]
    if c == UInt8(ascii: "-") || Self.isDigit(c) {
      i = value
      payload = try parseNumber().bitPattern
      kind = .number
    } else if value + 5 <= end, load4(value) == 0x6C6C_756E, !Self.isWordByte(b[value + 4]) {  // "null"
      i = value + 4
      kind = .null
    } else {
      return false
    }
    let close = skipSpaces(i)
    guard close < end, b[close] == UInt8(ascii: "}") else {
      i = start
      return false
    }
    // All on this line and ASCII: each column is the object's plus the offset.
    let ln = UInt32(clamping: min(line, (1 << 29) - 1)) << 3
    let column0 = UInt32(clamping: column(start)) &- UInt32(truncatingIfNeeded: start)
    func node(_ kind: JSONTape.Kind, _ payload: UInt64, _ p: Int) -> Node {
      Node(
        payload: payload, lineAndKind: ln | UInt32(kind.rawValue),
        column: column0 &+ UInt32(truncatingIfNeeded: p))
    }
    let end = UInt64(nodes.count + 5)
    nodes.append(5) { out in
      out[0] = node(.object, 2 << 32 | JSONTape.flatPointFlag | end, start)
      out[1] = node(
        .string, JSONTape.stringPayload(start: start + 2, length: keyLength, ascii: true), start + 1)
      out[2] = node(.string, JSONTape.stringPayload(start: quote + 1, length: dateLength, ascii: true), quote)
      out[3] = node(.string, JSONTape.stringPayload(start: valueKey + 1, length: 5, ascii: true), valueKey)
      out[4] = node(kind, payload, value)
    }
    i = close + 1
    return true
  }

  /// Eight bytes at `p` as a little-endian word (`p + 8 <= end`).
  @inline(__always) func load(_ p: Int) -> UInt64 {
    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt64.self))
  }

  /// Four bytes at `p` as a little-endian word (`p + 4 <= end`).
  @inline(__always) func load4(_ p: Int) -> UInt32 {
    UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: p, as: UInt32.self))
  }

  /// The first byte at or after `p` that is not a space, tab or carriage return (the
  /// whitespace that keeps the line).
  @inline(__always) func skipSpaces(_ p: Int) -> Int {
    var p = p
    while p < end, b[p] == 0x20 || b[p] == 0x09 || b[p] == 0x0D { p += 1 }
    return p
  }
}
