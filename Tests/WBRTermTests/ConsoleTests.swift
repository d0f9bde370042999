import Testing

@testable import WBRTerm

#if canImport(Glibc)
  import Glibc
#endif

/// Standard output and error that cannot be written (`Console`) and the command lines that
/// are usage errors (`WBRCommand.usageProblem`).
@Suite struct ConsoleTests {
  @Test func aFullDeviceIsAnIOErrorWithTheSystemsReason() throws {
    let fd = open("/dev/full", O_WRONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    #expect(throws: ConsoleError.failed(code: ENOSPC)) { try Console.write("verdict\n", to: fd) }
    let error = ConsoleError.failed(code: ENOSPC)
    #expect(error.exitStatus == 74)
    #expect(error.message == "wbr: cannot write to standard output: No space left on device")
  }

  @Test func aPipeWhoseReaderLeftEndsQuietly() throws {
    _ = signal(SIGPIPE, SIG_IGN)
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    close(fds[0])
    defer { close(fds[1]) }
    #expect(throws: ConsoleError.brokenPipe) { try Console.write("line\n", to: fds[1]) }
    #expect(ConsoleError.brokenPipe.exitStatus == 0)
    #expect(ConsoleError.brokenPipe.message == nil)
  }

  @Test func aClosedDescriptorIsAnIOError() throws {
    let fd = open("/dev/null", O_RDONLY)
    try #require(fd >= 0)
    defer { close(fd) }
    // What `Console.prepare` leaves on a closed standard output: writes fail with EBADF.
    #expect(throws: ConsoleError.failed(code: EBADF)) { try Console.write("x", to: fd) }
  }

  @Test func everyByteOfALongTextArrives() throws {
    var fds: [Int32] = [0, 0]
    try #require(pipe(&fds) == 0)
    defer { close(fds[0]) }
    let text = String(repeating: "0123456789abcdef", count: 2_000)  // 32 KB: fits the pipe
    try Console.write(text, to: fds[1])
    close(fds[1])
    var read: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fds[0], $0.baseAddress, $0.count) }
      if n <= 0 { break }
      read += chunk[0..<n]
    }
    #expect(read == Array(text.utf8))
  }

  @Test(arguments: [[String](), ["help", "nonsense"], ["help", "meet", "extra"], ["help", "check", "--x"]])
  func usageErrors(_ arguments: [String]) {
    #expect(WBRCommand.usageProblem(arguments) != nil)
  }

  @Test(arguments: [["help"], ["help", "notes"], ["check", "deck.json"], ["--version"], ["nonsense"]])
  func notUsageErrorsHere(_ arguments: [String]) {
    // `wbr nonsense` is refused by ArgumentParser itself (status 64).
    #expect(WBRCommand.usageProblem(arguments) == nil)
  }
}
