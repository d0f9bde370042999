import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few POSIX calls the journal and the exports need, with `EINTR` and short writes
/// handled and `errno` turned into words.
enum PosixFile {
  /// `strerror(errno)`, e.g. "No space left on device".
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Writes every byte, retrying on `EINTR` and short writes. Returns 0 or the `errno`.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
    bytes.withUnsafeBufferPointer { writeAll(fd, $0) }
  }

  /// Writes every byte of `bytes`, retrying on EINTR and short writes; 0 or the `errno`.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    var offset = 0
    while offset < bytes.count {
      let n: Int
      if let base = bytes.baseAddress {
        n = write(fd, base + offset, bytes.count - offset)
      } else {
        n = 0
      }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if n == 0 { return EIO }
      offset += n
    }
    return 0
  }

  /// `fsync`, retrying on `EINTR`. Returns 0 or the `errno`.
  static func sync(_ fd: Int32) -> Int32 {
    while fsync(fd) != 0 {
      if errno != EINTR { return errno }
    }
    return 0
  }

  /// Syncs the folder holding `path`, so that a new or renamed entry survives a power cut.
  static func syncFolder(of path: String) -> Int32 {
    let folder = self.folder(of: path)
    let fd = open(folder, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return errno }
    defer { close(fd) }
    return sync(fd)
  }

  /// The folder part of `path` ("." when it has none).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let f = String(path[..<slash])
    return f.isEmpty ? "/" : f
  }

  /// `open(2)`, retrying on `EINTR`. Returns the descriptor or -1 with `errno` set.
  static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
    while true {
      let fd = open(path, flags, mode)
      if fd >= 0 || errno != EINTR { return fd }
    }
  }

  static func closeFile(_ fd: Int32) { _ = close(fd) }

  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    return (st.st_mode & S_IFMT) == S_IFDIR
  }
}

/// An `errno` value as an error.
struct PosixError: Error {
  var code: Int32
  var reason: String { PosixFile.reason(code) }
}
