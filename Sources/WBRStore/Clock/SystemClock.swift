import Foundation
import WBRModel

/// The system clock and the per-run session prefix: the time and randomness a real meeting
/// stamps its events with. `WBRModel` takes both injected (`EventStamper`), so that folding,
/// notes and tests stay deterministic.
public enum SystemClock {
  /// Now.
  @Sendable public static func now() -> Date { Date() }

  /// Time-based and random: milliseconds since 1970 in base 36 and 24 random bits, e.g.
  /// `mhx3k2p1x9f3a0c`.
  public static func newSession() -> String {
    let ms = UInt64(max(0, Date().timeIntervalSince1970 * 1000))
    let hex = String(UInt32.random(in: 0..<(1 << 24)), radix: 16)
    return String(ms, radix: 36) + "x" + String(repeating: "0", count: 6 - hex.count) + hex
  }
}

extension EventStamper {
  /// A stamper for a real meeting: a fresh session prefix and the system clock.
  public static func live(by: String, week: Day) -> EventStamper {
    EventStamper(by: by, week: week, session: SystemClock.newSession(), clock: SystemClock.now)
  }
}
