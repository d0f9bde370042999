/// `~/.pgpass` (or `PGPASSFILE`), as libpq reads it: `host:port:database:user:password` per
/// line, `*` matching anything, `\:` and `\\` escaped; the first matching line wins; comments
/// start with `#`.
public enum PGPass {
  /// The password of the first line matching the connection, or nil.
  public static func password(
    in text: String, host: String, port: Int, database: String, user: String
  ) -> String? {
    for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
      if raw.hasPrefix("#") { continue }
      let fields = split(raw)
      guard fields.count >= 5 else { continue }
      let wanted = [host, String(port), database, user]
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) {
        return fields[4...].joined(separator: ":")
      }
    }
    return nil
  }

  /// Splits a line on unescaped colons, removing the escapes.
  static func split(_ line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for ch in line {
      if escaped {
        current.append(ch)
        escaped = false
      } else if ch == "\\" {
        escaped = true
      } else if ch == ":" {
        fields.append(current)
        current = ""
      } else {
        current.append(ch)
      }
    }
    fields.append(current)
    return fields
  }
}
