/// One terminal cell: a grapheme and its style.
///
/// A wide glyph (CJK, most emoji) takes two cells: the first holds the glyph, the second is a
/// *continuation* cell that the backend skips when drawing.
public struct Cell: Sendable, Hashable {
  public var character: Character
  public var style: Style
  /// True for the right half of a wide glyph.
  public var isContinuation: Bool

  init(_ character: Character = " ", style: Style = .normal, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  static let blank = Cell()
}

/// A cell as `ScreenBuffer` stores it: eight bytes, no reference counting, compared as
/// integers. Every frame allocates, fills, compares and frees a whole screen of these, so
/// this, not `Cell`, is what keeps a key press cheap on a large terminal.
public struct PackedCell: Sendable, Equatable {
  /// A single-scalar grapheme's scalar value, or `clusterFlag | i` for the buffer's
  /// `clusters[i]` (graphemes of several scalars: accents, emoji sequences).
  public var code: UInt32
  public var style: Style
  public var isContinuation: Bool

  static let clusterFlag: UInt32 = 0x8000_0000
  static let space: UInt32 = 0x20
  static let blank = PackedCell(code: space, style: .normal, isContinuation: false)

  public var isCluster: Bool { code & PackedCell.clusterFlag != 0 }
}
