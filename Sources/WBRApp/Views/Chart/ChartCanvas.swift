/// A character grid for plots: markers and line glyphs per cell, plus, in Unicode mode, a
/// braille dot layer (2 × 4 dots a cell) for lines finer than a character.
///
/// Every mark has a priority; in each cell the highest wins, so a data point is never hidden
/// by a limit line or a label, and the current year's line is drawn over the prior year's.
/// The canvas is a plain value: the chart fills it, then copies it into a `ScreenBuffer`.
struct ChartCanvas: Sendable {
  /// What may be drawn in a cell, lowest first.
  enum Layer: Int, Sendable, Comparable {
    case rule = 1
    case priorLine, currentLine, label, priorMarker, targetMarker, currentMarker

    static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
  }

  /// A mark is a plain value (a scalar, not a `Character`), so a canvas of them is made and
  /// freed without reference counting. A character that is not one safe one-column scalar
  /// (deck text in a label: a wide glyph, a control character) is kept in `texts` instead.
  private struct Mark: Sendable {
    var scalar: Unicode.Scalar
    var style: Style
    var layer: Layer
    var isText = false
  }

  let width: Int
  let height: Int
  private var marks: [Mark?]
  private var dots: [UInt8]
  private var dotMarks: [Mark?]
  /// The characters of marks with `isText`, by cell index; drawn through `ScreenBuffer.put`.
  private var texts: [Int: Character] = [:]

  init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    marks = Array(repeating: nil, count: self.width * self.height)
    dots = Array(repeating: 0, count: self.width * self.height)
    dotMarks = Array(repeating: nil, count: self.width * self.height)
  }

  /// Puts a one-column glyph at (column, row) unless a higher layer is already there.
  mutating func set(_ character: Character, column: Int, row: Int, style: Style, layer: Layer) {
    guard column >= 0, column < width, row >= 0, row < height else { return }
    let i = row * width + column
    if let old = marks[i], old.layer > layer { return }
    if let scalar = ChartCanvas.plainScalar(character) {
      marks[i] = Mark(scalar: scalar, style: style, layer: layer)
    } else {
      marks[i] = Mark(scalar: " ", style: style, layer: layer, isText: true)
      texts[i] = character
    }
  }

  /// Puts `scalar`, one that `plainScalar` accepts, at (column, row) unless a higher layer is
  /// already there: `set` without looking at the glyph again (a rule sets a row of them).
  mutating func set(plain scalar: Unicode.Scalar, column: Int, row: Int, style: Style, layer: Layer) {
    guard column >= 0, column < width, row >= 0, row < height else { return }
    let i = row * width + column
    if let old = marks[i], old.layer > layer { return }
    marks[i] = Mark(scalar: scalar, style: style, layer: layer)
  }

  /// Writes `text` from (column, row), one glyph per column (callers pass one-column text).
  mutating func write(_ text: String, column: Int, row: Int, style: Style, layer: Layer) {
    for (offset, character) in text.enumerated() {
      set(character, column: column + offset, row: row, style: style, layer: layer)
    }
  }

  /// The layer drawn at a cell now (nil when empty).
  func layer(column: Int, row: Int) -> Layer? {
    guard column >= 0, column < width, row >= 0, row < height else { return nil }
    let i = row * width + column
    let dotLayer = dots[i] != 0 ? dotMarks[i]?.layer : nil
    guard let markLayer = marks[i]?.layer else { return dotLayer }
    return dotLayer.map { max($0, markLayer) } ?? markLayer
  }

  /// Sets one braille dot; `x` in 0..<2·width, `y` in 0..<4·height.
  mutating func dot(x: Int, y: Int, style: Style, layer: Layer) {
    guard x >= 0, y >= 0, x < width * 2, y < height * ChartScale.dotsPerRow else { return }
    let i = (y / 4) * width + x / 2
    dots[i] |= ChartCanvas.brailleBit(dx: x % 2, dy: y % 4)
    if let old = dotMarks[i], old.layer > layer { return }
    dotMarks[i] = Mark(scalar: " ", style: style, layer: layer)
  }

  /// A braille line between two dots (both included); `dotted` keeps every other dot, which
  /// reads as the fainter line without colour.
  /// - Complexity: O(length in dots).
  mutating func line(
    from a: (x: Int, y: Int), to b: (x: Int, y: Int), style: Style, layer: Layer, dotted: Bool
  ) {
    let dx = abs(b.x - a.x)
    let dy = -abs(b.y - a.y)
    let sx = a.x < b.x ? 1 : -1
    let sy = a.y < b.y ? 1 : -1
    var error = dx + dy
    var (x, y) = a
    var n = 0
    while true {
      if !dotted || n % 2 == 0 { dot(x: x, y: y, style: style, layer: layer) }
      n += 1
      if x == b.x && y == b.y { break }
      let e2 = 2 * error
      if e2 >= dy {
        error += dy
        x += sx
      }
      if e2 <= dx {
        error += dx
        y += sy
      }
    }
  }

  /// Copies the canvas into `buffer` with its top-left corner at (x, y).
  func draw(into buffer: inout ScreenBuffer, x: Int, y: Int) {
    for row in 0..<height {
      for column in 0..<width {
        let i = row * width + column
        let mark = marks[i]
        if dots[i] != 0, let dotMark = dotMarks[i], mark.map({ dotMark.layer > $0.layer }) ?? true {
          let braille = Unicode.Scalar(0x2800 + UInt32(dots[i])) ?? " "
          buffer.put(oneColumn: braille, at: x + column, y: y + row, style: dotMark.style)
        } else if let mark {
          if mark.isText, let text = texts[i] {
            buffer.put(String(text), at: x + column, y: y + row, style: mark.style)
          } else {
            buffer.put(oneColumn: mark.scalar, at: x + column, y: y + row, style: mark.style)
          }
        }
      }
    }
  }

  /// `character` as one scalar of one column that needs no sanitizing (every chart glyph,
  /// and most label text), else nil.
  static func plainScalar(_ character: Character) -> Unicode.Scalar? {
    if let byte = character.asciiValue { return byte >= 0x20 && byte < 0x7F ? Unicode.Scalar(byte) : nil }
    let scalars = character.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first, ScreenBuffer.visibleStandIn(for: character) == nil,
      character.displayWidth == 1
    else { return nil }
    return scalar
  }

  /// The bit of a braille cell's dot (Unicode's numbering: dots 1-3 and 7 on the left).
  static func brailleBit(dx: Int, dy: Int) -> UInt8 {
    let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
    let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
    return (dx == 0 ? left : right)[max(0, min(3, dy))]
  }
}
