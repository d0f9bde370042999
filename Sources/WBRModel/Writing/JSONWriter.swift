/// The one JSON writer: every JSON file and line `wbr` writes (the report, the notes, the
/// journal, the decks of `wbr build`) streams through it as UTF-8 bytes into one growing
/// buffer, with no value tree and no `String` per value (numbers of more than 8 decimals
/// excepted: they go through `description`).
///
/// Callers open containers, write keys and values in order, and close them; the writer puts
/// the separators, line breaks and indentation (two spaces a level). How a container is laid
/// out is its `Layout`, defaulted by the writer's `Style`. Keys come out in the order written,
/// so files people read and diff keep a fixed, meaningful order.
///
/// Non-copyable: it owns its buffer (`ByteBuffer`); pass it on as `inout`.
public struct JSONWriter: ~Copyable {
  /// The output so far.
  var out: ByteBuffer
  /// The output so far, as bytes (a copy).
  public var bytes: [UInt8] { out.array }
  /// The output so far, lent to `body` without a copy.
  public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { out.withBytes(from: 0, body) }
  /// The output so far, as text (for the callers that hand on a `String`).
  public var text: String { out.text }

  let style: Style
  /// The innermost open container (the document itself when none is open), and the ones
  /// around it, outermost first: kept apart so the hot path touches one stored value.
  private var top = Level(kind: .document, mode: .compact, start: 0, depth: -1)
  private var outer: [Level] = []
  /// While `top` is a `fit` container still on one line: where each of its members starts,
  /// to break it into lines if it turns out not to fit.
  private var inlineStarts: [Int] = []
  /// Reused by `breakIntoLines`.
  private var scratch: [UInt8] = []

  public init(style: Style, capacity: Int = 0) {
    self.style = style
    out = ByteBuffer(capacity: capacity)
  }

  /// A whole file: the value `body` writes, then a line break.
  public static func file(_ style: Style, capacity: Int = 0, _ body: (inout JSONWriter) -> Void) -> JSONWriter
  {
    var w = JSONWriter(style: style, capacity: capacity)
    body(&w)
    w.newline()
    return w
  }

  /// What a family of files looks like: the containers' default layouts, how numbers and
  /// control characters are written.
  public enum Style: Sendable {
    /// One line, no spaces: a journal line.
    case compact
    /// Objects one member a line; arrays of plain values on one line (sparklines), others
    /// one item a line: the notes.
    case pretty
    /// As `pretty`, but flat objects whose one-line form is at most 80 characters stay on one
    /// line too (a change, a signal's id), so a metric reads in a screenful: `wbr report --json`.
    case report
    /// As `pretty` (with explicit one-line points), in the deck file's own number and escape
    /// forms: integral numbers below 10^15 without a fraction (above, Swift's shortest form)
    /// and backspace and form feed as `\u0008`/`\u000c`, as `wbr build` has always written
    /// decks, so that rebuilding a deck gives the same bytes.
    case deck
  }

  /// How one container is laid out.
  public enum Layout: Sendable {
    /// `{"a":1,"b":[2,3]}`
    case compact
    /// `{"a": 1, "b": [2, 3]}`
    case spaced
    /// One member or item a line, indented one level deeper than the container; an empty
    /// container is `{}` or `[]`.
    case lines
    /// As `lines`, but an empty container still takes two lines (the deck's empty series).
    case block
    /// `spaced` while every member is a plain value (no container) and the whole fits in
    /// `width` characters; `lines` otherwise.
    case fit(width: Int)
  }

  /// An open container; `depth` is the nesting level (the outermost container is 0) that its
  /// closing bracket is indented by.
  struct Level {
    enum Kind { case document, object, array }
    var kind: Kind
    var mode: Mode
    var count = 0
    /// The offset of the opening bracket.
    var start: Int
    var depth: Int
  }

  enum Mode {
    case compact, spaced, lines, block
    /// A `fit` container still on one line.
    case inline(width: Int)
  }

  // MARK: Containers

  public mutating func beginObject(_ layout: Layout? = nil) { begin(.object, layout) }
  public mutating func endObject() { end(close: 0x7D) }
  public mutating func beginArray(_ layout: Layout? = nil) { begin(.array, layout) }
  public mutating func endArray() { end(close: 0x5D) }

  /// An object member's key; the value comes next. Keys are plain ASCII names written as
  /// they are.
  public mutating func key(_ name: StaticString) {
    separate()
    out.append(0x22)
    out.append(name)
    out.append(0x22)
    out.append(0x3A)
    if case .compact = top.mode { return }
    out.append(0x20)
  }

