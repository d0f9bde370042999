/// Finds a "complex" mapping key in YAML text before Yams composes it: an explicit `? ` key,
/// an alias used as a key (`*a: 1`), or a list or mapping used as a key (`[a, b]: 1`).
///
/// Why: Yams hashes every mapping key whole to find duplicates, and an aliased node is shared,
/// not copied, so a key that is an alias to ten nested levels of ten aliases each makes that
/// hash walk 10¹⁰ nodes: a 400-byte config would hang `wbr build`. A WBR config's keys are
/// names; none needs a complex key, so they are refused up front (docs/DECISIONS.md).
///
/// A linear scan that knows just enough YAML to not be fooled by quotes, comments, block
/// scalars and plain text: indicators count only where a token can start.
struct YAMLComplexKeys {
  private let s: [UInt8]
  private var i = 0
  private var line = 1
  private var lineStart = 0
  private var flowDepth = 0
  /// Whether a new token (key, value, node properties) can start here.
  private var expectToken = true

  /// The 1-based line of the first complex key, or nil when there is none.
  static func firstLine(in text: String) -> Int? {
    var scan = YAMLComplexKeys(s: Array(text.utf8))
    return scan.run()
  }

  private init(s: [UInt8]) { self.s = s }

  private func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0x0A }
  private func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
  private func isFlow(_ c: UInt8) -> Bool { c == 0x2C || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D }
  private var indent: Int {
    var k = lineStart
    while k < s.count, s[k] == 0x20 { k += 1 }
    return k - lineStart
  }

  private mutating func run() -> Int? {
    while i < s.count {
      let c = s[i]
      switch c {
      case 0x0A:
        newline()
        continue
      case 0x20, 0x09, 0x0D:
        i += 1
        continue
      case UInt8(ascii: "#") where i == lineStart || isBlank(at(i - 1)):
        while i < s.count, s[i] != 0x0A { i += 1 }
        continue
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        guard flowDepth > 0 else { break }
        flowDepth -= 1
        i += 1
        if followedByColon() { return line }
        expectToken = false
        continue
      case UInt8(ascii: ","):
        guard flowDepth > 0 else { break }
        i += 1
        expectToken = true
        continue
      default: break
      }
      if expectToken {
        if let found = token(c) { return found }
        continue
      }
      // Inside a plain scalar: only a value indicator starts a new token.
      if c == UInt8(ascii: ":") && (isBlank(at(i + 1)) || (flowDepth > 0 && isFlow(at(i + 1)))) {
        expectToken = true
      }
      i += 1
    }
    return nil
  }

  /// One token at a token start; returns a line when it is a complex key.
  private mutating func token(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "?") where isBlank(at(i + 1)):
      return line
    case UInt8(ascii: "-") where isBlank(at(i + 1)), UInt8(ascii: ":") where isBlank(at(i + 1)):
      i += 1
    case UInt8(ascii: "*"):
      skipName()
      if followedByColon() { return line }
      expectToken = false
    case UInt8(ascii: "&"), UInt8(ascii: "!"):
      skipName()  // an anchor or tag: the node follows
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      skipQuoted(c)
      expectToken = false
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      flowDepth += 1
      i += 1
    case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
      skipBlockScalar()
    default:
      expectToken = false
      i += 1
    }
    return nil
  }

  private mutating func newline() {
    i += 1
    line += 1
    lineStart = i
    expectToken = true
  }

  /// Past an alias or anchor name (libyaml's rule: letters, digits, `_` and `-`) or a tag.
  private mutating func skipName() {
    let tag = s[i] == UInt8(ascii: "!")
    i += 1
    while i < s.count, !isBlank(s[i]), !isFlow(s[i]) {
      let c = s[i]
      let nameChar =
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x2D
      if !tag && !nameChar { return }
      i += 1
    }
  }

  /// After spaces, a `:` (a value indicator: what came before was a key).
  private mutating func followedByColon() -> Bool {
    var k = i
    while k < s.count, s[k] == 0x20 || s[k] == 0x09 { k += 1 }
    return k < s.count && s[k] == UInt8(ascii: ":")
  }

  /// Past a quoted scalar, which may span lines; `''` and `\"` do not end it.
  private mutating func skipQuoted(_ quote: UInt8) {
    i += 1
    while i < s.count {
      let c = s[i]
      if c == 0x0A {
        i += 1
        line += 1
        lineStart = i
        continue
      }
      if quote == UInt8(ascii: "\"") && c == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if c == quote {
        if quote == UInt8(ascii: "'") && at(i + 1) == quote {
          i += 2
          continue
        }
        i += 1
        return
      }
      i += 1
    }
  }

  /// Past a literal or folded block scalar: every following line that is blank or indented
  /// more than the line that opened it.
  private mutating func skipBlockScalar() {
    let parent = indent
    while i < s.count, s[i] != 0x0A { i += 1 }
    while i < s.count {
      newline()
      var k = i
      while k < s.count, s[k] == 0x20 { k += 1 }
      let blank = k >= s.count || s[k] == 0x0A || s[k] == 0x0D
      if !blank && k - i <= parent { return }
      i = k
      while i < s.count, s[i] != 0x0A { i += 1 }
    }
  }
}
