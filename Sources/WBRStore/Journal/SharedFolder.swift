#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who may read and write a series folder's record: its owner only, or also the folder's
/// group when the folder is a team's (`wbr init --shared GROUP`: group-owned, setgid, so
/// files made in it take its group). Business numbers and commitments are not for every
/// account on the host, so nothing is ever world-readable or world-writable.
public enum SharedFolder {
  /// The mode of a new record in `folder`: 0660 in a setgid folder (a team's), else 0600.
  public static func newFileMode(in folder: String) -> mode_t {
    isShared(folder) ? 0o660 : 0o600
  }

  /// Whether `folder` is a team's series folder: setgid.
  public static func isShared(_ folder: String) -> Bool {
    var info = stat()
    guard stat(folder, &info) == 0 else { return false }
    return info.st_mode & S_ISGID != 0
  }
}
