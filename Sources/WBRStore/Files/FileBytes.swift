import Foundation
import WBRModel

/// Reads a whole input file with the operating system's reason when it cannot, and refuses
/// files over a size limit (a deck is tens of MB at most; a 10 GB file is a mistake, not a
/// deck). Public so that every front end reads its inputs the same way.
///
/// What is not a regular file (docs/RELIABILITY.md, "Paths that are not files"): a pipe (a
/// FIFO, a process substitution such as `<(gunzip -c deck.json.gz)`, `-` for standard input)
/// is read as a stream, counted against the bound while it is read; a FIFO that no program
/// writes to reads as empty at once instead of blocking; devices (`/dev/zero`, a terminal)
/// and directories are refused before a byte is read.
public enum FileBytes {
  /// The path that means standard input where an input takes it (`--data -`).
  public static let standardInput = "-"

  public static func read(_ path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
    // O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever if none comes.
    let fd = PosixFile.openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw openFailure(path, code: errno) }
    defer { PosixFile.closeFile(fd) }
    return try readOpen(fd, name: path, maxBytes: maxBytes)
  }

  /// Standard input, read to its end with the bound; `name` is how messages call it.
  public static func readStandardInput(name: String = standardInput, maxBytes: Int) throws(InputError)
    -> [UInt8]
  {
    try readOpen(0, name: name, maxBytes: maxBytes)
  }

  /// Checks what `fd` is, then reads it whole (a regular file) or as a stream (a pipe).
  private static func readOpen(_ fd: Int32, name path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
    let (kind, sizeHint) = try check(fd, name: path, maxBytes: maxBytes)
    switch BoundedRead.all(fd, maxBytes: maxBytes, sizeHint: sizeHint) {
    case .failure(.system(let code)): throw missing(path, reason: PosixFile.reason(code))
    case .failure(.tooBig(let n)):
      // A regular file that grew while read has a size; a stream only "more than the bound".
      throw kind == .fifo ? tooBigStream(path, maxBytes: maxBytes) : tooBig(path, size: n, maxBytes: maxBytes)
    case .success(let bytes):
      if bytes.isEmpty && kind == .fifo {
        throw missing(path, reason: "it is an empty pipe (nothing was written to it)")
      }
      return bytes
    }
  }

  /// What `fd` is and its size (0 for a stream), after refusing directories, devices and
  /// sockets, and a regular file over the bound; leaves `fd` blocking.
  private static func check(_ fd: Int32, name path: String, maxBytes: Int) throws(InputError)
    -> (FileKind, Int)
  {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw missing(path, reason: PosixFile.reason(errno)) }
    let kind = FileKind(mode: info.st_mode)
    switch kind {
    case .directory: throw missing(path, reason: "it is a directory")
    case .characterDevice, .blockDevice, .socket:
      throw missing(path, reason: "it is \(kind.phrase), not a file")
    case .regular, .symbolicLink:
      if Int(info.st_size) > maxBytes { throw tooBig(path, size: Int(info.st_size), maxBytes: maxBytes) }
    case .fifo:
      break
    }
    BoundedRead.makeBlocking(fd)
    return (kind, kind == .fifo ? 0 : Int(info.st_size))
  }

  /// Reads the file at `path` (`-`: standard input) in pieces of at most `chunk` bytes,
  /// handing each to `body` with the file's size (0 for a stream): for readers that keep what
  /// they need of each piece rather than the whole file. The same refusals, bound and
  /// messages as `read`.
  public static func read(
    _ path: String, maxBytes: Int, chunk: Int,
    _ body: (UnsafeBufferPointer<UInt8>, Int) throws(InputError) -> Void
  ) throws(InputError) {
    let isStandardInput = path == standardInput
    let fd = isStandardInput ? 0 : PosixFile.openFile(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw openFailure(path, code: errno) }
    defer { if !isStandardInput { PosixFile.closeFile(fd) } }
    let (kind, size) = try check(fd, name: path, maxBytes: maxBytes)
    var buffer = [UInt8](repeating: 0, count: max(1, min(chunk, size > 0 ? size : chunk)))
    var total = 0
    while true {
      let n = buffer.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw missing(path, reason: PosixFile.reason(errno))
      }
      if n == 0 {
        if total == 0 && kind == .fifo {
          throw missing(path, reason: "it is an empty pipe (nothing was written to it)")
        }
        return
      }
      total += n
      // A pipe or a growing file has no trustworthy size: count as it is read.
      if total > maxBytes {
        throw kind == .fifo
          ? tooBigStream(path, maxBytes: maxBytes) : tooBig(path, size: total, maxBytes: maxBytes)
      }
      try buffer.withUnsafeBufferPointer { (b) throws(InputError) in
        try body(UnsafeBufferPointer(rebasing: b[0..<n]), size)
      }
    }
  }

  /// The open's failure in words; a socket (which `open` refuses with ENXIO) is named as one.
  static func openFailure(_ path: String, code: Int32) -> InputError {
    if code == ENXIO, let kind = FileKind(path: path), kind != .regular {
      return missing(path, reason: "it is \(kind.phrase), not a file")
    }
    return missing(path, reason: PosixFile.reason(code))
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

  static func tooBigStream(_ path: String, maxBytes: Int) -> InputError {
    let message = "the stream is larger than the limit of \(megabytes(maxBytes)); is this the right file?"
    return InputError(kind: .refused, diagnostics: [Diagnostic(.fileTooLarge, file: path, message: message)])
  }

  static func megabytes(_ n: Int) -> String {
    n >= 1 << 20 ? "\(n >> 20) MiB" : "\(n) bytes"
  }
}
