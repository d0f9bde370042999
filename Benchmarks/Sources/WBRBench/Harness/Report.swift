/// The report of a run: the table, growth with N, and the budgets met or missed.
struct Report {
  var measured: [Measured]
  var machine: String
  var loadBefore: String
  var loadAfter: String
  var notes: [String]
  /// Size of each N-metric deck file, for the memory budgets of issue #18.
  var deckBytes: [Int: Int] = [:]

  struct Budget {
    var what: String
    var limit: String
    var value: String
    var met: Bool
  }

  func markdown() -> String {
    var out: [String] = []
    out.append("Machine: \(machine); load average \(loadBefore) before, \(loadAfter) after.")
    out.append("")
    out.append(
      "| benchmark | N | screen | CPU median | wall median | wall min | wall max | runs | peak RSS | × floor "
        + "| bytes to terminal |")
    out.append("|---|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for m in measured {
      let r = m.row
      let ratio = m.isFloor ? "1" : floor(of: m).map { Self.ratio(Double(r.cpuMedian) / Double($0)) } ?? "-"
      let bytes = r.terminalBytes.map { String($0) } ?? "-"
      let times =
        "\(Self.time(r.cpuMedian)) | \(Self.time(r.median)) | \(Self.time(r.min)) | \(Self.time(r.max))"
      out.append(
        "| \(r.name) | \(r.metrics) | \(r.size) | \(times) | \(r.samples.count) | \(Self.memory(m.peakKiB)) "
          + "| \(ratio) | \(bytes) |")
    }
    out.append("")
    out.append("CPU: the thread's own CPU time (for `wbr build`, the child's user + system), which other")
    out.append(
      "processes on this shared machine do not inflate as they do the wall clock. × floor: CPU median")
    out.append(
      "over the floor's CPU median for the same deck in the same run (`wbr build`: the deck it writes).")
    out.append("")
    out.append("Growth with N (CPU medians; ×10 metrics costing ×10 or less is linear or better):")
    out.append("")
    out.append("| benchmark | screen | N = 100 | 1,000 | 10,000 | ×, 100→1,000 | ×, 1,000→10,000 |")
    out.append("|---|---|--:|--:|--:|--:|--:|")
    for (name, size) in growthKeys() {
      let at = { (n: Int) in
        measured.first { $0.row.name == name && $0.row.size == size && $0.row.metrics == n }
      }
      let median = { (n: Int) in at(n).map { Self.time($0.row.cpuMedian) } ?? "-" }
      let step = { (a: Int, b: Int) in
        at(a).flatMap { x in at(b).map { y in Self.ratio(Double(y.row.cpuMedian) / Double(x.row.cpuMedian)) }
        }
          ?? "-"
      }
      out.append(
        "| \(name) | \(size) | \(median(100)) | \(median(1000)) | \(median(10_000)) | \(step(100, 1000)) "
          + "| \(step(1000, 10_000)) |")
    }
    out.append("")
    out.append("Budgets (release build, CPU medians; wall-clock medians in brackets):")
    out.append("")
    for b in budgets() {
      out.append("- \(b.met ? "met" : "MISSED"): \(b.what) \(b.value) (budget \(b.limit))")
    }
    for note in notes { out.append("- \(note)") }
    return out.joined(separator: "\n")
  }

  func budgets() -> [Budget] {
    var list: [Budget] = []
    for (n, limit) in [(1000, 100_000_000 as UInt64), (10_000, 1_000_000_000)] {
      if let m = measured.first(where: {
        $0.row.name == "load + validation + analysis" && $0.row.metrics == n
      }) {
        list.append(
          Budget(
            what: "load + analysis of \(n) metrics", limit: Self.time(limit),
            value: "\(Self.time(m.row.cpuMedian)) (\(Self.time(m.row.median)))", met: m.row.cpuMedian < limit)
        )
      }
    }
    for (n, limit) in [(1000, 2_000_000 as UInt64), (10_000, 16_000_000)] {
      let keys = measured.filter { $0.row.name.hasPrefix("key:") && $0.row.metrics == n }
      if let worst = keys.max(by: { $0.row.cpuMedian < $1.row.cpuMedian }) {
        list.append(
          Budget(
            what: "slowest key frame at \(n) metrics (\(worst.row.name), \(worst.row.size))",
            limit: Self.time(limit),
            value: "\(Self.time(worst.row.cpuMedian)) (\(Self.time(worst.row.median)))",
            met: worst.row.cpuMedian < limit))
      }
    }
    let thousand = measured.filter {
      $0.row.metrics == 1000 && !$0.isFloor && !$0.row.name.hasPrefix("wbr build")
    }
    if let biggest = thousand.max(by: { $0.peakKiB < $1.peakKiB }) {
      list.append(
        Budget(
          what: "peak memory with a 1,000-metric deck (\(biggest.row.name))", limit: "100 MB",
          value: Self.memory(biggest.peakKiB), met: biggest.peakKiB < 100 * 1000 * 1000 / 1024))
    }
    list += speedTwoBudgets()
    return list
  }

