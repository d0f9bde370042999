#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What writing to a path does, by the rules every output follows (`notes -o`, `build -o`,
/// `publish -o`, the meeting's export; docs/RELIABILITY.md, "Writing a file replaces what is
/// at the path"):
/// - nothing there: a new file, in a folder that must exist;
/// - a regular file: replaced whole (with `--force`), keeping its permission bits, and its
///   owner and group where the writer may set them;
/// - a symbolic link to a file: the file it points to is replaced, in that file's folder, and
///   the link stays; a link to nothing (or a loop) is refused, so a planted link cannot make
///   wbr create a file somewhere else;
/// - a character device or a FIFO (`/dev/null`, `/dev/stdout`, a pipe a program reads):
///   written through, as a shell's `>` would, never replaced by a regular file (as root,
///   `/dev/full` once was); a FIFO that nothing reads is refused rather than waited on;
/// - a directory, a block device or a socket: refused.
public struct OutputTarget: Sendable, Equatable {
  /// The existing file's owner, group and permission bits, to keep on its replacement.
  struct Existing: Sendable, Equatable {
    var owner: uid_t
    var group: gid_t
    var mode: mode_t
  }

  enum Action: Sendable, Equatable {
    /// A new regular file.
    case create
    /// An existing regular file, replaced atomically.
    case replace(Existing)
    /// A device or FIFO, written through.
    case writeThrough
  }

  /// The path written: the one given, or the file a symbolic link points to.
  public var path: String
  var action: Action

  /// Whether a file is there to replace (which takes `--force`, or a confirmation).
  public var exists: Bool {
    if case .replace = action { return true }
    return false
  }

  /// Applies the rules to `path`; `ExportError` (exit 73) says why it cannot be written.
  public static func resolve(_ path: String) throws(ExportError) -> OutputTarget {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      let code = errno
      guard code == ENOENT else { throw refusal(path, PosixFile.reason(code)) }
      let folder = PosixFile.folder(of: path)
      guard PosixFile.isDirectory(folder) else {
        throw refusal(
          path, PosixFile.exists(folder) ? "\(folder) is not a folder" : "the folder \(folder) does not exist"
        )
      }
      return OutputTarget(path: path, action: .create)
    }
    if FileKind(mode: info.st_mode) == .symbolicLink {
      // stat, not realpath, tells the kind: /dev/stdout's target may be a pipe with no path.
      guard stat(path, &info) == 0 else {
        throw refusal(path, "it is a symbolic link to a file that does not exist (or a loop of links)")
      }
    }
    let kind = FileKind(mode: info.st_mode)
    switch kind {
    case .regular:
      guard let real = realPath(path) else {
        throw refusal(path, "it is a symbolic link whose target cannot be resolved")
      }
      return OutputTarget(
        path: real,
        action: .replace(Existing(owner: info.st_uid, group: info.st_gid, mode: info.st_mode & 0o777)))
    case .characterDevice, .fifo:
      return OutputTarget(path: path, action: .writeThrough)
    case .directory:
      throw refusal(path, "it is a folder")
    default:
      throw refusal(path, "it is \(kind.phrase), not a file")
    }
  }

  static func refusal(_ path: String, _ reason: String) -> ExportError {
    ExportError(kind: .cannotCreate, path: path, reason: reason)
  }

  /// `realpath(3)`: every link and `..` resolved; nil when a part does not exist.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
