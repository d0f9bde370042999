import WBRModel

/// The drill-down's actions: scrolling its body, the anomaly walk (which changes the metric
/// shown), and back to the deck.
enum DrillDownUpdate {
  static func update(_ state: AppState, metric: Int, _ action: Action) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .move(let delta): scroll(&s, metric: metric, by: delta)
    case .page(let pages): scroll(&s, metric: metric, by: pages * DrillDownLayout.pageRows(for: s.size))
    case .moveToFirst: scroll(&s, metric: metric, by: Int.min / 2)
    case .moveToLast: scroll(&s, metric: metric, by: Int.max / 2)
    case .nextAnomaly: AnomalyWalk.step(&s, forward: true)
    case .previousAnomaly: AnomalyWalk.step(&s, forward: false)
    case .nextUnmarked: AnomalyWalk.nextUnmarked(&s)
    case .cycleSort: break
    case .back: s.screen = .deck
    case .show(let panel): s.overlay = Overlay.opening(panel, in: s)
    case .showCommitments: CommitmentsUpdate.show(&s)
    case .quit, .terminate, .resize, .redraw, .record, .answer, .recordGrew, .habit, .clock:
      return AppUpdate.shared(s, action)
    case .open, .startFilter, .clearFilter, .edit, .submit, .cancel:
      break
    }
    return (s, [])
  }

  /// Scrolls the body, clamped to its height at the state's size (`DrillDownLayout`).
  private static func scroll(_ s: inout AppState, metric: Int, by delta: Int) {
    let limit = DrillDownLayout.maxScroll(s, metric: metric)
    s.drillDownScroll = max(0, min(s.drillDownScroll.addingClamped(delta), limit))
  }
}
