/// A one-line text editor for the meeting's dialogs (explanations, commitments, filters).
///
/// It is a value: keys become `Edit`s, `apply` changes the text, and the view asks for the
/// visible slice. Keeping it free of the terminal means every editing rule is unit-tested, and
/// a long pasted explanation behaves the same over SSH as in a local terminal.
public struct LineEditor: Equatable, Sendable {
  /// One editing operation, already decoded from a key.
  public enum Edit: Equatable, Sendable {
    /// Typed or pasted text; line breaks become spaces and control characters are dropped.
    case insert(String)
    case backspace
    case deleteForward
    case left
    case right
    case wordLeft
    case wordRight
    case home
    case end
    /// Ctrl-U: delete from the start of the line to the cursor.
    case deleteToStart
    /// Ctrl-K: delete from the cursor to the end of the line.
    case deleteToEnd
    /// Ctrl-W: delete the word before the cursor (and the spaces after it).
    case deleteWordBackward
  }

  /// Grapheme clusters, so a cursor step or a Backspace never splits "é" or an emoji.
  private(set) var characters: [Character]
  /// Insertion point, 0...characters.count.
  private(set) var cursor: Int
  /// Longest text accepted, in characters; a paste beyond it is cut, never an error.
  let maxLength: Int

  init(text: String = "", maxLength: Int = 4000) {
    self.maxLength = max(1, maxLength)
    let chars = Array(LineEditor.cleaned(text).prefix(self.maxLength))
    self.characters = chars
    self.cursor = chars.count
  }

  var text: String { String(characters) }
  var isEmpty: Bool { characters.isEmpty }

  /// Applies one edit.
  /// - Complexity: O(n) in the text length for insertions and deletions.
  mutating func apply(_ edit: Edit) {
    switch edit {
    case .insert(let s):
      let room = maxLength - characters.count
      guard room > 0 else { return }
      let new = Array(LineEditor.cleaned(s).prefix(room))
      characters.insert(contentsOf: new, at: cursor)
      cursor += new.count
    case .backspace:
      guard cursor > 0 else { return }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      guard cursor < characters.count else { return }
      characters.remove(at: cursor)
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight: cursor = wordEnd(after: cursor)
    case .home: cursor = 0
    case .end: cursor = characters.count
    case .deleteToStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .deleteToEnd:
      characters.removeSubrange(cursor..<characters.count)
    case .deleteWordBackward:
      let start = wordStart(before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
    }
  }

  /// The part of the text to show in `width` columns, and the cursor's column in it.
  ///
  /// Text that fits is shown whole; longer text scrolls so the cursor stays visible, with
  /// the cursor on the right edge when it is past the first screenful.
  /// - Complexity: O(n) in the text length.
  func visible(width: Int, columns: (Character) -> Int) -> (text: String, cursorColumn: Int) {
    guard width > 0 else { return ("", 0) }
    // Start at the cursor and walk left while the slice (plus the cursor cell) fits.
    var start = cursor
    var used = 1
    while start > 0 {
      let w = columns(characters[start - 1])
      if used + w > width { break }
      used += w
      start -= 1
    }
    var out = ""
    var col = 0
    var cursorColumn = 0
    var i = start
    while i < characters.count || i == cursor {
      if i == cursor { cursorColumn = col }
      guard i < characters.count else { break }
      let w = columns(characters[i])
      if col + w > width { break }
      out.append(characters[i])
      col += w
      i += 1
    }
    return (out, cursorColumn)
  }

  private func isWordCharacter(_ c: Character) -> Bool { !(c.isWhitespace || c.isPunctuation) }

  private func wordStart(before index: Int) -> Int {
    var i = index
    while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
    while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
    return i
  }

  private func wordEnd(after index: Int) -> Int {
    var i = index
    while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
    while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
    return i
  }

  /// Line breaks and tabs become spaces; other control characters (which could reach the
  /// terminal as escape sequences) are dropped.
  static func cleaned(_ s: String) -> [Character] {
    var out: [Character] = []
    out.reserveCapacity(s.count)
    for c in s {
      if c == "\n" || c == "\r" || c == "\r\n" || c == "\t" {
        out.append(" ")
      } else if c.unicodeScalars.contains(where: { isControl($0) }) {
        continue
      } else {
        out.append(c)
      }
    }
    return out
  }

  private static func isControl(_ u: Unicode.Scalar) -> Bool {
    u.value < 0x20 || (0x7F...0x9F).contains(u.value)
  }
}
