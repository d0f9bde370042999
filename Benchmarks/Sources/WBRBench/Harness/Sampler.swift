#if canImport(Glibc)
  import Glibc
#endif

/// Times an operation over repeated runs with the monotonic clock.
///
/// Warm-up runs are discarded (first-touch page faults, lazily filled caches); the rest are
/// kept whole so the report can give median, min and max rather than a mean that one stall
/// on a shared machine would drag.
enum Sampler {
  /// Nanoseconds on the monotonic clock.
  static func now() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  /// Nanoseconds of CPU this thread has used (user and system): unlike the wall clock, it
  /// does not count the time other processes on this shared machine had the core.
  static func cpuNow() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  /// Times `body` once.
  static func time(_ body: () -> Void) -> Timing {
    let wall = now()
    let cpu = cpuNow()
    body()
    return Timing(wall: now() - wall, cpu: cpuNow() - cpu)
  }

  /// Runs `body` `warmup + runs` times and returns the timings of the last `runs`.
  static func measure(warmup: Int, runs: Int, _ body: () -> Void) -> [Timing] {
    for _ in 0..<warmup { body() }
    return (0..<runs).map { _ in time(body) }
  }
}

/// One run's wall-clock and CPU nanoseconds.
struct Timing: Sendable, Equatable {
  var wall: UInt64
  var cpu: UInt64
}

/// Keeps a value alive past the timed region so the optimiser cannot drop the work that
/// made it.
@inline(never)
func keep<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
