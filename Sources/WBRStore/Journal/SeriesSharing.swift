#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `wbr init --shared GROUP`: makes a series folder the team's (docs/JOURNAL.md, "Who may
/// write"). The folder and its record go to GROUP; the folder is 2770 (setgid, so files made
/// in it later take GROUP too, and `JournalFile` makes them 0660), the record 0660. Nothing is
/// world-readable or world-writable. Modes are set with `chmod`, so the umask does not matter.
public enum SeriesSharing {
  public static let folderMode: mode_t = 0o2770
  public static let recordMode: mode_t = 0o660
  /// A record that is its owner's alone (`wbr init` without `--shared`).
  public static let privateRecordMode: mode_t = 0o600

  /// Gives `folder` and `record` to `group` with the team's modes.
  static func share(folder: String, record: String, group: String) throws(SeriesRecordSetup.Failure) {
    guard let gid = WriterIdentity.groupID(group) else {
      throw .file(path: folder, reason: "no group named \(group) on this host (see getent group)", status: 67)
    }
    for (path, mode) in [(folder, folderMode), (record, recordMode)] {
      if chown(path, uid_t.max, gid) != 0 {
        let code = errno
        let why =
          code == EPERM
          ? "cannot give it to group \(group): you are not a member of it (or do not own the file)"
          : "cannot give it to group \(group): \(PosixFile.reason(code))"
        throw .file(path: path, reason: why, status: code == EPERM ? 77 : 74)
      }
      if chmod(path, mode) != 0 {
        throw .file(path: path, reason: "cannot set its mode: \(PosixFile.reason(errno))", status: 74)
      }
    }
  }
}
