import Foundation
import WBRModel
import Yams

/// Reads a WBR App config with Yams into a `WBRConfig`, keeping YAML lines for every message.
///
/// Errors (the config is refused, exit 65) name the line and what was expected; keys the WBR
/// App would ignore are warnings, so a typo such as `agf:` is seen rather than silently lost.
public enum ConfigReader {
  /// Reads the file at `path`; a file over `maxBytes` is refused unread.
  public static func read(
    path: String, log: inout BuildLog, maxBytes: Int = LoadOptions().maxFileBytes,
    maxStringBytes: Int = JSONLimits().maxStringBytes
  ) throws(InputError) -> WBRConfig {
    let text = String(decoding: try FileBytes.read(path, maxBytes: maxBytes), as: UTF8.self)
    return try parse(text, file: path, log: &log, maxStringBytes: maxStringBytes)
  }

  /// Parses YAML text; `file` is only used in messages. Scalars over `maxStringBytes` are
  /// refused, as are aliases nested so deep that the config expands past `ConfigBounds`.
  public static func parse(
    _ text: String, file: String, log: inout BuildLog, maxStringBytes: Int = JSONLimits().maxStringBytes
  ) throws(InputError) -> WBRConfig {
    if let line = YAMLComplexKeys.firstLine(in: text) {
      throw InputError.refused(
        file, line: line,
        "expected a name as the key, found \"?\", an alias, a list or a mapping used as a key "
          + "(a WBR config needs none)")
    }
    let root: Node
    do {
      // The basic resolver: every scalar stays text (we read numbers and booleans ourselves), which
      // spares Yams a regular-expression match per scalar on configs with thousands of metrics.
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw InputError.refused(
          file, line: 1, "expected a WBR config with setup, metrics and deck, found an empty file")
      }
      root = node
    } catch let e as InputError {
      throw e
    } catch {
      throw InputError(kind: .refused, diagnostics: [yamlDiagnostic(error, file: file)])
    }
    let maxNodes = ConfigBounds.maxNodes(forBytes: text.utf8.count)
    if let broken = ConfigBounds.check(root, file: file, maxStringBytes: maxStringBytes, maxNodes: maxNodes) {
      throw InputError(kind: .refused, diagnostics: [broken])
    }
    var reader = ConfigParser(file: file)
    let config = reader.config(root)
    log.append(contentsOf: reader.log)
    try log.throwIfErrors()
    guard let config else {
      throw InputError.refused(file, "the config could not be read")
    }
    return config
  }

  /// Turns a Yams error into a located diagnostic.
  static func yamlDiagnostic(_ error: Error, file: String) -> Diagnostic {
    if let y = error as? YamlError {
      switch y {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        return Diagnostic(
          severity: .error, file: file, line: mark.line, column: mark.column,
          message: "expected valid YAML: \(problem)")
      case .duplicatedKeysInMapping(let duplicates, _):
        return Diagnostic(
          severity: .error, file: file,
          message:
            "expected each key once in a mapping, found repeated: \(duplicates.joined(separator: ", "))")
      default:
        break
      }
    }
    return Diagnostic(severity: .error, file: file, message: "expected valid YAML: \(error)")
  }
}

extension BuildLog {
  mutating func append(contentsOf other: BuildLog) {
    for d in other.diagnostics {
      if d.severity == .error {
        error(d.file, line: d.line, d.message)
      } else {
        warn(d.file, line: d.line, d.message)
      }
    }
  }
}
