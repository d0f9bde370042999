import WBRModel

/// The help overlay's lines and panel, for both sides: `update` clamps its scrolling with
/// them, `HelpView` draws them.
enum HelpLayout {
  /// The help lines for the screen under the overlay: keys, then what they do.
  static func lines(_ state: AppState, bindings: KeyBindings? = nil) -> [(keys: String, help: String)] {
    if case .warnings = state.overlay { return warnings(state) }
    var under = state
    under.overlay = nil
    let context = under.bindingContext
    let prep = state.meeting.prep != nil
    var keys = (bindings ?? state.bindings).help(for: context, prep: prep).map {
      ($0.keysLabel(ascii: state.glyphs.isASCII), $0.help)
    }
    if context == .deck { keys += [("", ""), ("Marks", "")] + DeckBadge.legend(ascii: state.glyphs.isASCII) }
    return keys + record(state.meeting)
  }

  /// `!`: each warning of the deck and owners files as `wbr check` words it, with where.
  static func warnings(_ state: AppState) -> [(keys: String, help: String)] {
    let all = state.content.warnings
    guard !all.isEmpty else { return [("", "No warnings in the files")] }
    // Wrapped to the panel (`panel`: 64 columns at most, a border, the "!" column).
    let width = max(10, min(64, state.size.width) - 2 - 3)
    var lines: [(keys: String, help: String)] = []
    for warning in all {
      for (i, line) in wrap(warning.description, width: width).enumerated() {
        lines.append((i == 0 ? "!" : "", line))
      }
    }
    return lines + [("", ""), ("", "wbr check lists them too, from a shell")]
  }

  /// `text` in lines of at most `width` columns, broken at spaces (a longer word is cut).
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      var word = word
      while word.displayWidth > width {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        var head = ""
        while let c = word.first, (head + String(c)).displayWidth <= width {
          head.append(c)
          word.removeFirst()
        }
        if head.isEmpty { break }
        lines.append(head)
      }
      let joined = line.isEmpty ? word : line + " " + word
      if joined.displayWidth <= width {
        line = joined
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Which record is open, and how: "Record", its path, "amending a past week" or why it is
  /// read-only. Nothing without a record.
  static func record(_ m: MeetingRecordState) -> [(keys: String, help: String)] {
    guard !m.journalPath.isEmpty else { return [] }
    var out: [(keys: String, help: String)] = [("", ""), ("Record", m.journalPath)]
    if m.amending { out.append(("", "amending the past week \(m.week)")) }
    if let reason = m.readOnlyReason { out.append(("", "read-only: " + reason)) }
    return out
  }

  /// The panel over `body`: at most 64 columns wide, as tall as its `lines` (and borders) or
  /// the whole body, whichever is less; centred, so a tall terminal shows no empty box.
  static func panel(in body: Rect, lines: Int) -> Rect {
    body.centered(Size(width: min(64, body.width), height: min(body.height, lines + 2)))
  }

  /// The largest useful scroll position at the state's size.
  static func maxScroll(_ state: AppState) -> Int {
    let count = lines(state).count
    let inner = panel(in: MeetingLayout.frame(for: state.size).body, lines: count).inset(by: 1)
    return max(0, count - inner.height)
  }
}
