import Foundation
import Testing

@testable import WBRStore

/// Exports are written whole or not at all, never over an existing file unless forced, and
/// fail with the exit status that says why.
@Suite struct AtomicFileTests {
  typealias F = StoreFixture

  @Test func writesAtomicallyAndLeavesNoTemporaryFile() throws {
    let folder = try F.tempFolder()
    let path = folder + "/notes.md"
    try AtomicFile.write("hello\n", to: path, force: false)
    #expect(try F.read(path) == "hello\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.md"])
  }

  @Test func keepsAnExistingFileUnlessForced() throws {
    let path = try F.tempFolder() + "/notes.md"
    try F.write("old", to: path)
    #expect {
      try AtomicFile.write("new", to: path, force: false)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("--force") == true
    }
    #expect(try F.read(path) == "old")
    try AtomicFile.write("new", to: path, force: true)
    #expect(try F.read(path) == "new")
  }

  @Test func missingFolderOrFileInTheWayIsCannotCreate() throws {
    let folder = try F.tempFolder()
    try F.write("x", to: folder + "/file")
    for path in [folder + "/missing/notes.md", folder + "/file/notes.md", folder] {
      #expect {
        try AtomicFile.write("x", to: path, force: true)
      } throws: { error in
        (error as? ExportError)?.exitStatus == 73
      }
    }
  }

  @Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
  func unwritableFolderIsCannotCreate() throws {
    let folder = try F.tempFolder()
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    #expect {
      try AtomicFile.write("x", to: folder + "/notes.md", force: false)
    } throws: { error in
      let e = error as? ExportError
      return e?.exitStatus == 73 && e?.reason.contains("ermission") == true
    }
  }

  @Test func deviceErrorsAreIOAndPermissionErrorsCannotCreate() {
    #expect(ExportError.kind(ofErrno: ENOSPC) == .io)
    #expect(ExportError.kind(ofErrno: EIO) == .io)
    #expect(ExportError.kind(ofErrno: EDQUOT) == .io)
    #expect(ExportError.kind(ofErrno: EACCES) == .cannotCreate)
    #expect(ExportError.kind(ofErrno: EROFS) == .cannotCreate)
    #expect(ExportError(kind: .io, path: "p", reason: "r").exitStatus == 74)
  }

  /// Pieces given one by one end up as one file, in order.
  @Test func writesPiecesInOrder() throws {
    let folder = try F.tempFolder()
    let path = folder + "/deck.json"
    try AtomicFile.write(to: path, force: false) { (put) throws(ExportError) in
      for piece in ["one ", "two ", "three\n"] {
        try Array(piece.utf8).withUnsafeBufferPointer { (b) throws(ExportError) in try put(b) }
      }
    }
    #expect(try F.read(path) == "one two three\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deck.json"])
  }

  /// A failure after some pieces were written leaves the existing file as it was and no
  /// temporary file with the part written.
  @Test func failureMidwayKeepsTheOldFileAndNoPart() throws {
    let folder = try F.tempFolder()
    let path = folder + "/deck.json"
    try F.write("old", to: path)
    let stop = ExportError(kind: .io, path: path, reason: "stopped")
    #expect(throws: stop) {
      try AtomicFile.write(to: path, force: true) { (put) throws(ExportError) in
        try Array("new, half".utf8).withUnsafeBufferPointer { (b) throws(ExportError) in try put(b) }
        throw stop
      }
    }
    #expect(try F.read(path) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["deck.json"])
  }
}
