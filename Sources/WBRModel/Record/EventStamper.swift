import Foundation

/// Makes events for one meeting: fills in the id, the time, the lead and the week.
///
/// Ids are `<session>-<n>`: a session prefix unique to this run of `wbr` and a counter, so
/// they are unique across runs and sort in the order they were made within one. The clock
/// and the session prefix are injected: the model reads no clock and draws no random number
/// (a real meeting's come from `SystemClock` in `WBRStore`), so it stays deterministic.
public struct EventStamper: Sendable {
  /// The meeting lead (`--lead` or the login name).
  public var by: String
  /// The meeting week: the deck's `week_ending`.
  public var week: Day
  public var clock: @Sendable () -> Date
  /// Prefix of every id made by this stamper.
  public var session: String
  /// The number in the next id.
  public var sequence: Int

  public init(by: String, week: Day, session: String, clock: @escaping @Sendable () -> Date) {
    self.by = by
    self.week = week
    self.session = session
    self.clock = clock
    self.sequence = 1
  }

  /// A fresh id.
  public mutating func newID() -> String {
    defer { sequence += 1 }
    return session + "-" + String(sequence)
  }

  /// A new event for `change`, stamped now.
  public mutating func event(_ change: RecordChange) -> RecordEvent {
    RecordEvent(id: newID(), at: RFC3339.format(clock()), by: by, week: week, change: change)
  }

  /// A fresh commitment id.
  public mutating func commitmentID() -> String { "c" + newID() }

  /// The next meeting: one week after this one. The default due week.
  public var nextMeeting: Day { week.adding(days: 7) }
}

/// RFC 3339 timestamps in UTC with whole seconds, `2026-11-23T15:02:11Z`, without
/// DateFormatter (locale- and time-zone-free by construction).
public enum RFC3339 {
  public static func format(_ date: Date) -> String {
    let secs = Int(date.timeIntervalSince1970.rounded(.down))
    let dayNumber = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
    let rest = secs - dayNumber * 86_400
    let day = Day(ordinal: dayNumber)
    return day.description + "T" + Day.pad(rest / 3600, 2) + ":" + Day.pad(rest / 60 % 60, 2) + ":"
      + Day.pad(rest % 60, 2) + "Z"
  }

  /// The calendar date of a timestamp as written (its first ten characters), if valid.
  public static func day(of timestamp: String) -> Day? {
    Day(iso: String(timestamp.prefix(10)))
  }

  /// Loose check used when reading: `YYYY-MM-DDTHH:MM:SS` followed by anything (fraction,
  /// offset).
  public static func looksValid(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { b in
      guard b.count >= 20, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
        b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":")
      else { return false }
      return Day(iso: String(decoding: UnsafeBufferPointer(rebasing: b[0..<10]), as: UTF8.self)) != nil
    }
  }
}
