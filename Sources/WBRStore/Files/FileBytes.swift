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
    let sizeHint = kind == .fifo ? 0 : Int(info.st_size)
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