  /// Issue #18: load + validation within twice the JSON floor; peak memory of a load with
  /// analysis and of the meeting screen within twice the deck's size plus 40 MB at 10,000
  /// metrics; `wbr build` of 1,000 metrics within 150 ms of CPU and 42 MB.
  private func speedTwoBudgets() -> [Budget] {
    var list: [Budget] = []
    for n in [1000, 10_000] {
      guard let m = measured.first(where: { $0.row.name == "load + validation" && $0.row.metrics == n }),
        let f = floor(of: m)
      else { continue }
      let ratio = Double(m.row.cpuMedian) / Double(f)
      list.append(
        Budget(
          what: "load + validation of \(n) metrics over the JSON floor", limit: "2×",
          value: "\(Self.ratio(ratio))× (\(Self.time(m.row.cpuMedian)) / \(Self.time(f)))", met: ratio <= 2))
    }
    if let bytes = deckBytes[10_000] {
      let limitKiB = (2 * bytes + 40_000_000) / 1024
      let limit = Self.memory(limitKiB)
      let load = measured.first { $0.row.name == "load + validation + analysis" && $0.row.metrics == 10_000 }
      let screen = measured.filter { $0.row.name.hasPrefix("first frame") && $0.row.metrics == 10_000 }
        .max { $0.peakKiB < $1.peakKiB }
      for (what, m) in [("load + analysis", load), ("the meeting screen", screen)] {
        guard let m else { continue }
        list.append(
          Budget(
            what: "peak memory of \(what) at 10000 metrics (deck \(Self.memory(bytes / 1024)))", limit: limit,
            value: Self.memory(m.peakKiB), met: m.peakKiB <= limitKiB))
      }
    }
    if let build = measured.first(where: { $0.row.name.hasPrefix("wbr build") && $0.row.metrics == 1000 }) {
      list.append(
        Budget(
          what: "wbr build of 1000 metrics (CPU)", limit: Self.time(150_000_000),
          value: Self.time(build.row.cpuMedian), met: build.row.cpuMedian <= 150_000_000))
      let limitKiB = 42 * 1000 * 1000 / 1024
      list.append(
        Budget(
          what: "wbr build of 1000 metrics (peak memory)", limit: Self.memory(limitKiB),
          value: Self.memory(build.peakKiB), met: build.peakKiB <= limitKiB))
    }
    return list
  }

  private func floor(of m: Measured) -> UInt64? {
    measured.first { $0.isFloor && $0.row.metrics == m.row.metrics && $0.floorKey == m.floorKey }?.row
      .cpuMedian
  }

  private func growthKeys() -> [(String, String)] {
    var keys: [(String, String)] = []
    for m in measured where m.row.metrics == 1000 && !keys.contains(where: { $0 == (m.row.name, m.row.size) })
    {
      if measured.contains(where: {
        $0.row.name == m.row.name && $0.row.size == m.row.size && $0.row.metrics != 1000
      }) {
        keys.append((m.row.name, m.row.size))
      }
    }
    return keys
  }

  static func time(_ ns: UInt64) -> String {
    let v = Double(ns)
    if v >= 1e9 { return fixed(v / 1e9, 2) + " s" }
    if v >= 1e6 { return fixed(v / 1e6, v >= 1e8 ? 0 : v >= 1e7 ? 1 : 2) + " ms" }
    if v >= 1e3 { return fixed(v / 1e3, v >= 1e5 ? 0 : v >= 1e4 ? 1 : 2) + " µs" }
    return "\(ns) ns"
  }

  static func memory(_ kib: Int) -> String { fixed(Double(kib) * 1024 / 1e6, 1) + " MB" }

  static func ratio(_ x: Double) -> String { fixed(x, x >= 100 ? 0 : x >= 10 ? 1 : 2) }

  static func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (x * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
      let decimals = text.distance(from: dot, to: text.endIndex) - 1
      if digits == 0 {
        text = String(text[..<dot])
      } else if decimals < digits {
        text += String(repeating: "0", count: digits - decimals)
      }
    }
    return text
  }
}
