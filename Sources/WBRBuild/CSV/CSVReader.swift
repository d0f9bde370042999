import Foundation
import WBRModel
import WBRStore

/// Splits CSV bytes into a `CSVTable` in one pass over the bytes.
///
/// Hand-written rather than a library: it is several times faster than SwiftCSV and
/// CSV.swift on the 10 MB files `wbr build` must read in well under a second, and it keeps the
/// physical line of every row for error messages (measurements in docs/DECISIONS.md).
public enum CSVReader {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")

  /// Reads and splits the file at `path` (`-`: standard input); `InputError` names the file,
  /// line and problem. A file over `maxBytes` is refused unread, a stream once it passes it.
  public static func read(path: String, maxBytes: Int = LoadOptions().maxFileBytes) throws(InputError)
    -> CSVTable
  {
    if path == FileBytes.standardInput {
      return try parse(bytes: FileBytes.readStandardInput(maxBytes: maxBytes), file: path)
    }
    return try parse(bytes: FileBytes.read(path, maxBytes: maxBytes), file: path)
  }

  /// Splits `bytes` (the whole file) into header and rows.
  public static func parse(bytes: [UInt8], file: String) throws(InputError) -> CSVTable {
    var pos = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    var line: Int32 = 1
    var headerStarts: [Int32] = []
    var headerEnds: [Int32] = []
    var headerEscaped: [UInt8] = []
    // Skip blank lines before the header.
    while pos < bytes.count, bytes[pos] == lf || bytes[pos] == cr {
      if bytes[pos] == lf { line += 1 }
      pos += 1
    }
    guard pos < bytes.count else {
      throw refuse(file, line: 1, "expected a header row starting with Date, found an empty file")
    }
    try splitRow(
      bytes, &pos, &line, &headerStarts, &headerEnds, &headerEscaped, file: file)
    var header: [String] = []
    for i in headerStarts.indices {
      var s = String(decoding: bytes[Int(headerStarts[i])..<Int(headerEnds[i])], as: UTF8.self)
      if headerEscaped[i] != 0 { s = s.replacingOccurrences(of: "\"\"", with: "\"") }
      header.append(s)
    }
    let width = header.count
    // Rough capacity: one field per ~8 bytes.
    var starts: [Int32] = []
    var ends: [Int32] = []
    var escaped: [UInt8] = []
    var rowLines: [Int32] = []
    var counts: [Int32] = []
    let estimate = max(16, bytes.count / 8)
    starts.reserveCapacity(estimate)
    ends.reserveCapacity(estimate)
    escaped.reserveCapacity(estimate)
    var rowStarts: [Int32] = []
    var rowEnds: [Int32] = []
    var rowEscaped: [UInt8] = []
    rowStarts.reserveCapacity(width)
    rowEnds.reserveCapacity(width)
    rowEscaped.reserveCapacity(width)
    while pos < bytes.count {
      let c = bytes[pos]
      if c == lf || c == cr {  // blank line
        if c == lf { line += 1 }
        pos += 1
        continue
      }
      let rowLine = line
      rowStarts.removeAll(keepingCapacity: true)
      rowEnds.removeAll(keepingCapacity: true)
      rowEscaped.removeAll(keepingCapacity: true)
      try splitRow(bytes, &pos, &line, &rowStarts, &rowEnds, &rowEscaped, file: file)
      if rowStarts.count > width {
        // A trailing empty field from a trailing comma is tolerated.
        let extraNonEmpty = (width..<rowStarts.count).contains { rowEnds[$0] > rowStarts[$0] }
        if extraNonEmpty {
          throw refuse(
            file, line: Int(rowLine),
            "expected \(width) fields as in the header, found \(rowStarts.count)")
        }
      }
      let n = min(rowStarts.count, width)
      starts.append(contentsOf: rowStarts[0..<n])
      ends.append(contentsOf: rowEnds[0..<n])
      escaped.append(contentsOf: rowEscaped[0..<n])
      if n < width {
        starts.append(contentsOf: repeatElement(0, count: width - n))
        ends.append(contentsOf: repeatElement(0, count: width - n))
        escaped.append(contentsOf: repeatElement(0, count: width - n))
      }
      rowLines.append(rowLine)
      counts.append(Int32(n))
    }
    return CSVTable(
      bytes: bytes, header: header, rowLines: rowLines, starts: starts, ends: ends,
      escaped: escaped, fieldCounts: counts)
  }

  /// Splits one row starting at `pos`; leaves `pos` after its line break.
  private static func splitRow(
    _ bytes: [UInt8], _ pos: inout Int, _ line: inout Int32, _ starts: inout [Int32],
    _ ends: inout [Int32], _ escaped: inout [UInt8], file: String
  ) throws(InputError) {
    let count = bytes.count
    try bytes.withUnsafeBufferPointer { (b) throws(InputError) in
      var p = pos
      while true {
        if p < count, b[p] == quote {
          let startLine = line
          p += 1
          let start = p
          var hasEscape: UInt8 = 0
          var closed = false
          while p < count {
            let c = b[p]
            if c == quote {
              if p + 1 < count, b[p + 1] == quote {
                hasEscape = 1
                p += 2
                continue
              }
              closed = true
              break
            }
            if c == lf { line += 1 }
            p += 1
          }
          if !closed {
            throw refuse(file, line: Int(startLine), "expected a closing quote, found the end of the file")
          }
          starts.append(Int32(start))
          ends.append(Int32(p))
          escaped.append(hasEscape)
          p += 1  // closing quote
          // Anything between the closing quote and the separator is ignored, as most readers do.
          while p < count, b[p] != comma, b[p] != lf, b[p] != cr { p += 1 }
        } else {
          let start = p
          while p < count {
            let c = b[p]
            if c == comma || c == lf || c == cr { break }
            p += 1
          }
          starts.append(Int32(start))
          ends.append(Int32(p))
          escaped.append(0)
        }
        if p >= count { break }
        let c = b[p]
        if c == comma {
          p += 1
          continue
        }
        // End of row: \n, \r\n or a lone \r.
        if c == cr {
          p += 1
          if p < count, b[p] == lf { p += 1 }
        } else {
          p += 1
        }
        line += 1
        break
      }
      pos = p
    }
  }

  static func refuse(_ file: String, line: Int, _ message: String) -> InputError {
    InputError(
      kind: .refused,
      diagnostics: [Diagnostic(severity: .error, file: file, line: line, message: message)])
  }
}
