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

  @Test func devicesAndPipesAreRefusedAndStayWhatTheyAre() throws {
    let fifo = try F.tempFolder() + "/fifo"
    #expect(mkfifo(fifo, 0o600) == 0)
    #expect {
      try AtomicFile.write("x", to: fifo, force: true)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("-o -") == true
    }
    #expect(FileKind(path: fifo) == .fifo)
    // Real devices only through the rules, never a write: a regression here, run as root,
    // would replace the machine's /dev/null.
    for path in ["/dev/null", "/dev/full"] {
      #expect {
        try OutputTarget.resolve(path)
      } throws: { error in
        (error as? ExportError)?.reason.hasPrefix("it is a character device, not a file") == true
      }
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
