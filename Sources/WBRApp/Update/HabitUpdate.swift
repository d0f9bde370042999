/// The habits' update (issue #17): `y` asks the backend to copy (an effect, since the escape
/// sequence goes to the terminal) unless the settings turned copying off; the answer becomes
/// the footer's line, saying exactly what was sent and whether tmux will pass it on.
enum HabitUpdate {
  static func update(_ state: AppState, _ action: HabitAction) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .copy:
      guard s.copyEnabled else {
        s.message = StatusMessage(kind: .info, text: "Copy is off in the settings ([display] copy = false)")
        return (s, [])
      }
      guard let selection = CopyText.selection(s) else {
        s.message = StatusMessage(kind: .info, text: "Nothing selected to copy")
        return (s, [])
      }
      return (s, [.copy(text: selection.text, what: selection.what)])
    case .copied(let what, let outcome):
      s.message = message(what, outcome)
      return (s, [])
    case .mouse(let event):
      return MouseUpdate.update(s, event)
    case .reload:
      return (s, [.reload])
    case .polled(let stamps):
      return ReloadUpdate.polled(s, stamps)
    case .reloaded(let content, let stamps):
      return ReloadUpdate.reloaded(s, content, stamps: stamps)
    case .reloadFailed(let reason, let stamps):
      return ReloadUpdate.failed(s, reason, stamps: stamps)
    }
  }

  static func message(_ what: String, _ outcome: ClipboardOutcome) -> StatusMessage {
    switch outcome {
    case .sent(let characters):
      return StatusMessage(
        kind: .info, text: "Sent \(what) (\(characters) characters) to the terminal's clipboard (OSC 52)")
    case .droppedByTmux(let setting):
      return StatusMessage(
        kind: .error,
        text: "Sent \(what) as OSC 52, but tmux's set-clipboard is \(setting): it does not reach the "
          + "clipboard (tmux set -g set-clipboard on)")
    case .notSent(let reason):
      return StatusMessage(kind: .error, text: "Not copied: \(reason)")
    }
  }
}
