import Foundation
import WBRModel
import WBRStore
import Yams

/// The WBR App's connections file (`setup.db_config_url`): `connections:`, a list of entries
/// with `name`, `type` (postgres, redshift, snowflake, athena) and `config` (host, port,
/// username, password, database, ...). Read with the config's YAML reader and bounds; every
/// problem names this file and its line.
public struct ConnectionsFile: Sendable {
  /// One entry, its values as written (`${VAR}` not yet expanded).
  public struct Entry: Sendable {
    public var name: String
    public var type: String
    public var line: Int
    public var typeLine: Int
    /// `config:`'s keys, in file order, with their lines.
    public var values: [(key: String, text: String, line: Int)]

    public func value(_ key: String) -> (text: String, line: Int)? {
      values.first { $0.key == key }.map { ($0.text, $0.line) }
    }
  }

  public var path: String
  public var entries: [Entry]
  /// Whether anyone on the machine may read the file (mode o+r): a plain password in it is
  /// warned about.
  public var worldReadable: Bool

  public func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

  /// Reads and checks the file; a missing one exits 66, a malformed one 65.
  public static func read(path: String, maxBytes: Int, log: inout BuildLog) throws(InputError)
    -> ConnectionsFile
  {
    var bytes = try FileBytes.read(path, maxBytes: maxBytes)[...]
    while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    var info = stat()
    let worldReadable = stat(path, &info) == 0 && info.st_mode & S_IROTH != 0
    var file = try parse(String(decoding: bytes, as: UTF8.self), path: path, log: &log)
    file.worldReadable = worldReadable
    return file
  }

  /// Parses the text; `path` names it in messages.
  public static func parse(_ text: String, path: String, log: inout BuildLog) throws(InputError)
    -> ConnectionsFile
  {
    func refuse(_ code: ProblemCode, _ line: Int, _ message: String) -> InputError {
      InputError(kind: .refused, diagnostics: [Diagnostic(code, file: path, line: line, message: message)])
    }
    if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
      throw refuse(
        .configEmpty, 1, "expected a connections file with a connections: list, found an empty file")
    }
    let root = try ConfigReader.compose(text, file: path, maxStringBytes: JSONLimits().maxStringBytes)
    guard let top = root.pairs else {
      throw refuse(
        .configInvalid, root.line, "expected a mapping with connections:, found \(root.kindDescription)")
    }
    for (key, line, _) in top where key != "connections" && key != "version" {
      log.add(
        .configUnknownKey, path, line: line,
        "unknown key '\(key)' is ignored (expected version and connections)")
    }
    guard let list = root.value("connections") else {
      throw refuse(
        .configMissingKey, 1,
        "expected connections: a list of connections with name, type and config, found none")
    }
    guard let items = list.items else {
      throw refuse(
        .configInvalid, list.line,
        "expected connections to be a list (- name: ...), found \(list.kindDescription)")
    }
    var entries: [Entry] = []
    var errors: [Diagnostic] = []
    for item in items {
      guard item.pairs != nil else {
        errors.append(
          Diagnostic(
            .configInvalid, file: path, line: item.line,
            message: "expected a connection with name, type and config, found \(item.kindDescription)"))
        continue
      }
      let missing = ["name", "type", "config"].filter { item.value($0)?.isNull ?? true }
      if !missing.isEmpty {
        errors.append(
          Diagnostic(
            .configMissingKey, file: path, line: item.line,
            message: "expected each connection to have name, type and config, found no "
              + missing.joined(separator: ", ")))
        continue
      }
      for (key, line, _) in item.pairs ?? [] where !["name", "type", "config"].contains(key) {
        log.add(.configUnknownKey, path, line: line, "connection: unknown key '\(key)' is ignored")
      }
      let name = item.value("name")?.text ?? ""
      let typeNode = item.value("type")
      if entries.contains(where: { $0.name == name }) {
        errors.append(
          Diagnostic(
            .configDuplicateKey, file: path, line: item.line,
            message: "expected each connection name once, found '\(name)' again"))
        continue
      }
      guard let config = item.value("config")?.pairs else {
        errors.append(
          Diagnostic(
            .configInvalid, file: path, line: item.value("config")?.line ?? item.line,
            message: "connection '\(name)': expected config to be a mapping of settings, found "
              + (item.value("config")?.kindDescription ?? "none")))
        continue
      }
      var values: [(key: String, text: String, line: Int)] = []
      for (key, line, value) in config {
        guard let text = value.text else {
          if !value.isNull {
            errors.append(
              Diagnostic(
                .configInvalid, file: path, line: value.line,
                message:
                  "connection '\(name)': expected \(key) to be a single value, found \(value.kindDescription)"
              ))
          }
          continue
        }
        values.append((key, text, line))
      }
      entries.append(
        Entry(
          name: name, type: typeNode?.text?.lowercased() ?? "", line: item.line,
          typeLine: typeNode?.line ?? item.line,
          values: values))
    }
    if !errors.isEmpty { throw InputError(kind: .refused, diagnostics: errors) }
    return ConnectionsFile(path: path, entries: entries, worldReadable: false)
  }
}
