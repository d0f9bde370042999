/// Which events appended to a record change its view as it stood at one week
/// (`MeetingRecord.asItStood(at:)`), decided as they come: `wbr meet --follow` folds only those
/// onto the view it shows, instead of folding the whole record again at every line the lead
/// writes (a year of a large deck is tens of thousands of lines).
///
/// Until a later week's meeting begins the view is the whole record, so every event goes on
/// it. After that, only the week's own events do (its amendments). The few steps that move
/// what the view leaves out or how it marks what it keeps — a later week beginning, an undo
/// or an owner's prep line of the week after the cut — ask for the view to be folded again
/// from the whole record (`Step.refold`), which gives exactly `asItStood(at:)`.
public struct AsItStoodGrowth: Sendable {
  /// What to do with the view after some events were appended to the record.
  public enum Step: Sendable, Equatable {
    /// Fold these events onto the view, in order (none: the view is unchanged).
    case append([RecordEvent])
    /// Fold the view again from the whole record (`asItStood(at:)`).
    case refold
  }

  /// The session a session id last opened: its week, and whether an owner's prep.
  private struct Opened: Sendable {
    var week: Day
    var prep: Bool
  }

  /// The week the view stands at.
  public let week: Day
  /// The latest week of a meeting's (not a prep session's) event so far.
  private var latest: Day?
  /// Session id → the session it opened (the last header with that id, as the record keeps).
  private var sessions: [String: Opened] = [:]

  /// Starts from `record` as it is (the whole record, not the view).
  public init(record: MeetingRecord, week: Day) {
    self.week = week
    latest = record.latestWeek
    for session in record.sessions {
      sessions[session.id] = Opened(week: session.week, prep: session.header.kind == .prep)
    }
  }

  /// Whether a later week's meeting has begun: the view leaves its events out.
  public var isCut: Bool { latest.map { $0 > week } ?? false }

  /// Takes `events`, just appended to the record in this order, and says what they do to
  /// the view.
  public mutating func take(_ events: [RecordEvent]) -> Step {
    var kept: [RecordEvent] = []
    var refold = false
    for event in events {
      let wasCut = isCut
      if case .sessionOpened(let header) = event.change {
        sessions[event.sessionID] = Opened(week: event.week, prep: header.kind == .prep)
      }
      let opened = sessions[event.sessionID]
      let prep = opened.map { $0.week == event.week && $0.prep } ?? false
      if !prep, latest.map({ event.week > $0 }) ?? true {
        latest = event.week
        // A later week begins (the view's cut), or one after it (the week its late lines
        // are late to): what the view keeps and marks moves.
        if event.week > week { refold = true }
      }
      guard !refold else { continue }
      guard wasCut else {
        kept.append(event)
        continue
      }
      guard event.week == week else { continue }
      if case .undo = event.change {
        refold = true
      } else if prep {
        refold = true
      } else {
        kept.append(event)
      }
    }
    return refold ? .refold : .append(kept)
  }
}
