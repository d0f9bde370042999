#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who writes a prep session: the login name of the process's effective user, from the
/// password database. Never a flag or an environment variable, so an owner cannot write as
/// another (`LeadName` is the lead's, which `--lead` may set).
enum LoginName {
  /// The effective user's name, else `uid N` when the password database has no entry.
  static func effective() -> String {
    let uid = geteuid()
    if let entry = getpwuid(uid), let name = entry.pointee.pw_name {
      let s = String(cString: name)
      if !s.isEmpty { return s }
    }
    return "uid \(uid)"
  }
}
