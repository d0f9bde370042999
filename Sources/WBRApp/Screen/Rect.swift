/// A terminal size in columns and rows.
public struct Size: Sendable, Hashable, CustomStringConvertible {
  var width: Int
  var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
  public static let zero = Size(width: 0, height: 0)
  /// "80×24".
  public var description: String { "\(width)×\(height)" }
  /// True when both dimensions are at least those of `other`.
  func covers(_ other: Size) -> Bool { width >= other.width && height >= other.height }
}

/// A rectangle of cells: views draw into the part of the screen they are given.
///
/// Never negative: initializers clamp width and height at 0, so layout arithmetic on a tiny
/// terminal yields empty rectangles instead of crashes.
struct Rect: Sendable, Hashable, CustomStringConvertible {
  var x: Int
  var y: Int
  var width: Int
  var height: Int

  init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rectangle at the origin with `size`.
  init(_ size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

  static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// One past the last column.
  var maxX: Int { x + width }
  /// One past the last row.
  var maxY: Int { y + height }
  var isEmpty: Bool { width == 0 || height == 0 }
  var size: Size { Size(width: width, height: height) }
  var description: String { "(\(x),\(y) \(width)×\(height))" }

  func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < maxX && py >= y && py < maxY
  }

  /// The part inside both rectangles (empty, at this one's origin, when they do not meet).
  func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(maxX, other.maxX)
    let bottom = min(maxY, other.maxY)
    guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// This rectangle shrunk by margins (never below empty).
  func inset(left: Int = 0, top: Int = 0, right: Int = 0, bottom: Int = 0) -> Rect {
    let l = min(max(0, left), width)
    let t = min(max(0, top), height)
    return Rect(x: x + l, y: y + t, width: width - l - right, height: height - t - bottom)
  }

  /// This rectangle shrunk by `margin` on every side.
  func inset(by margin: Int) -> Rect {
    inset(left: margin, top: margin, right: margin, bottom: margin)
  }

  /// Row `index` of this rectangle, one cell high (empty when outside).
  func row(_ index: Int) -> Rect {
    guard index >= 0, index < height else { return Rect(x: x, y: y + height, width: width, height: 0) }
    return Rect(x: x, y: y + index, width: width, height: 1)
  }

  /// The top `rows` rows and the rest below them.
  func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let n = min(max(0, rows), height)
    return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
  }

  /// The bottom `rows` rows and the rest above them.
  func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let n = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: height - n),
      Rect(x: x, y: maxY - n, width: width, height: n)
    )
  }

  /// The left `columns` columns and the rest to their right.
  func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let n = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height)
    )
  }

  /// The right `columns` columns and the rest to their left.
  func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
    let n = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: width - n, height: height),
      Rect(x: maxX - n, y: y, width: n, height: height)
    )
  }

  /// A rectangle of at most `size`, centred in this one.
  func centered(_ size: Size) -> Rect {
    let w = min(size.width, width)
    let h = min(size.height, height)
    return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
  }
}
