#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who a writer is, as the system knows it: the login name of the account the process runs
/// as (`getpwuid(geteuid())`), never an environment variable or a flag. A prep session's
/// `by` is this, so an owner cannot write as another (docs/JOURNAL.md, "Who may write").
public enum WriterIdentity {
  /// The effective user's login name; `uid N` when the account has no entry (a bare number
  /// would read as a name in the record).
  public static func loginName() -> String {
    let uid = geteuid()
    if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
      let s = String(cString: name)
      if !s.isEmpty { return s }
    }
    return "uid \(uid)"
  }

  /// The group id of `name` (a group name, or a number), or nil when there is no such group.
  public static func groupID(_ name: String) -> gid_t? {
    if let entry = getgrnam(name) { return entry.pointee.gr_gid }
    if let number = UInt32(name) { return gid_t(number) }
    return nil
  }
}
