import WBRModel

/// The help overlay's lines and panel, for both sides: `update` clamps its scrolling with
/// them, `HelpView` draws them.
enum HelpLayout {
  /// The help lines for the screen under the overlay: keys, then what they do.
  static func lines(_ state: AppState, bindings: KeyBindings = .standard) -> [(keys: String, help: String)] {
    var under = state
    under.overlay = nil
    let context = under.bindingContext
    var keys = bindings.help(for: context).map { ($0.keysLabel(ascii: state.glyphs.isASCII), $0.help) }
    if context == .deck { keys += [("", ""), ("Marks", "")] + DeckBadge.legend(ascii: state.glyphs.isASCII) }
    return keys + record(state.meeting)
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
