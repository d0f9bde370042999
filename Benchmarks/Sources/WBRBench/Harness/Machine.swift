#if canImport(Glibc)
  import Glibc
#endif

/// What the figures were measured on: cores, CPU model, memory, load.
enum Machine {
  static func describe() -> String {
    let cpu =
      read("/proc/cpuinfo").split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingPrefix(" ") }.map(String.init)
      ?? "unknown CPU"
    let memKiB =
      read("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
      .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
    let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return "\(cores) cores (\(cpu)), \(memKiB / 1024 / 1024) GiB memory"
  }

  /// The 1-minute load average.
  static func loadAverage() -> String {
    String(read("/proc/loadavg").split(separator: " ").first ?? "?")
  }

  static func read(_ path: String) -> String {
    guard let file = fopen(path, "r") else { return "" }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = fread(&chunk, 1, chunk.count, file)
      if n <= 0 { break }
      bytes += chunk[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
