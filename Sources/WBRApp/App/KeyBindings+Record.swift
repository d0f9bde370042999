extension KeyBindings {
  /// The meeting record's keys: e, a, c, x, u and Space on the screens, the commitments
  /// screen's, and those of its dialogs (`.dialog` for text fields, `.choice` for the menu).
  /// The dialogs' line editing is `KeyBindings+Standard`'s `lineEditing`, shared with the filter.
  static let record: [KeyBinding] = screenKeys + commitmentKeys + dialogKeys + choiceKeys

  private static let metricScreens: Set<BindingContext> = [.deck, .drillDown]

  private static let screenKeys: [KeyBinding] = [
    KeyBinding(
      [.char("e")], .record(.outcome), "outcome: explained, investigating or routine", in: metricScreens,
      footer: "outcome"),
    KeyBinding(
      [.char(" ")], .record(.toggleReviewed), "mark reviewed, next row (again: unmark)", in: metricScreens,
      footer: "mark"),
    KeyBinding(
      [.char("a")], .record(.addCommitment), "new commitment (linked to the metric)", in: metricScreens,
      footer: "commit"),
    KeyBinding(
      [.char("c")], .showCommitments, "commitments: follow up earlier ones", in: metricScreens,
      footer: "commits", footerIn: [.deck]),
    KeyBinding(
      [.char("A")], .record(.accept), "accept the owner's prepared entry", in: BindingContext.screens),
    KeyBinding(
      [.char("u")], .record(.undo), "undo the last change of this meeting", in: BindingContext.screens,
      footer: "undo", footerIn: metricScreens),
    KeyBinding(
      [.char("x")], .record(.export), "export the notes (Markdown by default)", in: BindingContext.screens,
      footer: "notes", footerIn: [.deck]),
  ]

  private static let commitmentKeys: [KeyBinding] = [
    KeyBinding([.char("d")], .record(.done), "mark done", in: [.commitments], footer: "done"),
    KeyBinding([.char("r")], .record(.carry), "carry to the next WBR", in: [.commitments], footer: "carry"),
    KeyBinding([.char("D")], .record(.drop), "drop, with a reason", in: [.commitments], footer: "drop"),
    KeyBinding(
      [.char("e"), .enter], .record(.edit), "edit text, owner or due week", in: [.commitments], footer: "edit"
    ),
    KeyBinding([.char("a")], .record(.addCommitment), "new commitment", in: [.commitments], footer: "add"),
    KeyBinding([.escape, .char("c")], .back, "back to the deck", in: [.commitments], footer: "deck"),
  ]

  private static let dialogKeys: [KeyBinding] = [
    KeyBinding([.enter], .submit, "save", in: [.dialog], footer: "save"),
    KeyBinding([.escape], .cancel, "cancel: nothing is saved", in: [.dialog], footer: "cancel"),
    KeyBinding([.tab], .record(.nextField), "next field", in: [.dialog]),
    KeyBinding([.backTab], .record(.previousField), "previous field", in: [.dialog]),
    KeyBinding([.up], .move(-1), "previous field, or owner", in: [.dialog]),
    KeyBinding([.down], .move(1), "next field, or owner", in: [.dialog]),
    KeyBinding([.pageUp], .page(-1), "due a week earlier", in: [.dialog]),
    KeyBinding([.pageDown], .page(1), "due a week later", in: [.dialog]),
  ]

  private static let choiceKeys: [KeyBinding] =
    [
      KeyBinding(
        [.up, .char("k")], .move(-1), "previous option", in: [.choice], footer: "choose",
        footerKeys: [.up, .down]),
      KeyBinding([.down, .char("j")], .move(1), "next option", in: [.choice]),
      KeyBinding([.enter], .submit, "take the option", in: [.choice], footer: "take"),
      KeyBinding(
        [.escape, .char("q")], .cancel, "cancel: nothing is saved", in: [.choice], footer: "cancel"),
    ]
    + OutcomeOption.allCases.map { option in
      KeyBinding([.char(option.key)], .record(.choose(option)), option.label.lowercased(), in: [.choice])
    }
}