  /// An object member's key taken from data (a metric id in the journal's owners), escaped
  /// as a string is; the value comes next.
  public mutating func key(text name: String) {
    separate()
    quoted(name)
    out.append(0x3A)
    if case .compact = top.mode { return }
    out.append(0x20)
  }

  /// A line break, for the end of a file.
  public mutating func newline() { out.append(0x0A) }

  /// Bytes written and not yet handed on by `drain`.
  public var pending: Int { out.count }

  /// Hands the bytes written so far to `sink` and forgets them, so that a long file goes out
  /// in pieces instead of being held whole (the deck of `wbr build`). Does nothing while a
  /// `fit` container is still on one line: it may yet be laid out again from its start.
  public mutating func drain<E: Error>(_ sink: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
    if case .inline = top.mode { return }
    if outer.contains(where: { if case .inline = $0.mode { true } else { false } }) { return }
    try out.withBytes(from: 0) { (bytes) throws(E) in try sink(bytes) }
    out.truncate(to: 0)
  }

  private mutating func begin(_ kind: Level.Kind, _ layout: Layout?) {
    if case .inline = top.mode { breakIntoLines() }
    beforeValue()
    let mode: Mode
    switch layout ?? defaultLayout(kind) {
    case .compact: mode = .compact
    case .spaced: mode = .spaced
    case .lines: mode = .lines
    case .block: mode = .block
    case .fit(let width):
      mode = .inline(width: width)
      inlineStarts.removeAll(keepingCapacity: true)
    }
    outer.append(top)
    top = Level(kind: kind, mode: mode, start: out.count, depth: top.depth + 1)
    out.append(kind == .object ? 0x7B : 0x5B)
  }

  private func defaultLayout(_ kind: Level.Kind) -> Layout {
    switch style {
    case .compact: return .compact
    case .pretty, .deck: return kind == .object ? .lines : .fit(width: .max)
    case .report: return .fit(width: kind == .object ? 80 : .max)
    }
  }

  private mutating func end(close: UInt8) {
    switch top.mode {
    case .compact, .spaced:
      out.append(close)
    case .lines where top.count == 0:
      out.append(close)
    case .lines, .block:
      indent(top.depth)
      out.append(close)
    case .inline(let width):
      out.append(close)
      if !fits(from: top.start, width: width) {
        out.truncate(to: out.count - 1)
        breakIntoLines()
        indent(top.depth)
        out.append(close)
      }
    }
    top = outer.removeLast()
  }

  /// Whether the text from `start` to the end is at most `width` characters (as a `String`
  /// counts them: a character is never more than its bytes, so only long text with non-ASCII
  /// bytes is decoded to count).
  private func fits(from start: Int, width: Int) -> Bool {
    if out.count - start <= width { return true }
    return out.withBytes(from: start) { text in
      guard text.contains(where: { $0 >= 0x80 }) else { return false }
      return String(decoding: text, as: UTF8.self).count <= width
    }
  }

  /// Lays out again, one member a line, the innermost container written so far on one line
  /// (it holds a container after all, or it is too long), and goes on in `lines`.
  private mutating func breakIntoLines() {
    let body = top.start + 1
    scratch.removeAll(keepingCapacity: true)
    out.withBytes(from: body) { scratch.append(contentsOf: $0) }
    out.truncate(to: body)
    scratch.withUnsafeBufferPointer { members in
      for (i, s) in inlineStarts.enumerated() {
        let from = s - body
        let to = i + 1 < inlineStarts.count ? inlineStarts[i + 1] - 2 - body : members.count
        if i > 0 { out.append(0x2C) }
        indent(top.depth + 1)
        out.append(UnsafeBufferPointer(rebasing: members[from..<to]))
      }
    }
    inlineStarts.removeAll(keepingCapacity: true)
    top.mode = .lines
  }

  /// Before a value: in an array, the separator before the item (in an object the key has
  /// put it).
  mutating func beforeValue() {
    if top.kind == .array { separate() }
  }

  /// The separator before a member or item, and the line break and indentation it needs.
  private mutating func separate() {
    let first = top.count == 0
    top.count += 1
    switch top.mode {
    case .compact:
      if !first { out.append(0x2C) }
    case .spaced:
      if !first {
        out.append(0x2C)
        out.append(0x20)
      }
    case .inline:
      if !first {
        out.append(0x2C)
        out.append(0x20)
      }
      inlineStarts.append(out.count)
    case .lines, .block:
      if !first { out.append(0x2C) }
      indent(top.depth + 1)
    }
  }

  /// A line break and `depth` levels of two spaces.
  private mutating func indent(_ depth: Int) {
    out.append(0x0A)
    out.append(0x20, times: 2 * depth)
  }
}
