import Foundation
import Testing
import WBRModel
import WBRStore

#if canImport(Glibc)
  import Glibc
#endif

/// Who may write a series record (docs/JOURNAL.md, "Who may write"): `wbr init --shared
/// GROUP` makes the folder and the record the group's, setgid, nothing world-readable,
/// whatever the umask; without it a new record is its owner's only.
@Suite(.serialized) struct SeriesSharingTests {
  private static func mode(_ path: String) -> (mode: mode_t, gid: gid_t) {
    var info = stat()
    guard stat(path, &info) == 0 else { return (0, gid_t.max) }
    return (info.st_mode & 0o7777, info.st_gid)
  }

  /// The name of this process's own group: a group the test can always give files to.
  private static var ownGroup: String {
    guard let entry = getgrgid(getegid()), let name = entry.pointee.gr_name else { return String(getegid()) }
    return String(cString: name)
  }

  @Test func sharedMakesFolderAndRecordTheGroupsWhateverTheUmask() throws {
    let folder = try StoreFixture.tempFolder()
    let old = umask(0o022)
    defer { umask(old) }
    let outcome = try SeriesRecordSetup.initialize(folder: folder, sharedGroup: Self.ownGroup)
    let record = folder + "/wbr-journal.jsonl"
    #expect(outcome == .created(path: record))
    #expect(Self.mode(folder) == (0o2770, getegid()))
    #expect(Self.mode(record) == (0o660, getegid()))
    // A record made later in the team's folder (deleted, say) is the group's too.
    try FileManager.default.removeItem(atPath: record)
    _ = try JournalFile.open(path: record)
    #expect(Self.mode(record).mode == 0o660)
  }

  @Test func sharedAlsoTakesAnExistingRecord() throws {
    let folder = try StoreFixture.tempFolder()
    let record = folder + "/wbr-journal.jsonl"
    try StoreFixture.write("", to: record)
    #expect(chmod(record, 0o644) == 0)
    #expect(
      try SeriesRecordSetup.initialize(folder: folder, sharedGroup: Self.ownGroup)
        == .alreadyThere(path: record))
    #expect(Self.mode(record).mode == 0o660)
  }

  @Test func withoutSharedANewRecordIsTheOwnersOnly() throws {
    let folder = try StoreFixture.tempFolder()
    let old = umask(0)
    defer { umask(old) }
    _ = try SeriesRecordSetup.initialize(folder: folder)
    #expect(Self.mode(folder + "/wbr-journal.jsonl").mode == 0o600)
  }

  @Test func anUnknownGroupIsRefusedWithItsName() throws {
    let folder = try StoreFixture.tempFolder()
    do {
      _ = try SeriesRecordSetup.initialize(folder: folder, sharedGroup: "no-such-group-wbr")
      Issue.record("an unknown group was accepted")
    } catch {
      #expect(error.exitStatus == 67)
      #expect(error.description.contains("no group named no-such-group-wbr"))
    }
  }

  @Test func theWritersNameIsTheAccountsNotTheEnvironments() {
    setenv("LOGNAME", "someone-else", 1)
    setenv("USER", "someone-else", 1)
    let expected = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? String(geteuid())
    #expect(WriterIdentity.loginName() == expected)
    #expect(WriterIdentity.loginName() != "someone-else")
  }
}

/// The file systems where several writers are not safe (`statfs` magic numbers).
@Suite struct FileSystemKindTests {
  @Test(arguments: [
    (Int64(0x6969), "NFS"), (Int64(0xFF53_4D42), "SMB/CIFS"), (Int64(0xFE53_4D42), "SMB2"),
    (Int64(0x6573_5546), "FUSE"), (Int64(0x517B), "SMB"), (Int64(0x0102_1997), "9P"),
    (Int64(0x00C3_6400), "CephFS"),
    // Sign-extended, as a C library with a signed f_type gives the high ones.
    (Int64(Int32(bitPattern: 0xFF53_4D42)), "SMB/CIFS"),
  ])
  func networkFileSystemsFallBackToOneWriter(magic: Int64, name: String) {
    #expect(FileSystemKind.of(magic: magic) == .network(name))
    #expect(!FileSystemKind.of(magic: magic).allowsSeveralWriters)
    #expect(FileSystemKind.of(magic: magic).oneWriterReason?.contains("(\(name))") == true)
  }

  @Test(arguments: [Int64(0xEF53), 0x0102_1994, 0x5846_5342, 0x9123_683E, 0x794C_7630])
  func localFileSystemsTakeSeveralWriters(magic: Int64) {  // ext4, tmpfs, xfs, btrfs, overlayfs
    #expect(FileSystemKind.of(magic: magic) == .local)
    #expect(FileSystemKind.of(magic: magic).oneWriterReason == nil)
  }

  @Test func theTemporaryFolderIsLocal() throws {
    let path = try StoreFixture.tempFolder() + "/j.jsonl"
    let file = try JournalFile.open(path: path)
    #expect(file.sharing == .severalWriters)
  }
}
