#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an open descriptor to its end without ever holding more than `maxBytes + 1` bytes.
///
/// Why: the size `fstat` reports is trustworthy only for a regular file that does not grow; a
/// pipe, a process substitution or a file being appended to has to be counted while it is
/// read, and the buffer must not grow past the bound before the count says "too big" (a
/// doubling array took 546 MB to refuse `/dev/zero` at a 256 MiB bound).
enum BoundedRead {
  enum Failure: Error, Equatable {
    /// More than `maxBytes` bytes: `read` is how many were read before stopping.
    case tooBig(read: Int)
    /// `read(2)` failed with this `errno`.
    case system(code: Int32)
  }

  /// Everything from `fd` until end of file. `sizeHint` (the regular file's size) is
  /// reserved at once; streams grow the buffer by doubling, capped at the bound. `fromStart`
  /// reads with `pread` from offset 0 (a journal opened for appending), else with `read`.
  static func all(
    _ fd: Int32, maxBytes: Int, sizeHint: Int = 0, fromStart: Bool = false
  ) -> Result<[UInt8], Failure> {
    let limit = maxBytes < Int.max ? maxBytes + 1 : maxBytes
    var out: [UInt8] = []
    if sizeHint > 0 {
      // A regular file: read straight into the array (a second copy of a 100 MB deck through
      // the chunk below cost as much as a tenth of parsing it).
      let want = min(sizeHint, limit)
      var code: Int32 = 0
      out = [UInt8](unsafeUninitializedCapacity: want) { buf, count in
        guard let base = buf.baseAddress else { return }
        while count < want {
          let n =
            fromStart
            ? pread(fd, base + count, want - count, off_t(count)) : read(fd, base + count, want - count)
          if n < 0 {
            if errno == EINTR { continue }
            code = errno
            return
          }
          if n == 0 { break }
          count += n
        }
      }
      if code != 0 { return .failure(.system(code: code)) }
      if out.count > maxBytes { return .failure(.tooBig(read: out.count)) }
      // Shorter than its size (it shrank while read): its end was reached.
      if out.count < want { return .success(out) }
    }
    var chunk = [UInt8](repeating: 0, count: min(1 << 20, limit))
    while true {
      let want = min(chunk.count, limit - out.count)
      let offset = off_t(out.count)
      let n = chunk.withUnsafeMutableBytes { buf -> Int in
        guard let base = buf.baseAddress else { return 0 }
        return fromStart ? pread(fd, base, want, offset) : read(fd, base, want)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return .failure(.system(code: errno))
      }
      if n == 0 { return .success(out) }
      if out.count + n > out.capacity {
        out.reserveCapacity(min(limit, max(out.capacity * 2, out.count + n)))
      }
      out.append(contentsOf: chunk[0..<n])
      if out.count > maxBytes { return .failure(.tooBig(read: out.count)) }
    }
  }

  /// Clears `O_NONBLOCK` (set so that opening a FIFO without a writer returns at once):
  /// reads then wait for data as usual, and end at once when no writer is left.
  static func makeBlocking(_ fd: Int32) {
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
  }
}
