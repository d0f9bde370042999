/// The line of each key and table header in a TOML file, by dotted path ("colors.good",
/// "keys.deck"), because the TOML library keeps no positions for values it accepted.
///
/// A light reading that follows the file as people write it (`[table]` headers, `key = value`
/// lines); a path it cannot place gets no line, never a wrong one from another table.
struct SettingsLines {
  private var lines: [String: Int] = [:]

  init(text: String) {
    var table = ""
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.hasPrefix("["), let end = line.firstIndex(of: "]") {
        table = Self.path(line[line.index(after: line.startIndex)..<end])
        if lines[table] == nil { lines[table] = number }
      } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
        let key = Self.path(line[..<equals])
        let full = table.isEmpty ? key : table + "." + key
        if lines[full] == nil { lines[full] = number }
      }
    }
  }

  /// The line of `path` (1-based), if the file has one.
  func line(_ path: [String]) -> Int? { lines[path.joined(separator: ".")] }

  /// `a . "b"` → `a.b`.
  private static func path(_ text: Substring) -> String {
    text.split(separator: ".").map {
      $0.trimmingCharacters(in: " \t").trimmingCharacters(in: "\"'")
    }.joined(separator: ".")
  }
}

extension StringProtocol {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var slice = Substring(self)
    while let c = slice.first, set.contains(c) { slice.removeFirst() }
    while let c = slice.last, set.contains(c) { slice.removeLast() }
    return String(slice)
  }
}
