import WBRModel

/// `wbr meet --follow`: a read-only meeting screen that goes where the lead goes. The lead's
/// meeting says where it is looking (`view(of:)`, written to a side file beside the record);
/// the follower's loop polls that file and the record and hands both to `follow`.
enum FollowUpdate {
  /// Where `s` is looking, for the side file.
  static func view(of s: AppState, lead: String) -> MeetingView {
    let metric = s.deckList.selectedMetric.flatMap { i in
      s.content.deck.metrics.indices.contains(i) ? i : nil
    }
    var walk = ""
    if let metric, let place = AnomalyPlace.of(metric, in: s) {
      walk = (place.owner.map { $0 + ": " } ?? "") + place.text
    }
    let screen: MeetingView.Screen
    let shown: Int?
    switch s.screen {
    case .deck: (screen, shown) = (.deck, metric)
    case .drillDown(let m): (screen, shown) = (.drillDown, m)
    case .commitments: (screen, shown) = (.commitments, metric)
    }
    return MeetingView(
      week: s.meeting.week, lead: lead, screen: screen,
      metric: shown.flatMap {
        s.content.deck.metrics.indices.contains($0) ? s.content.deck.metrics[$0].id : nil
      },
      walk: walk)
  }

  /// Takes the grown record and goes to the lead's metric and screen (a metric this deck
  /// does not have, or another week's view, only updates the record).
  static func follow(_ s: inout AppState, record: MeetingRecord?, view: MeetingView?) {
    if let record { s.meeting.record = record }
    let before = s.screen
    guard let view, view.week == s.meeting.week else { return }
    s.overlay = nil
    if let id = view.metric, let index = s.content.metricIndex[id] {
      if !s.deckList.rows.contains(index) {
        s.deckList.owner = nil
        AppUpdate.applyFilter(&s, "")
      }
      if let position = s.deckList.rows.firstIndex(of: index) {
        s.deckList.move(by: position - s.deckList.selected, visibleRows: MeetingLayout.listRows(for: s.size))
      }
      s.screen =
        view.screen == .drillDown
        ? .drillDown(metric: index) : view.screen == .commitments ? .commitments : .deck
    } else {
      s.screen = view.screen == .commitments ? .commitments : .deck
    }
    if s.screen != before { s.drillDownScroll = 0 }
    CommitmentsUpdate.clampCursor(&s)
    let walk = view.walk.isEmpty ? "" : ", " + view.walk
    s.message = StatusMessage(kind: .info, text: "Following \(view.lead)\(walk)")
  }
}

extension AppState {
  /// Where this meeting is looking, for the lead's side file (`wbr meet --follow` reads it).
  public func meetingView(lead: String) -> MeetingView { FollowUpdate.view(of: self, lead: lead) }
}
