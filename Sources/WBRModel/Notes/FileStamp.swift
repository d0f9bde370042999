#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One version of a file as `stat` sees it (device, inode, size, modification and status
/// change times to the nanosecond), without reading it.
///
/// Why: the notes' SHA-256 must be of the deck the meeting used, yet hashing at load would
/// slow every load for an export few meetings make, and keeping the bytes would hold a large
/// deck in memory all meeting. The loader keeps this stamp instead (two `stat` calls); at
/// export the file is hashed only if it still carries it. An edit within the file system's
/// timestamp granularity that keeps the size and inode would go unseen.
public struct FileStamp: Sendable, Equatable, Hashable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: [Int]
  var changed: [Int]

  /// The file's stamp now; nil when it cannot be stat'ed.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(truncatingIfNeeded: info.st_dev)
    inode = UInt64(truncatingIfNeeded: info.st_ino)
    size = Int64(info.st_size)
    #if canImport(Darwin)
      modified = [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
      changed = [Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec)]
    #else
      modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
      changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
    #endif
  }

  /// `work`'s result, and the file's stamp when it was the same before and after `work`
  /// (nil when the file changed meanwhile, or cannot be stat'ed).
  public static func around<T, E: Error>(
    _ path: String, _ work: () throws(E) -> T
  ) throws(E) -> (result: T, stamp: FileStamp?) {
    let before = FileStamp(path: path)
    let result = try work()
    let after = FileStamp(path: path)
    return (result, before == after ? before : nil)
  }
}
