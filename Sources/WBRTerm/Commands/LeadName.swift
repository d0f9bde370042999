import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Who leads the meeting: `--lead`, else the login name. Recorded as `by` on every journal
/// event and shown in the notes' header.
enum LeadName {
  /// `option` when given; else `$LOGNAME`, `$USER`, the password entry's name, or "unknown".
  static func resolve(_ option: String?) -> String {
    if let option, !option.isEmpty { return option }
    let env = ProcessInfo.processInfo.environment
    for key in ["LOGNAME", "USER"] {
      if let name = env[key], !name.isEmpty { return name }
    }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      let s = String(cString: name)
      if !s.isEmpty { return s }
    }
    return "unknown"
  }
}
