/// Where a value sits in a document, written the way people read it:
/// `metrics[12].weekly[3].value`.
///
/// Built only when a diagnostic needs it (readers pass paths as autoclosures), so that
/// reading a large deck allocates nothing for paths on the happy path.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
  enum Component: Sendable, Equatable {
    case key(String)
    case index(Int)
  }

  var components: [Component]

  /// The whole document.
  public static let root = JSONPath(components: [])

  public func key(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }

  public func index(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

  /// Keys that are identifiers print as `.key`; others (rare: owner assignments for odd metric
  /// ids) as `["key"]`, with control characters escaped.
  public var description: String {
    var s = ""
    for c in components {
      switch c {
      case .index(let i): s += "[\(i)]"
      case .key(let k) where JSONPath.isPlain(k): s += s.isEmpty ? k : "." + k
      case .key(let k): s += "[\"" + SafeText.clean(k).replacingQuotes() + "\"]"
      }
    }
    return s
  }

  static func isPlain(_ key: String) -> Bool {
    !key.isEmpty && key.utf8.allSatisfy { JSONScanner.isWordByte($0) || $0 == UInt8(ascii: "-") }
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var out = ""
    for ch in self { out += ch == "\"" ? "\\\"" : String(ch) }
    return out
  }
}
