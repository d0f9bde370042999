extension KeyBindings {
  /// The meeting clock's key (issue #13), kept apart so other features' keys merge without
  /// touching it: `t` shows the time used against the budget and the pace in the header.
  static let clock: [KeyBinding] = [
    KeyBinding(
      [.char("t")], .clock(.toggle),
      "meeting clock: time used of the budget, and the pace of the anomaly walk",
      in: BindingContext.screens)
  ]
}
