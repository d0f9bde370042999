import Foundation
import Testing

@testable import WBRStore

/// What writing to a path replaces (issue #14, class 3): a link's target written through,
/// permission bits kept, devices and links to nothing refused.
@Suite struct OutputTargetTests {
  typealias F = StoreFixture

  static func mode(_ path: String) -> mode_t {
    var info = stat()
    return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  @Test func aReplacedFileKeepsItsPermissionBits() throws {
    let path = try F.tempFolder() + "/notes.md"
    try F.write("old", to: path)
    chmod(path, 0o600)
    try AtomicFile.write("new", to: path, force: true)
    #expect(try F.read(path) == "new")
    #expect(Self.mode(path) == 0o600)
    chmod(path, 0o640)
    try AtomicFile.write("newer", to: path, force: true)
    #expect(Self.mode(path) == 0o640)
  }

  @Test func aNewFileFollowsTheUmask() throws {
    let path = try F.tempFolder() + "/notes.md"
    let old = umask(0o027)
    defer { umask(old) }
    try AtomicFile.write("x", to: path, force: false)
    #expect(Self.mode(path) == 0o640)
  }

  @Test func aLinkIsWrittenThroughToItsTarget() throws {
    let folder = try F.tempFolder()
    try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
    let target = folder + "/real/notes.md"
    try F.write("old", to: target)
    chmod(target, 0o600)
    let link = folder + "/link.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/notes.md")
    #expect(throws: ExportError.self) { try AtomicFile.write("new", to: link, force: false) }
    try AtomicFile.write("new", to: link, force: true)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/notes.md")
    #expect(try F.read(target) == "new")
    #expect(Self.mode(target) == 0o600)
    // The temporary file lived beside the target, and is gone.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real") == ["notes.md"])
  }

  @Test func aLinkToNothingIsRefused() throws {
    let folder = try F.tempFolder()
    let link = folder + "/planted.md"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder + "/elsewhere.md")
    #expect {
      try AtomicFile.write("x", to: link, force: true)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("symbolic link to a file that does not exist") == true
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere.md"))
  }

  /// A device or a FIFO is written through, as a shell's `>` would, and stays what it is; a
  /// FIFO nothing reads is refused at once rather than waited on.
  @Test(.timeLimit(.minutes(1))) func devicesAndPipesAreWrittenThroughAndStayWhatTheyAre() throws {
    let fifo = try F.tempFolder() + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect {
      try AtomicFile.write("x", to: fifo, force: true)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("a pipe that nothing reads") == true
    }
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    try AtomicFile.write("through", to: fifo, force: false)
    var buffer = [UInt8](repeating: 0, count: 16)
    let n = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
    #expect(n == 7 && Array(buffer[0..<7]) == Array("through".utf8))
    #expect(FileKind(path: fifo) == .fifo)
    // A real device only through /dev/null: nothing written there matters, and it must stay
    // a device (as root, a replaced /dev/null would break the machine).
    #expect(try OutputTarget.resolve("/dev/null").exists == false)
    try AtomicFile.write("x", to: "/dev/null", force: false)
    #expect(FileKind(path: "/dev/null") == .characterDevice)
    #expect {
      try AtomicFile.write("x", to: "/dev/full", force: true)
    } throws: { error in
      (error as? ExportError)?.exitStatus == 74
    }
  }

  @Test func theTargetSaysWhetherAFileIsThere() throws {
    let folder = try F.tempFolder()
    #expect(try OutputTarget.resolve(folder + "/new.md").exists == false)
    try F.write("x", to: folder + "/old.md")
    #expect(try OutputTarget.resolve(folder + "/old.md").exists)
    #expect(throws: ExportError.self) { try OutputTarget.resolve(folder) }
  }
}
