import Foundation
import WBRModel

/// Reads a whole input file with the operating system's reason when it cannot, and refuses
/// files over a size limit before reading them (a deck is tens of MB at most; a 10 GB file
/// is a mistake, not a deck). Public so that every front end reads its inputs the same way.
public enum FileBytes {
  public static func read(_ path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw missing(path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw missing(path, reason: String(cString: strerror(errno))) }
    if info.st_mode & S_IFMT == S_IFDIR { throw missing(path, reason: "it is a directory") }
    if Int(info.st_size) > maxBytes { throw tooBig(path, size: Int(info.st_size), maxBytes: maxBytes) }
    // A regular file's size is known: read straight into the array (a second copy of a 100 MB
    // deck through a chunk cost as much as a tenth of parsing it).
    let expected = Int(info.st_size)
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      while count < expected {
        let n = Foundation.read(fd, base + count, expected - count)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if n == 0 { break }
        count += n
      }
    }
    if failure != 0 { throw missing(path, reason: String(cString: strerror(failure))) }
    // A pipe (size 0) or a file that grew while it was read: the rest in chunks.
    if bytes.count < expected { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw missing(path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      // A pipe or a growing file has no trustworthy size: check as we go.
      if bytes.count > maxBytes { throw tooBig(path, size: bytes.count, maxBytes: maxBytes) }
      if chunk.count < 1 << 20 { chunk = [UInt8](repeating: 0, count: 1 << 20) }
    }
    return bytes
  }

  /// Reads the file at `path` in pieces of at most `chunk` bytes, handing each to `body` with
  /// the file's size (0 when it has none, as a pipe): for readers that keep what they need of
  /// each piece rather than the whole file. The same bounds and messages as `read`.
  public static func read(
    _ path: String, maxBytes: Int, chunk: Int,
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws(InputError) -> Void
  ) throws(InputError) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw missing(path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw missing(path, reason: String(cString: strerror(errno))) }
    if info.st_mode & S_IFMT == S_IFDIR { throw missing(path, reason: "it is a directory") }
    let size = Int(info.st_size)
    if size > maxBytes { throw tooBig(path, size: size, maxBytes: maxBytes) }
    var buffer = [UInt8](repeating: 0, count: max(1, min(chunk, size > 0 ? size : chunk)))
    var total = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw missing(path, reason: String(cString: strerror(errno)))
      }
      if n == 0 { return }
      total += n
      // A pipe or a growing file has no trustworthy size: check as we go.
      if total > maxBytes { throw tooBig(path, size: total, maxBytes: maxBytes) }
      try buffer.withUnsafeBufferPointer { (b) throws(InputError) in
        try body(UnsafeBufferPointer(rebasing: b[0..<n]), size)
      }
    }
  }

  static func missing(_ path: String, reason: String) -> InputError {
    InputError(
      kind: .missing,
      diagnostics: [Diagnostic(.fileUnreadable, file: path, message: "cannot read the file: \(reason)")])
  }

  static func tooBig(_ path: String, size: Int, maxBytes: Int) -> InputError {
    let message =
      "the file is \(megabytes(size)), larger than the limit of \(megabytes(maxBytes)); "
      + "is this the right file?"
    return InputError(
      kind: .refused, diagnostics: [Diagnostic(.fileTooLarge, file: path, message: message)])
  }

  static func megabytes(_ n: Int) -> String {
    n >= 1 << 20 ? "\(n >> 20) MiB" : "\(n) bytes"
  }
}
