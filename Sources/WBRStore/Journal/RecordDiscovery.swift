import WBRModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the meeting record is, and how it was found.
public struct RecordLocation: Sendable, Equatable {
  public enum Source: Sendable, Equatable {
    /// `--journal PATH`.
    case option
    /// `$WBR_JOURNAL`.
    case environment
    /// The nearest `wbr-journal.jsonl` in the deck's folder or a folder above it.
    case found
    /// None found: a new record next to the deck. `searched` is the last folder looked in.
    case new(searched: String)
  }

  public var path: String
  public var source: Source

  public init(path: String, source: Source) {
    self.path = path
    self.source = source
  }

  public var isNew: Bool {
    if case .new = source { return true }
    return false
  }

  /// "new meeting record at PATH; no earlier meetings found above DIR", for a new record.
  public var newRecordNote: String? {
    guard case .new(let searched) = source else { return nil }
    return "new meeting record at \(path); no earlier meetings found above \(searched)"
  }
}

/// Finds the meeting record the way git finds `.git`: `--journal`, else `$WBR_JOURNAL`, else
/// the nearest `wbr-journal.jsonl` in the deck's folder or any folder above it. The search
/// stops below the home folder and at a file-system boundary (a parent on another device).
/// With none found, the record is a new one next to the deck.
public enum RecordDiscovery {
  public static let fileName = JournalLocation.defaultName

  /// - Parameters:
  ///   - deckPath: the deck; without one the search starts in the current folder.
  ///   - home: `$HOME`; its own folder is not searched unless the deck is in it.
  public static func locate(
    option: String?, environment: [String: String], deckPath: String?
  ) -> RecordLocation {
    if let option, !option.isEmpty { return RecordLocation(path: option, source: .option) }
    if let env = environment[JournalLocation.environmentVariable], !env.isEmpty {
      return RecordLocation(path: env, source: .environment)
    }
    let start = absoluteFolder(of: deckPath)
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : resolved($0) }
    var folder = start
    var device = deviceOf(start)
    var last = start
    while true {
      let candidate = join(folder, fileName)
      if PosixFile.exists(candidate) { return RecordLocation(path: candidate, source: .found) }
      last = folder
      guard folder != "/" else { break }
      let parent = PosixFile.folder(of: folder)
      if parent == home || parent == folder { break }
      let parentDevice = deviceOf(parent)
      if device != nil && parentDevice != device { break }
      device = parentDevice
      folder = parent
    }
    return RecordLocation(path: join(start, fileName), source: .new(searched: last))
  }

  /// Records in the week folders next to the deck's folder (`../*/wbr-journal.jsonl`),
  /// sorted: a team's earlier weeks that each started a record of their own.
  public static func siblingRecords(deckPath: String?) -> [String] {
    let folder = absoluteFolder(of: deckPath)
    guard folder != "/" else { return [] }
    let parent = PosixFile.folder(of: folder)
    return subfolders(of: parent).filter { $0 != folder }.map { join($0, fileName) }.filter(PosixFile.exists)
  }

  /// The folders directly inside `folder`, sorted by name (hidden ones left out).
  public static func subfolders(of folder: String) -> [String] {
    names(in: folder).map { join(folder, $0) }.filter(PosixFile.isDirectory)
  }

  /// The names in `folder` (hidden ones left out), sorted.
  static func names(in folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var out: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { out.append(name) }
    }
    return out.sorted()
  }

  /// The absolute, symlink-free folder of `path` (the current folder when nil).
  public static func absoluteFolder(of path: String?) -> String {
    guard let path else { return resolved(".") }
    return resolved(PosixFile.folder(of: path))
  }

  /// `realpath(3)`, or the path made absolute when it cannot be resolved.
  public static func resolved(_ path: String) -> String {
    if let r = realpath(path, nil) {
      defer { free(r) }
      return String(cString: r)
    }
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return join(cwd, path)
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  private static func deviceOf(_ path: String) -> UInt64? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return UInt64(st.st_dev)
  }
}
