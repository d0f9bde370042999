#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program to completion and returns its output, exit status and peak memory.
///
/// `wait4` gives the child's own `ru_maxrss`, which is why every case runs in a fresh
/// process: a peak is a high-water mark and could never go down within one process.
struct ChildProcess {
  struct Result {
    var status: Int32
    var output: String
    /// Peak resident set of the child, KiB.
    var peakKiB: Int
    /// User + system CPU time of the child, nanoseconds.
    var cpuNanos: UInt64 = 0
  }

  enum Failure: Error, CustomStringConvertible {
    case spawn(String, Int32)
    var description: String {
      switch self {
      case .spawn(let path, let code): return "cannot start \(path): \(String(cString: strerror(code)))"
      }
    }
  }

  /// Runs `path` with `arguments`; `environment` entries are added to (or replace) ours.
  /// Standard input is /dev/null; standard error passes through; standard output is
  /// captured unless `discardOutput`.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String] = [:],
    discardOutput: Bool = false
  ) throws(Failure) -> Result {
    var pipeFDs: [Int32] = [-1, -1]
    guard pipe(&pipeFDs) == 0 else { throw .spawn(path, errno) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if discardOutput {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    } else {
      posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
    }
    posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
    posix_spawn_file_actions_addclose(&actions, pipeFDs[1])

    var env: [String: String] = [:]
    var entry = environ
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let eq = text.firstIndex(of: "=") {
        env[String(text[..<eq])] = String(text[text.index(after: eq)...])
      }
      entry += 1
    }
    for (k, v) in environment { env[k] = v }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, path, &actions, nil, argv, envp)
    close(pipeFDs[1])
    guard code == 0 else {
      close(pipeFDs[0])
      throw .spawn(path, code)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(pipeFDs[0], $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      bytes += chunk[0..<n]
    }
    close(pipeFDs[0])
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let cpu = nanoseconds(usage.ru_utime) + nanoseconds(usage.ru_stime)
    return Result(
      status: exit, output: String(decoding: bytes, as: UTF8.self), peakKiB: Int(usage.ru_maxrss),
      cpuNanos: cpu)
  }

  private static func nanoseconds(_ t: timeval) -> UInt64 {
    let seconds = UInt64(t.tv_sec)
    let micros = UInt64(t.tv_usec)
    return seconds * 1_000_000_000 + micros * 1000
  }
}
