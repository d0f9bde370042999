extension KeyBindings {
  /// The meeting-flow keys of issue #13, kept apart so that other features' key additions
  /// merge without touching them: `R` marks the rest reviewed (after one Enter), `s` cycles
  /// the deck's order.
  static let flow: [KeyBinding] = [
    KeyBinding(
      [.char("R")], .record(.reviewRest), "mark every metric in the list without signal or outcome reviewed",
      in: [.deck]),
    KeyBinding(
      [.char("s")], .cycleSort, "order: meeting, signals first, by owner, by size of WoW", in: [.deck]),
    KeyBinding(
      [.char("!")], .show(.warnings), "the files' warnings (the header's ! mark)", in: BindingContext.screens),
    KeyBinding([.enter], .submit, "yes: mark them reviewed", in: [.confirm], footer: "mark reviewed"),
    KeyBinding(
      [.escape, .char("q"), .char("n")], .cancel, "no: nothing is saved", in: [.confirm], footer: "cancel"),
  ]
}
