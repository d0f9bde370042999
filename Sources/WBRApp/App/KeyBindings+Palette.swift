extension KeyBindings {
  /// The command palette's keys (issue #17): `:` opens it on every screen; inside, typing
  /// narrows the list (unbound keys type themselves), ↑↓ choose, Enter runs, Esc closes.
  /// j/k and the other letters are not bound there: they are the query.
  static let palette: [KeyBinding] = [
    KeyBinding([.char(":")], .show(.palette), "command palette", in: BindingContext.screens),
    KeyBinding(
      [.up, .ctrl("p")], .move(-1), "previous command", in: [.palette], footer: "move",
      footerKeys: [.up, .down]),
    KeyBinding([.down, .ctrl("n")], .move(1), "next command", in: [.palette]),
    KeyBinding([.enter], .submit, "run the command", in: [.palette], footer: "run"),
    KeyBinding([.escape], .cancel, "close", in: [.palette], footer: "close"),
    KeyBinding([.backspace], .edit(.backspace), "delete before the cursor", in: [.palette]),
    KeyBinding([.ctrl("u")], .edit(.deleteToStart), "delete the query", in: [.palette]),
  ]
}
