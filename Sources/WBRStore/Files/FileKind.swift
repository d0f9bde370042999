#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What is at a path, from `stat`'s mode: the rules for inputs and outputs that are not
/// regular files (docs/RELIABILITY.md, "Paths that are not files") depend on it.
enum FileKind: Equatable {
  case regular, directory, characterDevice, blockDevice, fifo, socket, symbolicLink

  init(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFDIR: self = .directory
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    case S_IFLNK: self = .symbolicLink
    default: self = .regular
    }
  }

  /// The kind of what `path` names (following symbolic links), nil when it cannot be stat'ed.
  init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    self.init(mode: info.st_mode)
  }

  /// The kind of the open descriptor `fd`, nil when `fstat` fails.
  init?(descriptor fd: Int32) {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    self.init(mode: info.st_mode)
  }

  /// "a directory", "a character device", … for messages.
  var phrase: String {
    switch self {
    case .regular: return "a regular file"
    case .directory: return "a directory"
    case .characterDevice: return "a character device"
    case .blockDevice: return "a block device"
    case .fifo: return "a pipe"
    case .socket: return "a socket"
    case .symbolicLink: return "a symbolic link"
    }
  }

  /// A device: its bytes are no file's (`/dev/zero` never ends, a terminal waits for typing).
  var isDevice: Bool { self == .characterDevice || self == .blockDevice }
}
