/// The full-screen page the meeting is on. Overlays (help, pickers, dialogs) sit on top.
enum Screen: Sendable, Equatable {
  /// The deck: every metric in screen order, inputs first.
  case deck
  /// One metric's 6-12 chart and numbers; `metric` indexes `Deck.metrics`.
  case drillDown(metric: Int)
  /// Last week's open commitments and this meeting's new ones.
  case commitments
}

/// A panel drawn over the current screen that takes the keys until it closes.
enum Overlay: Sendable, Equatable {
  /// The key list, generated from `KeyBindings`; `scroll` is the first line shown.
  case help(scroll: Int)
  /// Choosing an owner for a metric.
  case ownerPicker(OwnerPickerState)
  /// A dialog of the meeting record (outcome, commitment, drop reason, export).
  case record(RecordDialog)
  /// The command palette (`:`): every key of the screen underneath, found by typing.
  case palette(PaletteState)
}

/// The overlays a key opens (`Action.show`); `Overlay.opening` makes each one's first state.
public enum Panel: Sendable, Equatable {
  case help
  /// For the metric selected on the deck.
  case ownerPicker
  case palette
}

extension Overlay {
  /// The overlay `panel` opens as, over `state`.
  static func opening(_ panel: Panel, in state: AppState) -> Overlay {
    switch panel {
    case .help: return .help(scroll: 0)
    case .ownerPicker: return .ownerPicker(OwnerPickerState(metric: state.deckList.selectedMetric ?? 0))
    case .palette: return .palette(PaletteState())
    }
  }
}

extension AppState {
  /// The bindings that apply now: the overlay's, else text entry's while filtering, else
  /// the screen's.
  var bindingContext: BindingContext {
    switch overlay {
    case .help: return .help
    case .ownerPicker: return .ownerPicker
    case .record(let dialog): return dialog.bindingContext
    case .palette: return .palette
    case nil: break
    }
    if filterInput != nil { return .textEntry }
    switch screen {
    case .deck: return .deck
    case .drillDown: return .drillDown
    case .commitments: return .commitments
    }
  }
}

/// Which set of key bindings applies: the top overlay's, or the screen's.
enum BindingContext: String, Sendable, Hashable, CaseIterable {
  case deck, drillDown, commitments, help, ownerPicker, textEntry
  /// The record's dialogs (`dialog`: text fields; `choice`: the outcome menu).
  case dialog, choice
  /// The command palette (`:`).
  case palette

  /// The full screens (not overlays): for bindings that work "everywhere".
  static let screens: Set<BindingContext> = [.deck, .drillDown, .commitments]

  /// The heading of this context's section in the help screen.
  var title: String {
    switch self {
    case .deck: return "Deck"
    case .drillDown: return "Metric"
    case .commitments: return "Commitments"
    case .help: return "Help"
    case .ownerPicker: return "Owner picker"
    case .textEntry: return "Text entry"
    case .dialog: return "Dialog"
    case .choice: return "Outcome"
    case .palette: return "Command palette"
    }
  }
}

/// The owner picker: a filterable list of the owners file's people.
struct OwnerPickerState: Sendable, Equatable {
  /// The metric whose owner is being chosen.
  var metric: Int
  var query = LineEditor()
  /// Index into the filtered list.
  var selected = 0
}
