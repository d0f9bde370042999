import WBRModel

/// An in-memory screen: a grid of cells that views draw into and the backend flushes.
///
/// Views never touch the terminal; they draw into a buffer, which makes every screen a plain
/// value that tests compare with golden text (`textLines()`, `styleLines()`). Drawing clips
/// at the buffer's edges and at `maxWidth`, so a view given a tiny area cannot crash.
///
/// Text is sanitized on the way in (`SafeText`): control characters and bidi overrides from a
/// file are drawn as a visible `\u{1B}`, never reach the terminal as escape sequences.
public struct ScreenBuffer: Sendable, Equatable {
  public let size: Size
  /// Row-major: the cell at (x, y) is `storage[y * width + x]`. Written only by this type
  /// (here and in `ScreenBuffer+Runs.swift`).
  public internal(set) var storage: [PackedCell]
  /// Graphemes of more than one scalar, referred to by `PackedCell.code`.
  private(set) var clusters: [Character] = []

  /// A blank buffer; negative sizes are treated as 0.
  init(size: Size) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    storage = Array(repeating: .blank, count: self.size.width * self.size.height)
  }

  /// Every cell, row-major: the cell at (x, y) is `cells[y * width + x]`.
  /// - Complexity: O(width × height); for tests and tools, not for drawing.
  var cells: [Cell] { storage.map(cell) }

  /// Same size and the same grapheme and style in every cell.
  public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
    guard a.size == b.size else { return false }
    return a.storage.indices.allSatisfy { a.sameCell(a.storage[$0], as: b.storage[$0], in: b) }
  }

  /// Whether `cell` (of this buffer) looks the same as `other` (of `buffer`).
  public func sameCell(_ cell: PackedCell, as other: PackedCell, in buffer: ScreenBuffer) -> Bool {
    if !cell.isCluster && !other.isCluster { return cell == other }
    return cell.style == other.style && cell.isContinuation == other.isContinuation
      && grapheme(cell).unicodeScalars.elementsEqual(buffer.grapheme(other).unicodeScalars)
  }

  /// The grapheme a stored cell holds.
  public func grapheme(_ cell: PackedCell) -> Character {
    if cell.isCluster {
      let index = Int(cell.code & ~PackedCell.clusterFlag)
      return clusters.indices.contains(index) ? clusters[index] : " "
    }
    return Unicode.Scalar(cell.code).map(Character.init) ?? " "
  }

  private func cell(_ packed: PackedCell) -> Cell {
    Cell(grapheme(packed), style: packed.style, isContinuation: packed.isContinuation)
  }

  /// The stored code for `character`: its scalar, or a new entry in `clusters`.
  private mutating func code(for character: Character) -> UInt32 {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first { return scalar.value }
    clusters.append(character)
    return PackedCell.clusterFlag | UInt32(clusters.count - 1)
  }

  init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

  public var width: Int { size.width }
  public var height: Int { size.height }
  /// The whole buffer as a rectangle at the origin.
  var bounds: Rect { Rect(size) }

  /// The cell at (x, y); a blank cell outside the buffer.
  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, x < width, y >= 0, y < height else { return .blank }
    return cell(storage[y * width + x])
  }

  /// Draws `text` on row `y` from column `x`, clipped to `maxWidth` columns and to the buffer.
  ///
  /// Returns the column after the last one drawn, so calls can be chained along a row. A wide
  /// glyph that does not fit in the last available column becomes a space; zero-width
  /// graphemes standing alone are dropped. Use `fitted(toWidth:)` first for an ellipsis.
  /// - Complexity: O(n) in the text's length.
  @discardableResult
  mutating func put<S: StringProtocol>(
    _ text: S, at x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil
  ) -> Int {
    let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
    guard y >= 0, y < height else { return x }
    // Simple text that fits whole (nearly all text on screen) is copied in one run.
    if x >= 0,
      let end = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
        guard let w = ScreenBuffer.simpleWidth(bytes), x + w <= limit else { return nil }
        storeSimpleRun(bytes, textWidth: w, at: x, y: y, style: style)
        return x + w
      }) ?? nil
    {
      return end
    }
    var column = x
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      // Printable ASCII (most text on screen): one cell per byte, no grapheme breaking.
      for byte in text.utf8 {
        if column >= limit { break }
        if column >= 0 {
          store(
            PackedCell(code: UInt32(byte), style: style, isContinuation: false), width: 1, column: column,
            y: y)
        }
        column += 1
      }
      return min(column, limit)
    }
    for character in text {
      if column >= limit { break }
      if let safe = ScreenBuffer.visibleStandIn(for: character) {
        for c in safe {
          column = place(c, c.displayWidth, column: column, y: y, limit: limit, style: style)
        }
      } else {
        column = place(character, character.displayWidth, column: column, y: y, limit: limit, style: style)
      }
    }
    return min(column, limit)
  }

  /// Puts one scalar that takes one column and needs no sanitizing (a chart's marks and
  /// braille) at (x, y); nothing outside the buffer. The same cell as `put(String(scalar), …)`
  /// without the string: a chart places a thousand of them.
  mutating func put(oneColumn scalar: Unicode.Scalar, at x: Int, y: Int, style: Style = .normal) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    store(PackedCell(code: scalar.value, style: style, isContinuation: false), width: 1, column: x, y: y)
  }

  /// Fills `rect` with `character` (a one-column glyph) in `style`.
  mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .normal) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let glyph = code(for: character.displayWidth == 1 ? character : " ")
    for row in area.y..<area.maxY {
      storeRun(
        PackedCell(code: glyph, style: style, isContinuation: false), count: area.width, at: area.x, y: row)
    }
  }

  /// Draws a horizontal line of `glyph` (e.g. "─", or "-" in ASCII mode).
  mutating func horizontalLine(
    x: Int, y: Int, width length: Int, glyph: Character = "─", style: Style = .muted
  ) {
    fill(Rect(x: x, y: y, width: length, height: 1), with: glyph, style: style)
  }

  /// Draws a vertical line of `glyph` (e.g. "│", or "|" in ASCII mode).
  mutating func verticalLine(
    x: Int, y: Int, height length: Int, glyph: Character = "│", style: Style = .muted
  ) {
    fill(Rect(x: x, y: y, width: 1, height: length), with: glyph, style: style)
  }

  /// Changes the style of every cell in `rect`, keeping the text (e.g. to highlight a row).
  mutating func setStyle(_ rect: Rect, _ style: Style) {
    restyle(rect) { _ in style }
  }

  /// Applies `transform` to the style of every cell in `rect`.
  mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
    let area = rect.intersection(bounds)
    for row in area.y..<area.maxY {
      for column in area.x..<area.maxX {
        storage[row * width + column].style = transform(storage[row * width + column].style)
      }
    }
  }

  /// Draws `other` with its top-left corner at (x, y), clipped to this buffer.
  mutating func draw(_ other: ScreenBuffer, at x: Int, y: Int) {
    for row in 0..<other.height {
      for column in 0..<other.width {
        let cell = other.storage[row * other.width + column]
        guard !cell.isContinuation else { continue }
        let w = other[column + 1, row].isContinuation ? 2 : 1
        if cell.isCluster {
          _ = place(other.grapheme(cell), w, column: x + column, y: y + row, limit: width, style: cell.style)
        } else {
          // A single scalar is copied as stored: no round trip through `Character`, which cost
          // more than the rest of a drill-down frame.
          _ = place(code: cell.code, w, column: x + column, y: y + row, limit: width, style: cell.style)
        }
      }
    }
  }

  /// Shows rows `from..<from + rows` of `other` (as wide as this buffer) on this buffer's rows
  /// `y..<y + rows`, whole rows at a time; rows past `other`'s end are left blank. The same
  /// cells as `draw(_:at:y:)` of those rows, without placing them one by one: a scrolling view
  /// (the drill-down's body) copies a screenful per frame.
  mutating func copyRows(of other: ScreenBuffer, from: Int, rows: Int, toRow y: Int) {
    guard other.width == width else {
      var window = ScreenBuffer(width: other.width, height: rows)
      window.draw(other, at: 0, y: -from)
      draw(window, at: 0, y: y)
      return
    }
    for row in 0..<max(0, rows) where y + row >= 0 && y + row < height {
      let target = (y + row) * width
      let source = from + row
      guard source >= 0, source < other.height else {
        storage.replaceSubrange(target..<target + width, with: repeatElement(.blank, count: width))
        continue
      }
      let start = source * width
      storage.replaceSubrange(target..<target + width, with: other.storage[start..<start + width])
      guard !other.clusters.isEmpty else { continue }
      for i in target..<target + width where storage[i].isCluster {
        storage[i].code = code(for: other.grapheme(storage[i]))
      }
    }
  }

  /// The visible escape (`SafeText`) for a grapheme the terminal would interpret, or nil.
  static func visibleStandIn(for character: Character) -> String? {
    if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return nil }
    guard character.unicodeScalars.contains(where: { SafeText.isUnsafe($0) }) else { return nil }
    return SafeText.clean(String(character))
  }

  /// Puts one safe grapheme of width `w` at `column`; returns the next column.
  private mutating func place(
    _ character: Character, _ w: Int, column: Int, y: Int, limit: Int, style: Style
  ) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      return place(code: scalar.value, w, column: column, y: y, limit: limit, style: style)
    }
    // A cluster is registered only when drawn whole; clipped, a space is stored instead.
    let whole = w > 0 && y >= 0 && y < height && column >= 0 && column + w <= limit
    return place(
      code: whole ? code(for: character) : PackedCell.space, w, column: column, y: y, limit: limit,
      style: style)
  }

  /// Puts a stored code (a scalar, or a registered cluster) of width `w` at `column`.
  private mutating func place(
    code: UInt32, _ w: Int, column: Int, y: Int, limit: Int, style: Style
  ) -> Int {
    guard w > 0, y >= 0, y < height else { return column + max(0, w) }
    if column < 0 {
      if column + w > 0 {
        store(
          PackedCell(code: PackedCell.space, style: style, isContinuation: false), width: 1, column: 0, y: y)
      }
      return column + w
    }
    if column + w > limit {
      if column < limit {
        store(
          PackedCell(code: PackedCell.space, style: style, isContinuation: false), width: 1, column: column,
          y: y)
      }
      return limit
    }
    store(PackedCell(code: code, style: style, isContinuation: false), width: w, column: column, y: y)
    return column + w
  }

  /// Stores a cell (and its continuation when `width` is 2), blanking the other half of any
  /// wide glyph it overwrites so no half-glyph is left behind.
  private mutating func store(_ cell: PackedCell, width w: Int, column: Int, y: Int) {
    breakWideGlyph(at: column, y: y)
    if w == 2 { breakWideGlyph(at: column + 1, y: y) }
    let index = y * width + column
    storage[index] = cell
    if w == 2 {
      storage[index + 1] = PackedCell(code: PackedCell.space, style: cell.style, isContinuation: true)
    }
  }

  mutating func breakWideGlyph(at column: Int, y: Int) {
    let index = y * width + column
    if storage[index].isContinuation {
      if column > 0 { storage[index - 1].code = PackedCell.space }
      storage[index].isContinuation = false
    } else if column + 1 < width, storage[index + 1].isContinuation {
      storage[index + 1].isContinuation = false
      storage[index + 1].code = PackedCell.space
    }
  }
}
