import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Taking a `FileStamp` (the value is in `WBRModel`): two `stat` calls, no read.
extension FileStamp {
  /// The file's stamp now; nil when it cannot be stat'ed.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = [Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec)]
      let changed = [Int(info.st_ctimespec.tv_sec), Int(info.st_ctimespec.tv_nsec)]
    #else
      let modified = [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
      let changed = [Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec)]
    #endif
    self.init(
      device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino),
      size: Int64(info.st_size), modified: modified, changed: changed)
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
