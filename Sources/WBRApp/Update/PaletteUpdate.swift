import WBRModel

/// The command palette's actions: typing its query, choosing a command, and Enter, which
/// closes the palette and runs the command as if its key had been pressed on the screen.
enum PaletteUpdate {
  static func update(_ state: AppState, _ palette: PaletteState, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .move(let delta): s.overlay = .palette(moved(s, palette, by: delta))
    case .page(let pages): s.overlay = .palette(moved(s, palette, by: pages * AppUpdate.listPage(s.size)))
    case .moveToFirst: s.overlay = .palette(moved(s, palette, by: Int.min / 2))
    case .moveToLast: s.overlay = .palette(moved(s, palette, by: Int.max / 2))
    case .edit(let edit):
      var palette = palette
      palette.query.apply(edit)
      palette.selected = 0
      s.overlay = .palette(palette)
    case .submit:
      let commands = PaletteLayout.matches(s, palette)
      guard commands.indices.contains(palette.selected) else { return (s, [.bell]) }
      s.overlay = nil
      return AppUpdate.update(s, commands[palette.selected].action)
    case .back, .cancel: s.overlay = nil
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .nextAnomaly, .previousAnomaly, .nextUnmarked, .cycleSort, .open, .show, .showCommitments,
      .startFilter,
      .clearFilter:
      break
    }
    return (s, [])
  }

  private static func moved(_ s: AppState, _ palette: PaletteState, by delta: Int) -> PaletteState {
    var palette = palette
    let count = PaletteLayout.matches(s, palette).count
    palette.selected = max(0, min(palette.selected.addingClamped(delta), count - 1))
    return palette
  }
}
