/// `--name value` pairs of a case's command line.
struct CaseOptions {
  struct Missing: Error, CustomStringConvertible {
    var name: String
    var description: String { "missing --\(name)" }
  }

  private var values: [String: String] = [:]

  init(_ arguments: [String]) {
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if a.hasPrefix("--") {
        let value = i + 1 < arguments.count && !arguments[i + 1].hasPrefix("--") ? arguments[i + 1] : ""
        values[String(a.dropFirst(2))] = value
        i += value.isEmpty ? 1 : 2
      } else {
        i += 1
      }
    }
  }

  subscript(name: String) -> String? { values[name] }

  func require(_ name: String) throws(Missing) -> String {
    guard let v = values[name], !v.isEmpty else { throw Missing(name: name) }
    return v
  }

  func int(_ name: String, default value: Int) -> Int { values[name].flatMap { Int($0) } ?? value }

  func has(_ name: String) -> Bool { values[name] != nil }
}
