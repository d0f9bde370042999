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

  /// Runs `body` `warmup + runs` times and returns the durations of the last `runs`.
  static func measure(warmup: Int, runs: Int, _ body: () -> Void) -> [UInt64] {
    for _ in 0..<warmup { body() }
    var samples: [UInt64] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
      let start = now()
      body()
      samples.append(now() - start)
    }
    return samples
  }
}

/// Keeps a value alive past the timed region so the optimiser cannot drop the work that
/// made it.
@inline(never)
func keep<T>(_ value: T) {
  withExtendedLifetime(value) {}
}
