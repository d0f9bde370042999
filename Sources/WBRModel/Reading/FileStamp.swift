/// One version of a file as `stat` sees it (device, inode, size, modification and status
/// change times to the nanosecond), without reading it.
///
/// Why: the notes' SHA-256 must be of the deck the meeting used, yet hashing at load would
/// slow every load for an export few meetings make, and keeping the bytes would hold a large
/// deck in memory all meeting. The loader keeps this stamp instead (two `stat` calls); at
/// export the file is hashed only if it still carries it. An edit within the file system's
/// timestamp granularity that keeps the size and inode would go unseen.
///
/// Only the value lives here; taking a stamp (`FileStamp(path:)`, `FileStamp.around`) is
/// file access and lives in `WBRStore`.
public struct FileStamp: Sendable, Equatable, Hashable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: [Int]
  var changed: [Int]

  package init(device: UInt64, inode: UInt64, size: Int64, modified: [Int], changed: [Int]) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }
}
