import WBRModel
import Yams

/// YAML merge keys (`<<: *defaults`), as the WBR App's PyYAML reads them: the pairs of the
/// merged mapping (or of each mapping of a merged list, earlier ones first) join the mapping
/// that holds `<<`, where `<<` stands, unless the mapping has the key itself.
///
/// Yams composes with the basic resolver (every scalar is text), so `<<` arrives as a plain key
/// and is resolved here, before the config is read. Bounded like `ConfigBounds`: every pair and
/// node the expansion produces is counted, and past `maxNodes` the config is refused, so merge
/// keys over nested aliases cannot multiply into a hang.
struct YAMLMerge {
  let file: String
  let maxNodes: Int
  private var made = 0
  /// Mappings already resolved, by where they start in the text: an alias is the same node
  /// each time (and no two mappings start at one place), so a chain of merges is resolved once
  /// per anchor, not once per use. (Yams keeps a node's anchor only weakly.)
  private var resolved: [Int: Node.Mapping] = [:]

  init(file: String, maxNodes: Int) {
    self.file = file
    self.maxNodes = maxNodes
  }

  /// The tree with every merge key expanded, or the first problem (a `<<` whose value is not a
  /// mapping or a list of them, or an expansion past the bound).
  static func resolve(_ root: Node, file: String, maxNodes: Int) throws(InputError) -> Node {
    guard contains(root, budget: maxNodes) else { return root }
    var merge = YAMLMerge(file: file, maxNodes: maxNodes)
    return try merge.node(root)
  }

  /// Whether the tree has a merge key at all (most configs have none: they stay as composed).
  private static func contains(_ root: Node, budget: Int) -> Bool {
    var stack = [root]
    var seen = 0
    while let n = stack.popLast(), seen < budget {
      seen += 1
      switch n {
      case .mapping(let m):
        for pair in m {
          if isMergeKey(pair.key) { return true }
          stack.append(pair.value)
        }
      case .sequence(let s): stack.append(contentsOf: s)
      case .scalar, .alias: break
      }
    }
    return seen >= budget
  }

  static func isMergeKey(_ key: Node) -> Bool {
    guard case .scalar(let s) = key else { return false }
    return s.string == "<<" && s.style == .plain
  }

  private mutating func count(_ n: Int, at node: Node) throws(InputError) {
    made += n
    guard made <= maxNodes else {
      throw InputError(
        kind: .refused,
        diagnostics: [
          Diagnostic(
            .configTooLarge, file: file, line: node.line,
            message: "expected at most \(maxNodes) values once aliases and merge keys (<<) are expanded, "
              + "found more (aliases nested too deeply?)")
        ])
    }
  }

  private mutating func node(_ n: Node) throws(InputError) -> Node {
    try count(1, at: n)
    switch n {
    case .mapping(let m):
      guard let mark = m.mark else { return .mapping(try mapping(m, at: n)) }
      let key = mark.line << 24 | mark.column
      if let done = resolved[key] {
        try count(done.count, at: n)
        return .mapping(done)
      }
      let done = try mapping(m, at: n)
      resolved[key] = done
      return .mapping(done)
    case .sequence(let s):
      var items: [Node] = []
      for item in s { items.append(try node(item)) }
      return .sequence(Node.Sequence(items, s.tag, s.style, s.mark))
    case .scalar, .alias: return n
    }
  }

  private mutating func mapping(_ m: Node.Mapping, at n: Node) throws(InputError) -> Node.Mapping {
    let own = Set(m.compactMap { Self.isMergeKey($0.key) ? nil : $0.key.string })
    var taken = own
    var pairs: [(Node, Node)] = []
    for pair in m {
      guard Self.isMergeKey(pair.key) else {
        pairs.append((pair.key, try node(pair.value)))
        continue
      }
      let sources: [Node]
      switch pair.value {
      case .mapping: sources = [pair.value]
      case .sequence(let s) where s.allSatisfy({ $0.mapping != nil }): sources = Array(s)
      default:
        throw InputError(
          kind: .refused,
          diagnostics: [
            Diagnostic(
              .configInvalid, file: file, line: pair.value.line,
              message: "expected a mapping or a list of mappings after the merge key <<, found "
                + pair.value.kindDescription)
          ])
      }
      for source in sources {
        guard case .mapping(let merged) = try node(source) else { continue }
        try count(merged.count, at: source)
        for p in merged {
          let key = p.key.string ?? ""
          if taken.contains(key) { continue }
          taken.insert(key)
          pairs.append((p.key, p.value))
        }
      }
    }
    return Node.Mapping(pairs, m.tag, m.style, m.mark, m.anchor)
  }
}
