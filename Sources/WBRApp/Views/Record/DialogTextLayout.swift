import WBRModel

/// Lays a line editor's text out over several rows, so a long explanation can be read while
/// it is typed or pasted: wrapped at spaces ("Promo week" never becomes "Pro|mo week"),
/// measured in display columns per grapheme (wide characters and combining marks kept
/// whole), and a word longer than a row cut by width.
///
/// A space at the end of a row stays on that row even when it sticks out past the edge (it
/// is clipped when drawn), so that no row starts with the space a break was made at and
/// every character of the editor is on exactly one row.
enum DialogTextLayout {
  /// The rows to show (at most `rows`, the cursor's row always among them) and the cursor's
  /// row and column in them.
  /// - Complexity: O(n) in the text length.
  static func wrap(_ editor: LineEditor, width: Int, rows: Int) -> (lines: [String], row: Int, column: Int) {
    guard width > 0, rows > 0 else { return ([], 0, 0) }
    let chars = editor.characters
    let starts = rowStarts(chars, width: width)
    var lines = starts.indices.map { k in
      String(chars[starts[k]..<(k + 1 < starts.count ? starts[k + 1] : chars.count)])
    }
    let position = min(max(0, editor.cursor), chars.count)
    var row = (starts.lastIndex { $0 <= position }) ?? 0
    var column = columns(chars[starts[row]..<position])
    if column >= width {
      // At the edge (after a full row, or on a space sticking out): shown at the next row's
      // start, where the next character typed will appear.
      row += 1
      column = 0
      if row == lines.count { lines.append("") }
    }
    let first = max(0, row - rows + 1)
    return (Array(lines[first..<min(lines.count, first + rows)]), row - first, column)
  }

  /// The index of each row's first character (the first is 0): a greedy fill that breaks
  /// after the last space that fits, or, in a word wider than the row, before the
  /// character that does not fit.
  /// - Complexity: O(n): a character moved to the next row is measured once more at most.
  static func rowStarts(_ chars: [Character], width: Int) -> [Int] {
    var starts = [0]
    var start = 0
    var used = 0
    var lastSpace: Int?
    var i = 0
    while i < chars.count {
      let w = max(0, chars[i].displayWidth)
      if chars[i] == " " {
        lastSpace = i
        used += w
        i += 1
        continue
      }
      if used + w > width, i > start {
        if let space = lastSpace, space + 1 < i {
          start = space + 1  // the word under way moves down whole
        } else {
          start = i  // a space just before, or no space on this row: break here
        }
        starts.append(start)
        used = columns(chars[start..<i])
        lastSpace = nil
        continue
      }
      used += w
      i += 1
    }
    return starts
  }

  private static func columns(_ chars: ArraySlice<Character>) -> Int {
    chars.reduce(0) { $0 + max(0, $1.displayWidth) }
  }
}
