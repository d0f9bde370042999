#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What writing to a path will replace, by the rules every output follows (`notes -o`, `build
/// -o`, the meeting's export; docs/RELIABILITY.md, "Writing a file replaces what is at the
/// path"):
/// - nothing there: a new file, in a folder that must exist;
/// - a regular file: replaced (with `--force`), keeping its permission bits, and its owner
///   and group where the writer may set them;
/// - a symbolic link to a file: the file it points to is replaced, in that file's folder, and
///   the link stays; a link to nothing (or a loop) is refused, so a planted link cannot make
///   wbr create a file somewhere else;
/// - a directory, a device, a FIFO or a socket: refused (a device must not become a regular
///   file, as `/dev/full` once did as root); standard output is `-o -`.
public struct OutputTarget: Sendable, Equatable {
  /// The existing file's owner, group and permission bits, to keep on its replacement.
  struct Existing: Sendable, Equatable {
    var owner: uid_t
    var group: gid_t
    var mode: mode_t
  }

  /// The path written: the one given, or the file a symbolic link points to.
  public var path: String
  var existing: Existing?

  /// Whether a file is there to replace (which takes `--force`, or a confirmation).
  public var exists: Bool { existing != nil }

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
      return OutputTarget(path: path, existing: nil)
    }
    var resolved = path
    if FileKind(mode: info.st_mode) == .symbolicLink {
      guard let real = realPath(path), stat(real, &info) == 0 else {
        throw refusal(path, "it is a symbolic link to a file that does not exist (or a loop of links)")
      }
      resolved = real
    }
    let kind = FileKind(mode: info.st_mode)
    switch kind {
    case .regular:
      return OutputTarget(
        path: resolved, existing: Existing(owner: info.st_uid, group: info.st_gid, mode: info.st_mode & 0o777)
      )
    case .directory:
      throw refusal(path, "it is a folder")
    default:
      throw refusal(
        path, "it is \(kind.phrase), not a file; to send the output there, write to standard output (-o -)")
    }
  }

  private static func refusal(_ path: String, _ reason: String) -> ExportError {
    ExportError(kind: .cannotCreate, path: path, reason: reason)
  }

  /// `realpath(3)`: every link and `..` resolved; nil when a part does not exist.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
