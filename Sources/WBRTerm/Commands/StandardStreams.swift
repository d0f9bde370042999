import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and error with `write(2)`, checking every call: a closed or full
/// stream is a result, not a trap (`FileHandle.write` traps on EPIPE and ENOSPC).
enum StandardStreams {
  /// How a write ended.
  enum Outcome: Equatable {
    case written
    /// The reader went away (`| head`): stop quietly.
    case closed
    /// Any other failure, with the system's words.
    case failed(String)
  }

  /// Writes all of `bytes` to `fd`, retrying on EINTR and short writes.
  static func put(_ bytes: [UInt8], to fd: Int32) -> Outcome {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { buf -> Int in
        guard let base = buf.baseAddress else { return 0 }
        return write(fd, base + offset, buf.count - offset)
      }
      if n < 0 {
        if errno == EINTR { continue }
        return errno == EPIPE ? .closed : .failed(String(cString: strerror(errno)))
      }
      if n == 0 { return .failed("nothing was written") }
      offset += n
    }
    return .written
  }

  /// Text to standard error; a failure there has nowhere to be reported, so it is ignored.
  static func error(_ text: String) { _ = put(Array(text.utf8), to: 2) }
}

/// Where `build -o PATH` writes: a regular file (or a new one) is replaced whole, atomically;
/// anything else that exists at the path (a device such as /dev/null, a FIFO) is written
/// through, as a shell's `>` would, never replaced by a regular file.
enum OutputPath {
  /// Nil when written; else the system's words.
  static func write(_ bytes: [UInt8], to path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
      if info.st_mode & S_IFMT == S_IFDIR { return "it is a folder" }
      let fd = open(path, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { return String(cString: strerror(errno)) }
      defer { close(fd) }
      switch StandardStreams.put(bytes, to: fd) {
      case .written: return nil
      case .closed: return "the reader closed it"
      case .failed(let why): return why
      }
    }
    // The bytes as they are (a `Data` copy of a 13 MB deck was a fifth of the build's peak
    // memory); `Data` only reads them.
    let created = bytes.withUnsafeBytes { raw -> Bool in
      guard let base = raw.baseAddress else {
        return FileManager.default.createFile(atPath: path, contents: Data())
      }
      let view = Data(
        bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
      return FileManager.default.createFile(atPath: path, contents: view)
    }
    return created ? nil : "cannot create it"
  }
}
