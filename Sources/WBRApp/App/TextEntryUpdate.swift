import WBRModel

/// The part of `update` for typed text: the deck filter, dialogs and the owner picker's query.
enum TextEntryUpdate {
  static func edit(_ state: AppState, _ edit: LineEditor.Edit) -> (AppState, [Effect]) {
    var s = state
    switch s.overlay {
    case .textEntry(var entry):
      entry.editor.apply(edit)
      s.overlay = .textEntry(entry)
    case .ownerPicker(var picker):
      picker.query.apply(edit)
      picker.selected = 0
      s.overlay = .ownerPicker(picker)
    case .help, .record:
      break
    case nil:
      guard var input = s.filterInput else { return (s, []) }
      input.apply(edit)
      s.filterInput = input
      AppUpdate.applyFilter(&s, input.text)
    }
    return (s, [])
  }

  /// Enter: keep the filter, or finish the dialog or the picker.
  static func submit(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    switch s.overlay {
    case .ownerPicker(let picker):
      s.overlay = nil
      let owners = OwnerPickerView.matches(s, picker)
      guard owners.indices.contains(picker.selected) else { return (s, [.bell]) }
      s.deckList.owner = owners[picker.selected].id
      AppUpdate.applyFilter(&s, s.deckList.filter)
    case .textEntry:
      // Recording explanations, commitments and owner changes arrives with the meeting
      // record; until then the dialog closes without a change.
      s.overlay = nil
      s.message = StatusMessage(kind: .info, text: "Not recorded: the meeting record is not available yet")
    case .help, .record:
      s.overlay = nil
    case nil:
      s.filterInput = nil
    }
    return (s, [])
  }

  /// Esc: close the dialog or picker; while filtering, drop the filter.
  static func cancel(_ state: AppState) -> (AppState, [Effect]) {
    var s = state
    if s.overlay != nil {
      s.overlay = nil
    } else if s.filterInput != nil {
      s.filterInput = nil
      AppUpdate.applyFilter(&s, "")
    }
    return (s, [])
  }
}
