import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an export could not be written, and the exit status that says so.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The file cannot be created (missing folder, no permission, exists without --force):
    /// exit 73 (EX_CANTCREAT).
    case cannotCreate
    /// Writing or saving it failed (full disk, I/O error): exit 74 (EX_IOERR).
    case io
  }
  public var kind: Kind
  public var path: String
  public var reason: String

  public init(kind: Kind, path: String, reason: String) {
    self.kind = kind
    self.path = path
    self.reason = reason
  }

  public var exitStatus: Int32 { kind == .cannotCreate ? 73 : 74 }
  public var description: String {
    "\(path): " + (kind == .cannotCreate ? "cannot create: " : "cannot write: ") + reason
  }

  /// Errors that mean "cannot create here" rather than "the device failed".
  static func kind(ofErrno code: Int32) -> Kind {
    switch code {
    case EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EEXIST, ENAMETOOLONG, ELOOP: return .cannotCreate
    default: return .io
    }
  }
}

/// Writes a whole file so that readers see either the old file or the complete new one:
/// a temporary file in the same folder, written and fsync'd, then renamed into place, then
/// the folder fsync'd. An existing file is kept unless `force`.
public enum AtomicFile {
  /// - Throws: `ExportError` saying why, with exit status 73 or 74.
  public static func write(_ text: String, to path: String, force: Bool) throws(ExportError) {
    let folder = PosixFile.folder(of: path)
    guard PosixFile.isDirectory(folder) else {
      let why = PosixFile.exists(folder) ? "\(folder) is not a folder" : "the folder \(folder) does not exist"
      throw ExportError(kind: .cannotCreate, path: path, reason: why)
    }
    if PosixFile.isDirectory(path) {
      throw ExportError(kind: .cannotCreate, path: path, reason: "it is a folder")
    }
    if !force && PosixFile.exists(path) {
      throw ExportError(
        kind: .cannotCreate, path: path, reason: "it already exists (use --force to replace it)")
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array((folder + "/." + name + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buf in
      buf.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard fd >= 0 else { throw failure(errno, path, "cannot create a file in \(folder)") }
    let temp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var done = false
    defer {
      if !done { unlink(temp) }
    }
    fchmod(fd, 0o644)
    var code = PosixFile.writeAll(fd, Array(text.utf8))
    if code == 0 { code = PosixFile.sync(fd) }
    if close(fd) != 0 && code == 0 { code = errno }
    if code != 0 { throw ExportError(kind: .io, path: path, reason: PosixFile.reason(code)) }
    try place(temp, at: path, force: force)
    done = true
    let folderCode = PosixFile.syncFolder(of: path)
    if folderCode != 0 && folderCode != EINVAL && folderCode != EBADF {
      throw ExportError(
        kind: .io, path: path, reason: "cannot save the folder: \(PosixFile.reason(folderCode))")
    }
  }

  /// Renames the temporary file into place; without `force`, links it so that a file that
  /// appeared meanwhile is never replaced.
  private static func place(_ temp: String, at path: String, force: Bool) throws(ExportError) {
    if !force {
      if link(temp, path) == 0 {
        unlink(temp)
        return
      }
      let code = errno
      if code == EEXIST {
        throw ExportError(
          kind: .cannotCreate, path: path, reason: "it already exists (use --force to replace it)")
      }
      // Some file systems have no hard links; the existence check above stands in.
    }
    if rename(temp, path) != 0 { throw failure(errno, path, "cannot move the new file into place") }
  }

  private static func failure(_ code: Int32, _ path: String, _ what: String) -> ExportError {
    ExportError(
      kind: ExportError.kind(ofErrno: code), path: path, reason: what + ": " + PosixFile.reason(code))
  }
}
