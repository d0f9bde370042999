/// The meeting clock's update (issue #13): `t` shows or hides it, the loop's tick moves it.
/// Pure like every update: the time arrives in the action.
enum ClockUpdate {
  static func update(_ state: AppState, _ action: ClockAction) -> (AppState, [Effect]) {
    var s = state
    switch action {
    case .toggle:
      s.clock.shown.toggle()
      s.message = StatusMessage(
        kind: .info,
        text: s.clock.shown ? "Meeting clock on (t hides it)" : "Meeting clock off (t shows it)")
    case .tick(let time):
      s.clock = s.clock.ticked(time)
    }
    return (s, [])
  }
}
