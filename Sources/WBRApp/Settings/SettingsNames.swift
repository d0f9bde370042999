/// The names the settings file uses for screens, actions and keys.
///
/// Key names are the ones help and the footer print in ASCII ("q", "Ctrl-R", "Enter", "PgDn",
/// "Up"), so a user copies them from the help screen into the file.
enum SettingsNames {
  /// `[keys.NAME]`: the screen or overlay whose bindings a table changes.
  static let contexts: [(name: String, context: BindingContext)] = [
    ("deck", .deck), ("drill_down", .drillDown), ("commitments", .commitments), ("help", .help),
    ("owner_picker", .ownerPicker), ("filter", .textEntry), ("dialog", .dialog), ("outcome", .choice),
    ("palette", .palette),
  ]

  /// Every action a key can be bound to, by the name the file gives it.
  static let actions: [(name: String, action: Action)] = [
    ("quit", .quit), ("redraw", .redraw), ("help", .show(.help)), ("palette", .show(.palette)),
    ("owner_picker", .show(.ownerPicker)), ("up", .move(-1)), ("down", .move(1)),
    ("page_up", .page(-1)), ("page_down", .page(1)), ("first", .moveToFirst), ("last", .moveToLast),
    ("next_anomaly", .nextAnomaly), ("previous_anomaly", .previousAnomaly),
    ("next_unmarked", .nextUnmarked), ("open", .open), ("back", .back), ("filter", .startFilter),
    ("clear_filter", .clearFilter), ("commitments", .showCommitments), ("submit", .submit),
    ("cancel", .cancel), ("outcome", .record(.outcome)), ("reviewed", .record(.toggleReviewed)),
    ("add_commitment", .record(.addCommitment)), ("undo", .record(.undo)), ("export", .record(.export)),
    ("done", .record(.done)), ("carry", .record(.carry)), ("drop", .record(.drop)),
    ("edit", .record(.edit)), ("next_field", .record(.nextField)),
    ("previous_field", .record(.previousField)), ("copy", .habit(.copy)), ("reload", .habit(.reload)),
    ("review_rest", .record(.reviewRest)), ("sort", .cycleSort), ("warnings", .show(.warnings)),
    ("clock", .clock(.toggle)), ("explained", .record(.choose(.explained))),
    ("investigating", .record(.choose(.investigating))), ("routine", .record(.choose(.routine))),
    ("clear_outcome", .record(.choose(.clear))), ("accept", .record(.accept)),
  ]

  static func context(named name: String) -> BindingContext? {
    contexts.first { $0.name == name }?.context
  }

  static func action(named name: String) -> Action? {
    actions.first { $0.name == name }?.action
  }

  static func name(of context: BindingContext) -> String {
    contexts.first { $0.context == context }?.name ?? context.rawValue
  }

  static func name(of action: Action) -> String? {
    actions.first { $0.action == action }?.name
  }

  private static let named: [String: Key] = [
    "space": .char(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
    "tab": .tab, "shift-tab": .backTab, "backspace": .backspace, "del": .delete, "delete": .delete,
    "ins": .insert, "insert": .insert, "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp,
    "pgdn": .pageDown, "pagedown": .pageDown, "up": .up, "down": .down, "left": .left, "right": .right,
  ]

  /// The key a name stands for: one character is itself ("q", "G", "?"); longer names are
  /// read without regard to case ("ctrl-r", "F1", "PgDn"). Nil for anything else.
  static func key(named text: String) -> Key? {
    if text.count == 1, let c = text.first, !c.isWhitespace,
      !(c.asciiValue.map { $0 < 32 || $0 == 127 } ?? false)
    {
      return .char(c)
    }
    let lower = text.lowercased()
    if let key = named[lower] { return key }
    if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isASCII,
      c.isLetter || "@[\\]^_".contains(c)
    {
      return .ctrl(c)
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
    return nil
  }
}
