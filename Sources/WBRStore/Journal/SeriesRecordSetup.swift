import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `wbr init`: makes a folder the series folder, with the record every week's deck below it
/// finds (docs/JOURNAL.md, "Where it is").
public enum SeriesRecordSetup {
  public enum Outcome: Sendable, Equatable {
    /// An empty record was created.
    case created(path: String)
    /// A week folder's record was moved up.
    case moved(from: String, to: String)
    /// The folder already has its record; nothing changed.
    case alreadyThere(path: String)
  }

  public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Several week folders hold a record: which one is the series'? Exit 64.
    case several([String], folder: String)
    /// The record to move is open in a meeting. Exit 75 (try again later).
    case busy(String)
    /// `--from` with a record already in place: it is never replaced. Exit 73.
    case targetExists(String)
    /// A file operation failed. Exit 73 when it cannot be created, 74 on I/O errors, 66 when
    /// the record to move cannot be read.
    case file(path: String, reason: String, status: Int32)

    public var description: String {
      switch self {
      case .several(let paths, let folder):
        return "several week folders hold a record (\(paths.joined(separator: ", "))); choose the series'"
          + " with: wbr init \(folder) --from \(paths.last ?? "")"
      case .busy(let path): return "\(path) is open in a meeting; leave it first"
      case .targetExists(let path): return "\(path) exists already and is never replaced"
      case .file(let path, let reason, _): return "\(path): \(reason)"
      }
    }

    public var exitStatus: Int32 {
      switch self {
      case .several: return 64
      case .busy: return 75
      case .targetExists: return 73
      case .file(_, _, let status): return status
      }
    }
  }

  /// Gives `folder` its series record: moves `from` (or the one week folder's record below
  /// it) up, atomically and never over an existing file, else creates an empty record.
  public static func initialize(folder: String, from: String? = nil) throws(Failure) -> Outcome {
    let target = RecordDiscovery.join(folder, RecordDiscovery.fileName)
    if PosixFile.exists(target) {
      if from != nil { throw .targetExists(target) }
      return .alreadyThere(path: target)
    }
    let source: String?
    if let from {
      source = from
    } else {
      let below = RecordDiscovery.subfolders(of: folder).map {
        RecordDiscovery.join($0, RecordDiscovery.fileName)
      }
      .filter(PosixFile.exists)
      if below.count > 1 { throw .several(below, folder: folder) }
      source = below.first
    }
    guard let source else {
      try create(target)
      return .created(path: target)
    }
    try move(source, to: target)
    return .moved(from: source, to: target)
  }

  /// An empty file, never over an existing one, synced with its folder.
  static func create(_ path: String) throws(Failure) {
    let fd = PosixFile.openFile(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw .file(path: path, reason: PosixFile.reason(errno), status: 73) }
    let code = PosixFile.sync(fd)
    PosixFile.closeFile(fd)
    if code != 0 { throw .file(path: path, reason: PosixFile.reason(code), status: 74) }
    _ = PosixFile.syncFolder(of: path)
  }

  /// Moves the record while holding its lock (so no meeting writes to it meanwhile): a hard
  /// link then an unlink, or across file systems a synced copy linked into place; the target
  /// is never replaced, and both folders are synced.
  static func move(_ source: String, to target: String) throws(Failure) {
    let fd = PosixFile.openFile(source, O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { throw .file(path: source, reason: PosixFile.reason(errno), status: 66) }
    defer { PosixFile.closeFile(fd) }
    if flock(fd, LOCK_EX | LOCK_NB) != 0 { throw .busy(source) }
    if link(source, target) != 0 {
      let code = errno
      if code == EEXIST { throw .targetExists(target) }
      guard code == EXDEV || code == EPERM || code == ENOTSUP else {
        throw .file(path: target, reason: PosixFile.reason(code), status: 73)
      }
      try copy(fd, to: target)
    }
    if unlink(source) != 0 {
      throw .file(path: source, reason: "copied up, but not removed: \(PosixFile.reason(errno))", status: 74)
    }
    _ = PosixFile.syncFolder(of: target)
    _ = PosixFile.syncFolder(of: source)
  }

  /// The open record's bytes into a temporary file next to `target`, synced, then linked
  /// into place.
  private static func copy(_ fd: Int32, to target: String) throws(Failure) {
    let bytes: [UInt8]
    switch BoundedRead.all(fd, maxBytes: Int.max, fromStart: true) {
    case .success(let b): bytes = b
    case .failure(.system(let code)):
      throw .file(path: target, reason: "cannot read the record: \(PosixFile.reason(code))", status: 74)
    case .failure(.tooBig):
      throw .file(path: target, reason: "cannot read the record: it is too large", status: 74)
    }
    let temp = target + ".init-tmp"
    let out = PosixFile.openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard out >= 0 else { throw .file(path: temp, reason: PosixFile.reason(errno), status: 73) }
    var code = PosixFile.writeAll(out, bytes)
    if code == 0 { code = PosixFile.sync(out) }
    PosixFile.closeFile(out)
    defer { unlink(temp) }
    if code != 0 { throw .file(path: temp, reason: PosixFile.reason(code), status: 74) }
    if link(temp, target) != 0 {
      let e = errno
      throw e == EEXIST ? .targetExists(target) : .file(path: target, reason: PosixFile.reason(e), status: 73)
    }
  }
}
