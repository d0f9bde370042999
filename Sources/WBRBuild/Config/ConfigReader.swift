import Foundation
import WBRModel
import WBRStore
import Yams

/// Reads a WBR App config with Yams into a `WBRConfig`, keeping YAML lines for every message.
///
/// Errors (the config is refused, exit 65) name the line and what was expected; keys the WBR
/// App would ignore are warnings, so a typo such as `agf:` is seen rather than silently lost.
public enum ConfigReader {
  /// Reads the file at `path`; a file over `maxBytes` is refused unread.
  /// `weekEndingRequired: false` when `--week-ending` gives the week instead.
  public static func read(
    path: String, log: inout BuildLog, maxBytes: Int = LoadOptions().maxFileBytes,
    maxStringBytes: Int = JSONLimits().maxStringBytes, weekEndingRequired: Bool = true
  ) throws(InputError) -> WBRConfig {
    var bytes = try FileBytes.read(path, maxBytes: maxBytes)[...]
    // Byte-order marks, even doubled ones: a second would start the first key.
    while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let text = String(decoding: bytes, as: UTF8.self)
    return try parse(
      text, file: path, log: &log, maxStringBytes: maxStringBytes, weekEndingRequired: weekEndingRequired)
  }

  /// Parses YAML text; `file` is only used in messages. Scalars over `maxStringBytes` are
  /// refused, as are aliases nested so deep that the config expands past `ConfigBounds`.
  public static func parse(
    _ text: String, file: String, log: inout BuildLog, maxStringBytes: Int = JSONLimits().maxStringBytes,
    weekEndingRequired: Bool = true
  ) throws(InputError) -> WBRConfig {
    if text.unicodeScalars.allSatisfy({ $0 == "\u{FEFF}" || $0.properties.isWhitespace }) {
      throw InputError.refused(
        .configEmpty, file, line: 1,
        "expected a WBR config with setup, metrics and deck, found " + emptiness(text))
    }
    let merged = try compose(text, file: file, maxStringBytes: maxStringBytes)
    var reader = ConfigParser(file: file)
    reader.weekEndingRequired = weekEndingRequired
    let config = reader.config(merged)
    log.append(contentsOf: reader.log)
    try log.throwIfErrors()
    guard let config else {
      throw InputError.refused(.configInvalid, file, "the config could not be read")
    }
    return config
  }

  /// The YAML tree of a non-blank text, with merge keys expanded and within the bounds; the
  /// config and the connections file are read with it.
  static func compose(_ text: String, file: String, maxStringBytes: Int) throws(InputError) -> Node {
    if let line = YAMLComplexKeys.firstLine(in: text) {
      throw InputError.refused(
        .configComplexKey, file, line: line,
        "expected a name as the key, found \"?\", an alias, a list or a mapping used as a key "
          + "(a WBR config needs none)")
    }
    let root: Node
    do {
      // The basic resolver: every scalar stays text (we read numbers and booleans ourselves), which
      // spares Yams a regular-expression match per scalar on configs with thousands of metrics.
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw InputError.refused(
          .configEmpty, file, line: 1,
          "expected a WBR config with setup, metrics and deck, found " + emptiness(text))
      }
      root = node
    } catch let e as InputError {
      throw e
    } catch {
      throw InputError(kind: .refused, diagnostics: [yamlDiagnostic(error, file: file)])
    }
    let maxNodes = ConfigBounds.maxNodes(forBytes: text.utf8.count)
    // The walks below copy every node (a third of reading a large config); the text says when
    // they cannot find anything: no scalar is longer than the text, a tree without aliases
    // (`*name`) has no more values than the text has bytes, and a merge key is `<<` as written.
    let (aliases, merges) = Self.marks(text)
    if aliases || text.utf8.count > maxStringBytes,
      let broken = ConfigBounds.check(root, file: file, maxStringBytes: maxStringBytes, maxNodes: maxNodes)
    {
      throw InputError(kind: .refused, diagnostics: [broken])
    }
    // Merge keys (`<<: *defaults`) expand here, bounded like the aliases above: the expansion
    // visits each node the bounds check counted, plus the pairs it copies.
    return merges ? try YAMLMerge.resolve(root, file: file, maxNodes: 2 * maxNodes) : root
  }

  /// Whether the text has a `*` (an alias, maybe) and a `<<` (a merge key, maybe).
  static func marks(_ text: String) -> (aliases: Bool, merges: Bool) {
    var aliases = false
    var merges = false
    var previous: UInt8 = 0
    for c in text.utf8 {
      if c == UInt8(ascii: "*") { aliases = true }
      if c == UInt8(ascii: "<"), previous == UInt8(ascii: "<") { merges = true }
      previous = c
    }
    return (aliases, merges)
  }

  /// What a config with no YAML node holds: nothing, blank space, or only comments.
  static func emptiness(_ text: String) -> String {
    if text.unicodeScalars.allSatisfy({ $0 == "\u{FEFF}" }) { return "an empty file" }
    if text.allSatisfy(\.isWhitespace) { return "only blank lines and spaces" }
    return "only comments and blank lines"
  }

  /// Turns a Yams error into a located diagnostic.
  static func yamlDiagnostic(_ error: Error, file: String) -> Diagnostic {
    if let y = error as? YamlError {
      switch y {
      case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
        .composer(_, let problem, let mark, _):
        return Diagnostic(
          .configYAML, file: file, line: mark.line, column: mark.column,
          message: "expected valid YAML: \(problem)")
      case .duplicatedKeysInMapping(let duplicates, _):
        return Diagnostic(
          .configDuplicateKey, file: file,
          message:
            "expected each key once in a mapping, found repeated: \(duplicates.joined(separator: ", "))")
      default:
        break
      }
    }
    return Diagnostic(.configYAML, file: file, message: "expected valid YAML: \(error)")
  }
}
