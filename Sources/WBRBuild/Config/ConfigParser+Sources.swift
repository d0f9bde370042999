import WBRModel
import Yams

/// `data_sources` and `annotations`, as the WBR App's data loader reads them: each key of
/// `data_sources` is a connection of the connections file (whose keys are query names, each
/// with `query:`), except `csv_files` (names with `url_or_path:`); `annotations` is a list of
/// CSV paths, or a mapping with `csv_files` (a list of paths) and `data_sources` (queries).
extension ConfigParser {
  mutating func dataSources(_ node: Node) -> [DataSource] {
    guard let pairs = node.pairs else {
      error(
        node,
        "expected data_sources to be a mapping of connection names (and csv_files) to named queries, found "
          + node.kindDescription)
      return []
    }
    var out: [DataSource] = []
    for (key, keyLine, value) in pairs {
      if key == "csv_files" {
        out += csvSources(value, keyLine: keyLine)
      } else {
        out += querySources(connection: key, keyLine: keyLine, value, within: "data_sources")
      }
    }
    if out.isEmpty {
      error(
        node, "expected data_sources to name at least one query or CSV file, found none", .configMissingKey)
    }
    return out
  }

  /// `csv_files: {name: {url_or_path: PATH}}`.
  mutating func csvSources(_ node: Node, keyLine: Int) -> [DataSource] {
    guard let files = node.pairs else {
      error(
        node,
        "expected data_sources.csv_files to be a mapping of names to {url_or_path: PATH}, found "
          + node.kindDescription)
      return []
    }
    var out: [DataSource] = []
    for (name, nameLine, spec) in files {
      for (key, line, _) in spec.pairs ?? [] where key != "url_or_path" {
        warn(line, "data_sources.csv_files.\(name): unknown key '\(key)' is ignored", .configUnknownKey)
      }
      guard let pathNode = spec.value("url_or_path"), let path = pathNode.text else {
        error(
          spec.value("url_or_path") ?? spec,
          "data_sources.csv_files.\(name): expected url_or_path naming a CSV file, found "
            + (spec.value("url_or_path")?.kindDescription ?? "none"), .configMissingKey)
        continue
      }
      out.append(
        DataSource(
          name: name, kind: .csv(path: path), line: nameLine, connectionLine: keyLine,
          valueLine: pathNode.line))
    }
    return out
  }

  /// `<connection>: {name: {query: SQL}}`.
  mutating func querySources(connection: String, keyLine: Int, _ node: Node, within: String) -> [DataSource] {
    guard let queries = node.pairs else {
      error(
        node,
        "\(within).\(connection): expected a mapping of query names to {query: SQL}, found \(node.kindDescription)"
      )
      return []
    }
    var out: [DataSource] = []
    for (name, nameLine, spec) in queries {
      for (key, line, _) in spec.pairs ?? [] where key != "query" && key != "description" {
        warn(line, "\(within).\(connection).\(name): unknown key '\(key)' is ignored", .configUnknownKey)
      }
      guard let sqlNode = spec.value("query"), let sql = sqlNode.text,
        sql.contains(where: { !$0.isWhitespace })
      else {
        error(
          spec.value("query") ?? spec,
          "\(within).\(connection).\(name): expected query: the SQL to run, found "
            + (spec.value("query")?.kindDescription ?? (spec.pairs == nil ? spec.kindDescription : "none")),
          .configMissingKey)
        continue
      }
      out.append(
        DataSource(
          name: name, kind: .query(connection: connection, sql: sql), line: nameLine, connectionLine: keyLine,
          valueLine: sqlNode.line))
    }
    return out
  }

  mutating func annotationSources(_ node: Node) -> AnnotationSources {
    var out = AnnotationSources()
    out.line = node.line
    if let items = node.items {
      out.files = annotationFiles(items, within: "annotations")
      return out
    }
    guard let pairs = node.pairs else {
      error(
        node,
        "expected annotations to be a list of CSV files, or a mapping with csv_files and data_sources, found "
          + node.kindDescription)
      return out
    }
    for (key, line, value) in pairs {
      switch key {
      case "csv_files":
        guard let items = value.items else {
          error(
            value, "expected annotations.csv_files to be a list of CSV files, found \(value.kindDescription)")
          continue
        }
        out.files = annotationFiles(items, within: "annotations.csv_files")
      case "data_sources":
        guard let connections = value.pairs else {
          error(
            value,
            "expected annotations.data_sources to be a mapping of connection names to named queries, found "
              + value.kindDescription)
          continue
        }
        for (connection, connectionLine, queries) in connections {
          out.queries += querySources(
            connection: connection, keyLine: connectionLine, queries, within: "annotations.data_sources")
        }
      default:
        warn(
          line, "annotations: unknown key '\(key)' is ignored (expected csv_files or data_sources)",
          .configUnknownKey)
      }
    }
    return out
  }

  mutating func annotationFiles(_ items: [Node], within: String) -> [AnnotationSources.File] {
    var out: [AnnotationSources.File] = []
    for item in items {
      guard let path = item.text else {
        error(item, "expected each of \(within) to be a CSV file's path, found \(item.kindDescription)")
        continue
      }
      out.append(AnnotationSources.File(path: path, line: item.line))
    }
    return out
  }
}
