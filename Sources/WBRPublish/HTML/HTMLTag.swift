/// An element name. Only the names below exist: the initialiser takes a `StaticString`, so a
/// tag can never be made from text read at run time (a deck cannot add an element).
public struct HTMLTag: Sendable {
  let name: StaticString
  /// A void element (`<br>`, `<meta>`): no content, no end tag.
  let isVoid: Bool

  init(_ name: StaticString, void isVoid: Bool = false) {
    self.name = name
    self.isVoid = isVoid
  }

  static let html = HTMLTag("html")
  static let head = HTMLTag("head")
  static let meta = HTMLTag("meta", void: true)
  static let title = HTMLTag("title")
  static let style = HTMLTag("style")
  static let body = HTMLTag("body")
  static let header = HTMLTag("header")
  static let nav = HTMLTag("nav")
  static let main = HTMLTag("main")
  static let section = HTMLTag("section")
  static let article = HTMLTag("article")
  static let footer = HTMLTag("footer")
  static let figure = HTMLTag("figure")
  static let figcaption = HTMLTag("figcaption")
  static let h1 = HTMLTag("h1")
  static let h2 = HTMLTag("h2")
  static let h3 = HTMLTag("h3")
  static let p = HTMLTag("p")
  static let div = HTMLTag("div")
  static let span = HTMLTag("span")
  static let strong = HTMLTag("strong")
  static let a = HTMLTag("a")
  static let br = HTMLTag("br", void: true)
  static let ul = HTMLTag("ul")
  static let ol = HTMLTag("ol")
  static let li = HTMLTag("li")
  static let dl = HTMLTag("dl")
  static let dt = HTMLTag("dt")
  static let dd = HTMLTag("dd")
  static let table = HTMLTag("table")
  static let thead = HTMLTag("thead")
  static let tbody = HTMLTag("tbody")
  static let tr = HTMLTag("tr")
  static let th = HTMLTag("th")
  static let td = HTMLTag("td")
  // SVG, inline in the page.
  static let svg = HTMLTag("svg")
  static let g = HTMLTag("g")
  static let line = HTMLTag("line")
  static let polyline = HTMLTag("polyline")
  static let circle = HTMLTag("circle")
  static let rect = HTMLTag("rect")
  static let path = HTMLTag("path")
  static let svgText = HTMLTag("text")
}

/// One attribute. The name is a `StaticString` (never from data); the value is either a
/// constant of ours, a number, or text, which `HTMLWriter` escapes.
public struct HTMLAttribute: Sendable {
  enum Value: Sendable {
    case constant(StaticString)
    case text(String)
    case number(Double)
    case integer(Int)
    /// x y pairs for an SVG `points` list.
    case points([(x: Double, y: Double)])
  }

  let name: StaticString
  let value: Value

  /// `class="…"`, one of our class names.
  static func `class`(_ value: StaticString) -> HTMLAttribute {
    HTMLAttribute(name: "class", value: .constant(value))
  }

  /// Inline CSS, one of our constants (deck text never goes into a style).
  static func style(_ value: StaticString) -> HTMLAttribute {
    HTMLAttribute(name: "style", value: .constant(value))
  }

  /// Any attribute with a constant value.
  static func constant(_ name: StaticString, _ value: StaticString) -> HTMLAttribute {
    HTMLAttribute(name: name, value: .constant(value))
  }

  /// An attribute whose value is text from a file (`title`, `aria-label`): escaped.
  static func text(_ name: StaticString, _ value: String) -> HTMLAttribute {
    HTMLAttribute(name: name, value: .text(value))
  }

  /// A coordinate or size, written with at most one decimal.
  static func number(_ name: StaticString, _ value: Double) -> HTMLAttribute {
    HTMLAttribute(name: name, value: .number(value))
  }

  static func integer(_ name: StaticString, _ value: Int) -> HTMLAttribute {
    HTMLAttribute(name: name, value: .integer(value))
  }

  /// An SVG `points` list.
  static func points(_ points: [(x: Double, y: Double)]) -> HTMLAttribute {
    HTMLAttribute(name: "points", value: .points(points))
  }
}
