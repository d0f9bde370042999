import WBRModel

/// A line of styled text pieces, the unit the drill-down's text blocks are made of.
struct StyledLine: Sendable, Equatable {
  var pieces: [(text: String, style: Style)]
  /// A run of one one-column glyph that ends the last piece (a section rule's line), in that
  /// piece's style, filled rather than drawn as text: the same cells as the piece followed by
  /// `count` of them.
  var run: (glyph: Character, count: Int)?

  init(_ pieces: [(String, Style)] = [], run: (glyph: Character, count: Int)? = nil) {
    self.pieces = pieces.map { (text: $0.0, style: $0.1) }
    self.run = run
  }

  init(_ text: String, _ style: Style = .normal) { self.init([(text, style)]) }

  static func == (a: StyledLine, b: StyledLine) -> Bool {
    a.pieces.map(\.text) == b.pieces.map(\.text) && a.pieces.map(\.style) == b.pieces.map(\.style)
      && a.run?.glyph == b.run?.glyph && a.run?.count == b.run?.count
  }

  var displayWidth: Int { pieces.reduce(0) { $0 + $1.text.displayWidth } + (run?.count ?? 0) }

  /// Draws the pieces from (x, y), clipped to `width` columns; the last piece that does not fit
  /// ends in an ellipsis.
  func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, ascii: Bool) {
    var column = x
    let end = x + width
    for (i, piece) in pieces.enumerated() {
      let room = end - column
      guard room > 0 else { return }
      if i == pieces.count - 1, let run, run.count > 0 {
        let textWidth = piece.text.displayWidth
        guard textWidth + run.count <= room else {
          let text = piece.text + String(repeating: run.glyph, count: run.count)
          buffer.put(text.truncated(toWidth: room, ascii: ascii), at: column, y: y, style: piece.style)
          return
        }
        column = buffer.put(piece.text, at: column, y: y, style: piece.style)
        buffer.horizontalLine(x: column, y: y, width: run.count, glyph: run.glyph, style: piece.style)
        return
      }
      column = buffer.put(
        piece.text.truncated(toWidth: room, ascii: ascii), at: column, y: y, style: piece.style)
    }
  }
}

/// Word wrapping by display width, for deck text (descriptions, annotations, signals).
///
/// Text from files is sanitized first (`SafeText`), so the widths measured here are
/// those of what the screen will show, and line breaks inside the text start new lines.
enum DrillDownWrap {
  /// `text` broken into lines of at most `width` columns at spaces; a word longer than a line
  /// is cut by width. Never returns an empty list.
  /// - Complexity: O(n) in the text's length.
  static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var out: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      for word in SafeText.clean(String(paragraph)).split(separator: " ") {
        var rest = Substring(word)
        while !rest.isEmpty {
          let w = rest.displayWidth
          let gap = used == 0 ? 0 : 1
          if used + gap + w <= width {
            if gap == 1 { line += " " }
            line += rest
            used += gap + w
            rest = ""
          } else if used > 0 {
            out.append(line)
            line = ""
            used = 0
          } else {
            let head = prefix(of: rest, width: width)
            out.append(String(head))
            rest = rest.dropFirst(head.count)
          }
        }
      }
      out.append(line)
    }
    return out.isEmpty ? [""] : out
  }

  /// `lead` then `text` wrapped so that continuation lines line up after the lead.
  static func hanging(
    _ lead: String, _ leadStyle: Style, _ text: String, _ style: Style, width: Int
  ) -> [StyledLine] {
    let indent = lead.displayWidth
    let body = lines(text, width: max(1, width - indent))
    return body.enumerated().map { i, line in
      StyledLine([(i == 0 ? lead : String(repeating: " ", count: indent), leadStyle), (line, style)])
    }
  }

  /// The longest prefix of `text` at most `width` columns wide (at least one character).
  private static func prefix(of text: Substring, width: Int) -> Substring {
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let w = text[index].displayWidth
      if used + w > width && end != text.startIndex { break }
      used += w
      end = text.index(after: index)
    }
    return text[text.startIndex..<end]
  }
}
