/// Writes an HTML document as UTF-8 bytes, element by element.
///
/// The page and the mailed notes are built only through this type: elements from `HTMLTag`,
/// attributes from `HTMLAttribute`, text through `text(_:)`. Text and attribute values are
/// escaped here (`HTMLEscape`), so no call site can forget to; the only unescaped output is
/// `StaticString` constants of ours (the doctype, the style sheet). There are no links built
/// from data, so a `javascript:` URL in a deck is only ever text.
public struct HTMLWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  /// `<!DOCTYPE html>` and a line feed.
  mutating func doctype() { constant("<!DOCTYPE html>\n") }

  /// `<tag attributes>content</tag>`.
  mutating func element(
    _ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLWriter) -> Void
  ) {
    open(tag, attributes)
    content(&self)
    close(tag)
  }

  /// `<tag attributes>text</tag>`, the text escaped.
  mutating func element(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// A void element, or an empty one (`<line …></line>` for SVG).
  mutating func empty(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = []) {
    open(tag, attributes)
    if !tag.isVoid { close(tag) }
  }

  /// Text content, escaped.
  mutating func text(_ text: String) { HTMLEscape.appendText(text, to: &bytes) }

  /// A line feed between blocks, to keep the source readable and diffable.
  mutating func newline() { bytes.append(0x0A) }

  /// Markup of ours, written as it is.
  mutating func constant(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func open(_ tag: HTMLTag, _ attributes: [HTMLAttribute]) {
    bytes.append(0x3C)
    constant(tag.name)
    for attribute in attributes {
      bytes.append(0x20)
      constant(attribute.name)
      bytes.append(contentsOf: [0x3D, 0x22])
      switch attribute.value {
      case .constant(let s): constant(s)
      case .text(let s): HTMLEscape.appendAttribute(s, to: &bytes)
      case .number(let x): appendNumber(x)
      case .integer(let n): bytes.append(contentsOf: String(n).utf8)
      case .points(let list):
        for (i, point) in list.enumerated() {
          if i > 0 { bytes.append(0x20) }
          appendNumber(point.x)
          bytes.append(0x2C)
          appendNumber(point.y)
        }
      }
      bytes.append(0x22)
    }
    bytes.append(0x3E)
  }

  private mutating func close(_ tag: HTMLTag) {
    bytes.append(contentsOf: [0x3C, 0x2F])
    constant(tag.name)
    bytes.append(0x3E)
  }

  /// At most one decimal, no trailing ".0", "0" for anything not finite.
  private mutating func appendNumber(_ x: Double) {
    guard x.isFinite, abs(x) < 1e9 else {
      bytes.append(0x30)
      return
    }
    let tenths = Int((x * 10).rounded())
    if tenths < 0 { bytes.append(0x2D) }
    let magnitude = tenths.magnitude
    bytes.append(contentsOf: String(magnitude / 10).utf8)
    if magnitude % 10 != 0 {
      bytes.append(0x2E)
      bytes.append(0x30 + UInt8(magnitude % 10))
    }
  }
}
