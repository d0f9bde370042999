extension KeyBindings {
  /// The meeting's keys. Add a feature's keys here and both help and the footer show them.
  public static let standard = KeyBindings(
    bindings: drillDownScrolling + navigation + textEntry + record + flow + clock + application + palette
      + habits)

  private static let screens = BindingContext.screens
  private static let lists: Set<BindingContext> = [.deck, .commitments, .help, .ownerPicker]
  private static let lines: Set<BindingContext> = [.deck, .commitments, .help]

  /// The drill-down's body scrolls with the keys that move along lists elsewhere.
  private static let drillDownScrolling: [KeyBinding] = [
    KeyBinding(
      [.up, .char("k")], .move(-1), "scroll up", in: [.drillDown], footer: "scroll", footerKeys: [.up, .down]),
    KeyBinding([.down, .char("j")], .move(1), "scroll down", in: [.drillDown]),
    KeyBinding([.pageUp, .ctrl("b")], .page(-1), "previous page", in: [.drillDown]),
    KeyBinding([.pageDown, .ctrl("f")], .page(1), "next page", in: [.drillDown]),
    KeyBinding([.home, .char("g")], .moveToFirst, "top", in: [.drillDown]),
    KeyBinding([.end, .char("G")], .moveToLast, "bottom", in: [.drillDown]),
  ]

  private static let navigation: [KeyBinding] = [
    KeyBinding(
      [.up, .char("k")], .move(-1), "previous row", in: lists, footer: "move", footerKeys: [.up, .down],
      footerIn: lists.subtracting([.deck])),
    KeyBinding([.down, .char("j")], .move(1), "next row", in: lists),
    KeyBinding([.pageUp, .ctrl("b")], .page(-1), "previous page", in: lines),
    KeyBinding([.pageDown, .ctrl("f")], .page(1), "next page", in: lines),
    KeyBinding([.home, .char("g")], .moveToFirst, "first row", in: lines),
    KeyBinding([.end, .char("G")], .moveToLast, "last row", in: lines),
    KeyBinding(
      [.char("n"), .tab], .nextAnomaly, "next anomaly", in: [.deck, .drillDown], footer: "next anomaly"),
    KeyBinding(
      [.char("N"), .char("p"), .backTab], .previousAnomaly, "previous anomaly", in: [.deck, .drillDown]),
    KeyBinding([.char("m")], .nextUnmarked, "next metric not yet marked", in: [.deck, .drillDown]),
    KeyBinding([.enter, .right, .char("l")], .open, "open the metric", in: [.deck]),
    KeyBinding(
      [.escape, .left, .char("h"), .backspace], .back, "back to the deck", in: [.drillDown], footer: "back"),
    KeyBinding(
      [.char("/")], .startFilter, "filter by name, id, section or owner", in: [.deck]),
    KeyBinding([.char("o")], .show(.ownerPicker), "show one owner's metrics", in: [.deck]),
    KeyBinding([.escape], .clearFilter, "clear the filter and owner", in: [.deck]),
  ]

  private static let textEntry: [KeyBinding] =
    [
      KeyBinding([.enter], .submit, "accept", in: [.textEntry, .ownerPicker], footer: "accept"),
      KeyBinding([.escape], .cancel, "cancel", in: [.textEntry, .ownerPicker], footer: "cancel"),
    ] + lineEditing

  /// Editing a line of text, the same in the deck's filter and the record's dialogs (the
  /// owner picker's query takes only Backspace and Ctrl-U: its ← → move nothing).
  private static let lineEditing: [KeyBinding] = {
    let lines: Set<BindingContext> = [.textEntry, .dialog]
    let query = lines.union([.ownerPicker])
    return [
      KeyBinding([.left, .ctrl("b")], .edit(.left), "cursor left", in: lines),
      KeyBinding([.right, .ctrl("f")], .edit(.right), "cursor right", in: lines),
      KeyBinding([.home, .ctrl("a")], .edit(.home), "start of line", in: lines),
      KeyBinding([.end, .ctrl("e")], .edit(.end), "end of line", in: lines),
      KeyBinding([.backspace], .edit(.backspace), "delete before the cursor", in: query),
      KeyBinding([.delete, .ctrl("d")], .edit(.deleteForward), "delete at the cursor", in: lines),
      KeyBinding([.ctrl("u")], .edit(.deleteToStart), "delete to the start", in: query),
      KeyBinding([.ctrl("k")], .edit(.deleteToEnd), "delete to the end", in: lines),
      KeyBinding([.ctrl("w")], .edit(.deleteWordBackward), "delete the word before", in: lines),
    ]
  }()

  private static let application: [KeyBinding] = [
    KeyBinding([.char("?"), .function(1)], .show(.help), "this help", in: screens, footer: "help"),
    KeyBinding([.escape, .char("?"), .char("q"), .enter], .back, "close help", in: [.help], footer: "close"),
    // An owner's prep session leaves with q when the explanations are in: its footer says so
    // where the meeting's says Space (refused in prep).
    KeyBinding(
      [.char("q")], .quit, "quit", in: screens, footer: "quit", footerIn: [.commitments],
      prepFooterIn: [.deck, .drillDown]),
    KeyBinding([.ctrl("c")], .quit, "quit", in: Set(BindingContext.allCases)),
    KeyBinding([.ctrl("l")], .redraw, "redraw the screen", in: Set(BindingContext.allCases)),
  ]
}
