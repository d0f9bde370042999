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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
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
    }
    return bytes
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
