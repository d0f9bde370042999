import Foundation
import Yams

/// One expected number from a WBR App `testconfig.yml`, with the text it was written as (the
/// text tells how many decimals the golden value was rounded to).
struct Golden: CustomStringConvertible {
  var value: Double?  // nil = NaN
  var text: String

  /// Tolerance: 1e-6 relative, or half a unit of the last written decimal when the golden
  /// value was written rounded (e.g. `0.43`, `44606.43`).
  func matches(_ actual: Double?) -> Bool {
    guard let e = value else { return actual == nil }
    guard let a = actual else { return false }
    var tol = 1e-6 * abs(e)
    if !text.lowercased().contains("e"), let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: text.index(after: dot), to: text.endIndex)
      tol = max(tol, 0.5 * pow(10, -Double(decimals)) * (1 + 1e-9))
    } else if !text.lowercased().contains("e") {
      tol = max(tol, 0.5)
    }
    return abs(a - e) <= tol
  }

  var description: String { value == nil ? "nan" : text }
}

/// One `- test:` entry.
struct GoldenCase {
  var number: Int
  var metricName: String
  var fields: [String: [Golden]]
  var strings: [String: [String]]
  var flags: [String: String]
}

enum GoldenVectors {
  /// `Tests/Fixtures/wbr-app/unit_test_case`, found from this file's path: the WBR App's
  /// fixtures are kept in the repository (their licence and NOTICE beside them), so a clone
  /// tests on its own.
  static var scenarioRoot: URL {
    var url = URL(fileURLWithPath: #filePath)
    while url.pathComponents.count > 1 {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
    }
    return url.appendingPathComponent("Tests/Fixtures/wbr-app/unit_test_case")
  }

  static func cases(scenario: String) throws -> [GoldenCase] {
    let path = scenarioRoot.appendingPathComponent(scenario).appendingPathComponent("testconfig.yml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    guard let root = try Yams.compose(yaml: text), case .sequence(let tests)? = value(root, "tests") else {
      return []
    }
    var out: [GoldenCase] = []
    for t in tests {
      guard let body = value(t, "test"), case .mapping(let m) = body else { continue }
      var c = GoldenCase(number: 0, metricName: "", fields: [:], strings: [:], flags: [:])
      for (k, v) in m {
        let key = k.string ?? ""
        switch v {
        case .scalar(let s):
          if key == "test_case_no" { c.number = Int(s.string) ?? 0 }
          if key == "metric_name" { c.metricName = s.string }
          c.flags[key] = s.string
        case .sequence(let items):
          let scalars = items.compactMap { n -> Node.Scalar? in
            if case .scalar(let s) = n { return s } else { return nil }
          }
          if key == "x_axis" || key == "headers" {
            c.strings[key] = scalars.map(\.string)
          } else {
            c.fields[key] = scalars.map { s in
              let lower = s.string.lowercased()
              return Golden(value: lower.contains("nan") ? nil : Double(s.string), text: s.string)
            }
          }
        default: break
        }
      }
      out.append(c)
    }
    return out
  }

  private static func value(_ node: Node, _ key: String) -> Node? {
    guard case .mapping(let m) = node else { return nil }
    return m.first { $0.key.string == key }?.value
  }
}
