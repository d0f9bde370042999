import WBRModel

/// Lays a line editor's text out over several rows (wrapped at the column, wide characters
/// kept whole), so a long explanation can be read while it is typed or pasted.
enum DialogTextLayout {
  /// The rows to show (at most `rows`, the cursor's row always among them) and the cursor's
  /// row and column in them.
  /// - Complexity: O(n) in the text length.
  static func wrap(_ editor: LineEditor, width: Int, rows: Int) -> (lines: [String], row: Int, column: Int) {
    guard width > 0, rows > 0 else { return ([], 0, 0) }
    var lines: [String] = [""]
    var col = 0
    var cursor = (row: 0, column: 0)
    for (i, c) in editor.characters.enumerated() {
      let w = max(0, c.displayWidth)
      if col + w > width, col > 0 {
        lines.append("")
        col = 0
      }
      if i == editor.cursor { cursor = (lines.count - 1, col) }
      lines[lines.count - 1].append(c)
      col += w
    }
    if editor.cursor >= editor.characters.count {
      if col >= width {
        lines.append("")
        col = 0
      }
      cursor = (lines.count - 1, col)
    }
    let first = max(0, cursor.row - rows + 1)
    return (Array(lines[first..<min(lines.count, first + rows)]), cursor.row - first, cursor.column)
  }
}
