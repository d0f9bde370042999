#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The wall clock the loop hands the meeting clock (`.clock(.tick)`): seconds since 1970.
/// Read only by `MeetingLoop`; `update` gets the time in the action.
enum WallClock {
  static func now() -> Double {
    var spec = timespec()
    guard clock_gettime(CLOCK_REALTIME, &spec) == 0 else { return 0 }
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
