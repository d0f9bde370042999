import WBRModel
import Yams

/// Bounds on a composed config, checked before it is read: no scalar over the string limit,
/// and no more values than a config could need once aliases are expanded.
///
/// Yams shares an aliased node rather than copying it, so ten nested levels of ten aliases
/// each cost a few hundred bytes of YAML but expand to 10¹⁰ values for any walk over them.
/// The walk here stops at `maxNodes`, so it is linear in the text however the aliases nest.
enum ConfigBounds {
  /// A WBR config has a few values per metric and block, far fewer than bytes: expansion is
  /// allowed up to the text's size in bytes, and to 100,000 values for small texts.
  static func maxNodes(forBytes bytes: Int) -> Int { max(100_000, bytes) }

  /// The first bound broken, as a located diagnostic; nil when the config is within bounds.
  static func check(
    _ root: Node, file: String, maxStringBytes: Int, maxNodes: Int
  ) -> Diagnostic? {
    var stack = [root]
    // Counted when pushed, so that neither the walk nor the stack outgrows the bound.
    var seen = 1
    while let node = stack.popLast() {
      switch node {
      case .scalar(let s):
        if s.string.utf8.count > maxStringBytes {
          return Diagnostic(
            .configTooLarge, file: file, line: node.line,
            message: "expected a value of at most \(maxStringBytes) bytes, found a longer one")
        }
      case .mapping(let m):
        seen += 2 * m.count
        if seen > maxNodes { return tooMany(node, file: file, maxNodes: maxNodes) }
        for pair in m.reversed() {
          stack.append(pair.value)
          stack.append(pair.key)
        }
      case .sequence(let s):
        seen += s.count
        if seen > maxNodes { return tooMany(node, file: file, maxNodes: maxNodes) }
        stack.append(contentsOf: s.reversed())
      case .alias: break
      }
    }
    return nil
  }

  private static func tooMany(_ node: Node, file: String, maxNodes: Int) -> Diagnostic {
    Diagnostic(
      .configTooLarge, file: file, line: node.line,
      message: "expected at most \(maxNodes) values once aliases are expanded, found more "
        + "(aliases nested too deeply?)")
  }
}
