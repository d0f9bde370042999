/// One line of the benchmark table, as a case process writes it and the runner reads it.
///
/// Cases run in child processes and report rows on standard output, one per line, fields
/// separated by tabs, so the floor program (C++) speaks the same format.
struct Row: Sendable, Equatable {
  /// What was measured, e.g. "load + analysis" or "keystroke: scroll".
  var name: String
  /// Metrics in the deck (0 when it does not apply).
  var metrics: Int
  /// Screen size ("80x24") or "-".
  var size: String
  /// Wall-clock durations of the timed runs, in nanoseconds.
  var samples: [UInt64]
  /// CPU time of the same runs, in nanoseconds (empty when not known).
  var cpu: [UInt64] = []
  /// Peak resident memory in KiB of the process measured, when the case knows it better
  /// than the runner does (e.g. a `wbr build` child); nil means the case process itself.
  var peakKiB: Int?
  /// Median bytes sent to the terminal per frame, for frame rows.
  var terminalBytes: Int?

  var sorted: [UInt64] { samples.sorted() }
  var median: UInt64 {
    let s = sorted
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
  var min: UInt64 { samples.min() ?? 0 }
  /// Median CPU time, or the wall-clock median when CPU time is not known.
  var cpuMedian: UInt64 { cpu.isEmpty ? median : Row.median(cpu) }

  static func median(_ values: [UInt64]) -> UInt64 {
    let s = values.sorted()
    guard !s.isEmpty else { return 0 }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
  var max: UInt64 { samples.max() ?? 0 }

  /// `row<TAB>name<TAB>metrics<TAB>size<TAB>peakKiB|-<TAB>bytes|-<TAB>wall ns,…<TAB>cpu ns,…`
  var line: String {
    let peak: String = peakKiB.map { String($0) } ?? "-"
    let bytes: String = terminalBytes.map { String($0) } ?? "-"
    let wall: String = samples.map { String($0) }.joined(separator: ",")
    let cpuText: String = cpu.isEmpty ? "-" : cpu.map { String($0) }.joined(separator: ",")
    let fields: [String] = ["row", name, String(metrics), size, peak, bytes, wall, cpuText]
    return fields.joined(separator: "\t")
  }

  init(
    name: String, metrics: Int, size: String = "-", samples: [UInt64], peakKiB: Int? = nil,
    terminalBytes: Int? = nil
  ) {
    self.name = name
    self.metrics = metrics
    self.size = size
    self.samples = samples
    self.peakKiB = peakKiB
    self.terminalBytes = terminalBytes
  }

  /// Parses `line`; nil for any other output line.
  init?(line: Substring) {
    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard f.count == 7 || f.count == 8, f[0] == "row", let n = Int(f[2]) else { return nil }
    let samples = f[6].split(separator: ",").compactMap { UInt64($0) }
    guard !samples.isEmpty else { return nil }
    self.init(
      name: String(f[1]), metrics: n, size: String(f[3]), samples: samples, peakKiB: Int(f[4]),
      terminalBytes: Int(f[5]))
    if f.count == 8 { cpu = f[7].split(separator: ",").compactMap { UInt64($0) } }
  }

  init(
    name: String, metrics: Int, size: String = "-", timings: [Timing], peakKiB: Int? = nil,
    terminalBytes: Int? = nil
  ) {
    self.init(
      name: name, metrics: metrics, size: size, samples: timings.map(\.wall), peakKiB: peakKiB,
      terminalBytes: terminalBytes)
    cpu = timings.map(\.cpu)
  }
}
