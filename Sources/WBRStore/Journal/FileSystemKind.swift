import CStatfs

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of file system holds the record: whether several writers can share it.
///
/// Several writers rely on `flock` and `O_APPEND` meaning the same to every process, and on
/// one process seeing another's write at once. Network file systems give none of that
/// reliably (NFS emulates `flock` with byte-range locks a server may lose, appends from two
/// clients can overwrite each other, and attribute caches show growth late), and a FUSE file
/// system (sshfs, rclone, cloud drives) may be anything. On those the record falls back to
/// one writer for the whole session (docs/JOURNAL.md, "Several writers").
public enum FileSystemKind: Sendable, Equatable {
  /// A local file system: several writers, one lock per append.
  case local
  /// A network or user-space file system, by name ("NFS", "SMB/CIFS", "FUSE", ...).
  case network(String)

  /// `statfs` magic numbers (`f_type`, linux/magic.h) of the file systems where several
  /// writers are not safe, and what to call them.
  public static let networkTypes: [UInt32: String] = [
    0x6969: "NFS",
    0xFF53_4D42: "SMB/CIFS",
    0xFE53_4D42: "SMB2",
    0x517B: "SMB",
    0x6573_5546: "FUSE",
    0x0102_1997: "9P",
    0x5346_414F: "AFS",
    0x6B41_4653: "AFS (kAFS)",
    0x00C3_6400: "CephFS",
    0x0BD0_0BD0: "Lustre",
    0x4750_4653: "GPFS",
    0x0115_6F3A: "OCFS2 (o2cb)",
    0x7461_636F: "OCFS2",
    0x0116_1970: "GFS2",
    0x564C: "NCP",
  ]

  /// The kind for a `statfs` `f_type` (the magic is 32 bits; some C libraries give it signed
  /// or in a wider type, so only its low 32 bits count).
  public static func of(magic: Int64) -> FileSystemKind {
    let low = UInt32(truncatingIfNeeded: magic)
    if let name = networkTypes[low] { return .network(name) }
    return .local
  }

  /// The kind of file system `fd` is on; `.local` when it cannot be told (`statfs` failed).
  public static func of(descriptor fd: Int32) -> FileSystemKind {
    let magic = wbr_fs_magic(fd)
    return magic == 0 ? .local : of(magic: Int64(magic))
  }

  /// Whether several writers may share a record here.
  public var allowsSeveralWriters: Bool { self == .local }

  /// Why a record here has one writer at a time, for the status line and standard error.
  public var oneWriterReason: String? {
    guard case .network(let name) = self else { return nil }
    return "the record is on a network file system (\(name)), where locks and appends are not reliable:"
      + " one writer at a time"
  }
}
