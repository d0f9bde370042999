import WBRModel

extension ScreenBuffer {
  /// Draws `text` in a field of exactly `width` columns at (x, y): aligned, padded with
  /// spaces in `style`, or cut with an ellipsis ("…", "~" in ASCII) when too long.
  ///
  /// The same result as `put(text.fitted(toWidth:…))` without building intermediate
  /// strings, for table cells drawn on every frame. Returns the column after the field.
  @discardableResult
  mutating func put<S: StringProtocol>(
    _ text: S, at x: Int, y: Int, width: Int, alignment: ColumnAlignment = .left,
    style: Style = .normal, ascii: Bool = false
  ) -> Int {
    guard width > 0 else { return x }
    // Simple text in a field inside the buffer (nearly every table cell): one run, spaces
    // included, with the text's bytes read once for the width and once for the copy.
    if x >= 0, x + width <= self.width, y >= 0, y < height,
      text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
        guard let w = ScreenBuffer.simpleWidth(bytes), w <= width else { return false }
        let gap = width - w
        let left = alignment == .left ? 0 : alignment == .right ? gap : gap / 2
        storeSimpleRun(bytes, textWidth: w, left: left, right: gap - left, at: x, y: y, style: style)
        return true
      }) == true
    {
      return x + width
    }
    let textWidth = text.displayWidth
    if textWidth > width {
      let cut = text.truncated(toWidth: width, ascii: ascii)
      return put(cut, at: x, y: y, width: width, alignment: alignment, style: style, ascii: ascii)
    }
    let gap = width - textWidth
    let left = alignment == .left ? 0 : alignment == .right ? gap : gap / 2
    fill(Rect(x: x, y: y, width: left, height: 1), style: style)
    put(text, at: x + left, y: y, style: style, maxWidth: width - left)
    fill(Rect(x: x + left + textWidth, y: y, width: gap - left, height: 1), style: style)
    return x + width
  }
}
