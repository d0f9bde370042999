import Foundation

/// A minimal line diff (longest common subsequence) with a little context, for test failures.
public enum LineDiff {
  public static func unified(_ old: String, _ new: String, context: Int = 2, maxLines: Int = 80) -> String {
    var a = old.components(separatedBy: "\n")
    var b = new.components(separatedBy: "\n")
    // Only the middle part that differs goes through the quadratic LCS.
    var head = 0
    while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] {
      tail += 1
    }
    let start = max(0, head - context)
    a = Array(a[start..<(a.count - max(0, tail - context))])
    b = Array(b[start..<(b.count - max(0, tail - context))])
    // lcs[i][j] = length of the LCS of a[i...] and b[j...].
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var ops: [(Character, Int, String)] = []  // (" ", "-", "+"), line number, text
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        ops.append((" ", start + i + 1, a[i]))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
        ops.append(("-", start + i + 1, a[i]))
        i += 1
      } else {
        ops.append(("+", start + j + 1, b[j]))
        j += 1
      }
    }
    let changed = ops.indices.filter { ops[$0].0 != " " }
    var keep = Set<Int>()
    for k in changed { keep.formUnion(max(0, k - context)...min(ops.count - 1, k + context)) }
    var out: [String] = []
    var last = -1
    for k in keep.sorted() {
      if last < 0 || k != last + 1 { out.append("@@ line \(ops[k].1)") }
      out.append("\(ops[k].0)\(ops[k].2)")
      last = k
    }
    if out.count > maxLines { out = Array(out.prefix(maxLines)) + ["… (\(out.count - maxLines) more)"] }
    return out.joined(separator: "\n")
  }
}
