import Foundation
import WBRModel

/// A CSV file split into fields, kept as byte ranges into the file's bytes.
///
/// `wbr build` reads one column per metric out of files with a thousand columns; keeping
/// ranges and converting only the cells a metric asks for keeps reading fast and light.
/// RFC 4180 quoting is honoured (commas, doubled quotes and line breaks inside quotes); a
/// UTF-8 byte-order mark is skipped; `\n` and `\r\n` both end a row; blank lines are skipped.
public struct CSVTable: Sendable {
  /// The file's bytes (the BOM, if any, included; offsets account for it).
  public let bytes: [UInt8]
  /// Header names as written, in order.
  public let header: [String]
  /// Physical line (1-based) on which each data row starts.
  public let rowLines: [Int32]
  /// `rowCount × columnCount` field starts and ends (content only, quotes excluded).
  let starts: [Int32]
  let ends: [Int32]
  /// Per field: 1 when quoted content holds doubled quotes that need unescaping.
  let escaped: [UInt8]
  /// Fields actually present per row (rows shorter than the header are padded with blanks).
  public let fieldCounts: [Int32]
  /// First column of each header name (a thousand metrics look up a thousand columns).
  private let columnIndex: [String: Int]
  /// Where the cells came from when the table is not one CSV file as read (a query's result,
  /// the merge of `data_sources`); nil for a CSV file, whose lines are its places.
  public internal(set) var origin: TableOrigin?

  public var rowCount: Int { rowLines.count }
  public var columnCount: Int { header.count }

  init(
    bytes: [UInt8], header: [String], rowLines: [Int32], starts: [Int32], ends: [Int32],
    escaped: [UInt8], fieldCounts: [Int32], origin: TableOrigin? = nil
  ) {
    self.origin = origin
    self.bytes = bytes
    self.header = header
    self.rowLines = rowLines
    self.starts = starts
    self.ends = ends
    self.escaped = escaped
    self.fieldCounts = fieldCounts
    var index: [String: Int] = [:]
    for (i, name) in header.enumerated() where index[name] == nil { index[name] = i }
    self.columnIndex = index
  }

  /// Byte range of a field's content.
  @inline(__always)
  public func range(row: Int, column: Int) -> Range<Int> {
    let i = row * header.count + column
    return Int(starts[i])..<Int(ends[i])
  }

  /// A field as text (doubled quotes unescaped).
  public func string(row: Int, column: Int) -> String {
    let r = range(row: row, column: column)
    let s = String(decoding: bytes[r], as: UTF8.self)
    if escaped[row * header.count + column] != 0 {
      return s.replacingOccurrences(of: "\"\"", with: "\"")
    }
    return s
  }

  /// Index of the first column with this exact name.
  public func column(named name: String) -> Int? { columnIndex[name] }
}
