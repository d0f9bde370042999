import WBRModel
import WBRStore

/// Reads CSV into a `CSVTable`, a megabyte of the file at a time, each row split and its
/// cells kept as `ColumnUse` says as soon as the row is whole.
///
/// Hand-written rather than a library: it is several times faster than SwiftCSV and
/// CSV.swift on the 10 MB files `wbr build` must read in well under a second, and it keeps the
/// physical line of every row for error messages (measurements in docs/DECISIONS.md).
public enum CSVReader {
  /// Reads and splits the file at `path` (`-`: standard input); `InputError` names the file,
  /// line and problem. A file over `maxBytes` is refused unread, a stream once it passes it.
  /// `separator` is the field separator (a comma unless `--delimiter` says otherwise). `uses`,
  /// given the header, says what to keep of each column (everything when nil).
  public static func read(
    path: String, maxBytes: Int = LoadOptions().maxFileBytes, separator: UInt8 = UInt8(ascii: ","),
    uses: (([String]) -> [ColumnUse])? = nil
  ) throws(InputError) -> CSVTable {
    var stream = CSVStream(file: path, separator: separator, uses: uses)
    try FileBytes.read(path, maxBytes: maxBytes, chunk: 1 << 20) { (chunk, size) throws(InputError) in
      try stream.feed(chunk, fileSize: size)
    }
    return try stream.finish()
  }

  /// Splits `bytes` (the whole file) into header and rows.
  ///
  /// A row with fewer or more fields than the header is an error (`csv.short-row`,
  /// `csv.long-row`): padding a row that was cut short (a file still being written) would
  /// turn its missing cells into missing values and its cut number into a smaller one. Only
  /// empty fields from trailing separators are tolerated past the header's width.
  public static func parse(
    bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ","),
    uses: (([String]) -> [ColumnUse])? = nil
  ) throws(InputError) -> CSVTable {
    var stream = CSVStream(file: file, separator: separator, uses: uses)
    try bytes.withUnsafeBufferPointer { (b) throws(InputError) in try stream.feed(b, fileSize: bytes.count) }
    return try stream.finish()
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

  /// For a header read as one field: the separator it seems to use instead, as a hint.
  static func delimiterHint(_ field: String, separator: UInt8) -> String? {
    let candidates: [(Character, String, String)] = [
      (";", "semicolons", "';'"), ("\t", "tabs", "tab"), ("|", "vertical bars", "'|'"),
    ]
    for (c, name, option) in candidates where UInt8(ascii: c.unicodeScalars.first ?? ",") != separator {
      guard field.contains(c) else { continue }
      let n = field.split(separator: c, omittingEmptySubsequences: false).count
      return "expected fields separated by '\(Separators.name(separator))', found one header field holding "
        + "\(n) names separated by \(name); if the file uses \(name), pass --delimiter \(option)"
    }
    return nil
  }
}
