/// Where text sits in a column wider than itself.
public enum ColumnAlignment: Sendable, Equatable {
  case left, right, center
}

extension StringProtocol {
  /// The text cut to at most `width` columns, ending in an ellipsis when something was cut.
  ///
  /// The ellipsis is "…" (one column), or "~" when `ascii` is set, for terminals that cannot
  /// show Unicode. A wide glyph that would straddle the limit is dropped whole, so the result
  /// may be one column short of `width`. Width 0 or less gives "".
  /// - Complexity: O(n) in the text's length.
  @inlinable
  public func truncated(toWidth width: Int, ascii: Bool = false) -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return String(self) }
    let ellipsis: Character = ascii ? "~" : "…"
    var result = ""
    var used = 0
    for character in self {
      let w = character.displayWidth
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    result.append(ellipsis)
    return result
  }

  /// The text followed (or preceded, or surrounded) by spaces up to `width` columns.
  /// Text already at least that wide comes back unchanged: use `fitted` to also cut it.
  @inlinable
  public func padded(toWidth width: Int, alignment: ColumnAlignment = .left) -> String {
    let gap = width - displayWidth
    guard gap > 0 else { return String(self) }
    let left: Int
    switch alignment {
    case .left: left = 0
    case .right: left = gap
    case .center: left = gap / 2
    }
    // Written in one go: this runs for every cell of every table row on screen.
    let text = utf8
    let total = gap + text.count
    return String(unsafeUninitializedCapacity: total) { buffer in
      var i = 0
      while i < left {
        buffer[i] = 0x20
        i += 1
      }
      for byte in text {
        buffer[i] = byte
        i += 1
      }
      while i < total {
        buffer[i] = 0x20
        i += 1
      }
      return total
    }
  }

  /// The text in exactly `width` columns: truncated with an ellipsis if longer, padded if
  /// shorter. This is what a table cell wants.
  @inlinable
  public func fitted(
    toWidth width: Int, alignment: ColumnAlignment = .left, ascii: Bool = false
  ) -> String {
    truncated(toWidth: width, ascii: ascii).padded(toWidth: width, alignment: alignment)
  }
}
