extension KeyBindings {
  /// Keys users bring from other terminal tools (issue #17): `y` copies (as in vim, tig,
  /// lazygit), Ctrl-R reloads (as in tig and k9s). Apart from the other tables so that each feature's keys stay in its own file.
  static let habits: [KeyBinding] = [
    KeyBinding(
      [.char("y")], .habit(.copy), "copy the selection to the clipboard (OSC 52)", in: BindingContext.screens),
    KeyBinding(
      [.ctrl("r")], .habit(.reload), "reload the deck and owners from disk", in: BindingContext.screens),
  ]
}
