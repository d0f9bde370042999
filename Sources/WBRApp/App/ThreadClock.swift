#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// CPU time used by the calling thread: frame costs measured this way do not depend on how
/// busy the machine is, unlike wall-clock time.
enum ThreadClock {
  static func now() -> Duration {
    var spec = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec) == 0 else { return .zero }
    return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
  }
}
