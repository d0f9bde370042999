import Foundation

/// Why one journal line could not be read: the JSON path and what was wrong.
struct JournalLineError: Error {
  var path: String
  var message: String
}

/// Typed access to one parsed journal line, with located errors.
///
/// The only place that touches the JSON parser, so that the parser can be swapped without
/// touching the event decoding.
struct JournalFields {
  private let values: [String: Any]
  private let prefix: String

  /// Parses one line; it must be a JSON object.
  static func parse(_ line: Substring) throws -> JournalFields {
    let data = Data(line.utf8)
    let any: Any
    do {
      any = try JSONSerialization.jsonObject(with: data, options: [])
    } catch {
      throw JournalLineError(path: "", message: "not valid JSON")
    }
    guard let dict = any as? [String: Any] else {
      throw JournalLineError(path: "", message: "expected a JSON object")
    }
    return JournalFields(values: dict, prefix: "")
  }

  func has(_ key: String) -> Bool { values[key] != nil && !(values[key] is NSNull) }

  func int(_ key: String) throws -> Int {
    guard let n = values[key] as? NSNumber,
      let i = Int(exactly: n.doubleValue)
    else { throw mismatch(key, "an integer") }
    return i
  }

  func string(_ key: String) throws -> String {
    guard let s = values[key] as? String else { throw mismatch(key, "a string") }
    return s
  }

  func optionalString(_ key: String) throws -> String? {
    has(key) ? try string(key) : nil
  }

  func day(_ key: String) throws -> Day {
    guard let s = values[key] as? String, let d = Day(iso: s) else {
      throw mismatch(key, "a date YYYY-MM-DD")
    }
    return d
  }

  func optionalDay(_ key: String) throws -> Day? {
    has(key) ? try day(key) : nil
  }

  func strings(_ key: String) throws -> [String] {
    guard has(key) else { return [] }
    guard let a = values[key] as? [Any] else { throw mismatch(key, "an array of strings") }
    return try a.enumerated().map { i, v in
      guard let s = v as? String else { throw mismatch("\(key)[\(i)]", "a string") }
      return s
    }
  }

  func object(_ key: String) throws -> JournalFields {
    guard let d = values[key] as? [String: Any] else { throw mismatch(key, "an object") }
    return JournalFields(values: d, prefix: prefix + key + ".")
  }

  private func mismatch(_ key: String, _ expected: String) -> JournalLineError {
    let found: String
    switch values[key] {
    case nil: found = "nothing"
    case is NSNull: found = "null"
    case is String: found = "a string"
    case is [Any]: found = "an array"
    case is [String: Any]: found = "an object"
    default: found = "a number or boolean"
    }
    return JournalLineError(path: prefix + key, message: "expected \(expected), found \(found)")
  }
}
