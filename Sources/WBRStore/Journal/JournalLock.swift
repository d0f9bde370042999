#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The journal's advisory lock (`flock` on the file itself), taken for one append or one
/// read at a time, with a bounded wait: a writer that holds it for a whole session (an older
/// `wbr`, one on a network file system) makes the wait give up rather than hang the screen.
enum JournalLock {
  /// Takes the lock (exclusive to append, shared to read), trying again every millisecond
  /// or so until `waiting` has passed. Returns 0, or the `errno` (`EWOULDBLOCK` when another
  /// holder kept it the whole time).
  static func acquire(_ fd: Int32, exclusive: Bool, waiting: Duration) -> Int32 {
    let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
    let clock = ContinuousClock()
    let deadline = clock.now + waiting
    var pause: UInt32 = 200
    while true {
      if flock(fd, operation) == 0 { return 0 }
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK, clock.now < deadline else { return code }
      usleep(pause)
      pause = min(pause * 2, 5000)
    }
  }

  /// Lets the lock go.
  static func release(_ fd: Int32) {
    _ = flock(fd, LOCK_UN)
  }
}
