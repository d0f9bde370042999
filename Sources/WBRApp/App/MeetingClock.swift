/// The meeting clock of issue #13 (`t`): how long the meeting has run against its budget, and
/// whether the anomaly walk keeps pace with it.
///
/// `update` cannot read the clock, so the time comes in as an action: the loop sends
/// `.clock(.tick(now))` once when it starts (the meeting's opening) and then at most once a
/// second while the clock is shown. Times are seconds on the wall clock.
public struct MeetingClock: Sendable, Equatable {
  /// Whether the header shows the clock (`t` toggles it).
  public internal(set) var shown = false
  /// When the meeting opened: the first tick.
  public internal(set) var openedAt: Double?
  /// The last tick's time.
  public internal(set) var now: Double?

  public init() {}

  /// Whole minutes since the meeting opened (0 before the first tick).
  var elapsedMinutes: Int {
    guard let openedAt, let now else { return 0 }
    return max(0, Int((now - openedAt) / 60))
  }

  /// This clock after a tick at `time`: the first one opens the meeting.
  func ticked(_ time: Double) -> MeetingClock {
    var clock = self
    if clock.openedAt == nil { clock.openedAt = time }
    clock.now = time
    return clock
  }
}

/// The clock's actions: one case of `Action`, handled in `Update/ClockUpdate.swift`.
public enum ClockAction: Sendable, Equatable {
  /// `t`: show or hide the clock in the header.
  case toggle
  /// The loop's time (wall clock, seconds).
  case tick(Double)
}

/// Where the anomaly walk stands against the budget: the words the header shows.
enum MeetingPace: Equatable {
  /// Time is left, and the anomalies walked are at least their share of the time used.
  case onPace
  /// The walk is this many minutes behind its share of the budget.
  case behind(minutes: Int)
  /// The budget is used up by this many minutes.
  case over(minutes: Int)

  /// Behind is the time used minus the time the walked share of the anomalies should take:
  /// with 10 anomalies in 60 minutes, 3 walked at minute 25 is 25 - 18 = 7 minutes behind.
  /// Under a minute counts as on pace; a deck without anomalies is on pace until the budget
  /// is spent.
  init(elapsed: Int, budget: Int, walked: Int, anomalies: Int) {
    if elapsed > budget {
      self = .over(minutes: elapsed - budget)
      return
    }
    guard anomalies > 0, walked < anomalies else {
      self = .onPace
      return
    }
    let due = budget * walked / anomalies
    self = elapsed - due >= 1 ? .behind(minutes: elapsed - due) : .onPace
  }

  /// "on pace", "7 min behind", "5 min over".
  var text: String {
    switch self {
    case .onPace: return "on pace"
    case .behind(let minutes): return "\(minutes) min behind"
    case .over(let minutes): return "\(minutes) min over"
    }
  }
}

extension AppState {
  /// This state with `wbr meet --budget`'s minutes, which win over the settings file's
  /// (`applying(_:)`); nil keeps them.
  public func budgeted(_ minutes: Int?) -> AppState {
    var state = self
    if let minutes { state.budgetMinutes = minutes }
    return state
  }
}
