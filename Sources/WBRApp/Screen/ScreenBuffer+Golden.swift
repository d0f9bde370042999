extension ScreenBuffer {
  /// The text of each row, trailing spaces trimmed: what a person would see.
  ///
  /// Continuation cells are skipped, so a wide glyph appears once and the line still lines up
  /// in an editor that shows CJK two columns wide.
  func textLines() -> [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !self[x, y].isContinuation {
        line.append(self[x, y].character)
      }
      return trimmingTrailingSpaces(line)
    }
  }

  /// Each row's styles, one legend character per cell (see `Style.legendCharacter`),
  /// trailing blanks trimmed.
  func styleLines() -> [String] {
    (0..<height).map { y in
      trimmingTrailingSpaces(String((0..<width).map { x in self[x, y].style.legendCharacter }))
    }
  }

  /// Text lines, a separator, then style lines: the format of golden screen files.
  var snapshot: String {
    (textLines() + ["-- styles (legend: Style.legendCharacter) --"] + styleLines())
      .joined(separator: "\n") + "\n"
  }

  private func trimmingTrailingSpaces(_ line: String) -> String {
    var s = Substring(line)
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
