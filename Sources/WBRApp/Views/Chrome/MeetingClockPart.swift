/// The header's meeting clock (`t`, issue #13): "25 of 60 min, 7 min behind". Shown only
/// when the lead asked for it; behind or over the budget it is drawn like a filter (bold,
/// accent), and the words say it too.
enum MeetingClockPart {
  static func part(_ state: AppState) -> HeaderParts.Part? {
    guard state.clock.shown else { return nil }
    let elapsed = state.clock.elapsedMinutes
    let budget = state.budgetMinutes
    let progress = MeetingProgress(state)
    let pace = MeetingPace(
      elapsed: elapsed, budget: budget, walked: progress.walked, anomalies: progress.anomalies)
    let time = "\(elapsed) of \(budget) min"
    return HeaderParts.Part(
      text: time + ", " + pace.text, priority: 9, isFilter: pace != .onPace, short: time)
  }
}
