import WBRModel

/// What a terminal below `MeetingLayout.minimumSize` shows instead of the meeting.
///
/// Fits whatever space there is, down to 1×1: the message is wrapped at word boundaries,
/// cut with an ellipsis when rows run out, and centred. The meeting comes back as soon as
/// the terminal is large enough again (resize is just another action).
enum TooSmallView {
  static func draw(size: Size, glyphs: Glyphs, on buffer: inout ScreenBuffer) {
    let need = MeetingLayout.minimumSize
    let message =
      "terminal too small: need \(need.width)\(glyphs.times)\(need.height), "
      + "have \(size.width)\(glyphs.times)\(size.height)"
    let lines = wrap(message, width: size.width, height: size.height, ascii: glyphs.isASCII)
    let top = max(0, (size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (size.width - line.displayWidth) / 2)
      buffer.put(line, at: x, y: top + i, style: .warn)
    }
  }

  /// Greedy word wrap into at most `height` lines of `width` columns.
  static func wrap(_ text: String, width: Int, height: Int, ascii: Bool) -> [String] {
    guard width > 0, height > 0 else { return [] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if candidate.displayWidth <= width {
        current = candidate
      } else {
        if !current.isEmpty { lines.append(current) }
        current = String(word).truncated(toWidth: width, ascii: ascii)
      }
    }
    if !current.isEmpty { lines.append(current) }
    if lines.count > height {
      lines = Array(lines.prefix(height))
      var cut = ""
      for c in lines[height - 1] {
        if cut.displayWidth + c.displayWidth > width - 1 { break }
        cut.append(c)
      }
      lines[height - 1] = cut + (ascii ? "~" : "…")
    }
    return lines
  }
}
