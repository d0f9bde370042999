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
  private static let lf = UInt8(ascii: "\n")
  private static let cr = UInt8(ascii: "\r")

  /// Reads and splits the file at `path` (`-`: standard input); `InputError` names the file,
  /// line and problem. A file over `maxBytes` is refused unread, a stream once it passes it.
  /// `separator` is the field separator (a comma unless `--delimiter` says otherwise).
  public static func read(
    path: String, maxBytes: Int = LoadOptions().maxFileBytes, separator: UInt8 = UInt8(ascii: ",")
  ) throws(InputError) -> CSVTable {
    let bytes =
      path == FileBytes.standardInput
      ? try FileBytes.readStandardInput(maxBytes: maxBytes) : try FileBytes.read(path, maxBytes: maxBytes)
    return try parse(bytes: bytes, file: path, separator: separator)
  }

  /// Splits `bytes` (the whole file) into header and rows.
  ///
  /// A row with fewer or more fields than the header is an error (`csv.short-row`,
  /// `csv.long-row`): padding a row that was cut short (a file still being written) would
  /// turn its missing cells into missing values and its cut number into a smaller one. Only
  /// empty fields from trailing separators are tolerated past the header's width.
  public static func parse(
    bytes: [UInt8], file: String, separator: UInt8 = UInt8(ascii: ",")
  ) throws(InputError) -> CSVTable {
    var pos = 0
    // Byte-order marks, even doubled ones (a file concatenated with its own BOM).
    while pos + 3 <= bytes.count, bytes[pos] == 0xEF, bytes[pos + 1] == 0xBB, bytes[pos + 2] == 0xBF {
      pos += 3
    }
    let bomEnd = pos
    var line: Int32 = 1
    var headerStarts: [Int32] = []
    var headerEnds: [Int32] = []
    var headerEscaped: [UInt8] = []
    // Skip blank lines before the header.
    while pos < bytes.count, bytes[pos] == lf || bytes[pos] == cr {
      if bytes[pos] == lf { line += 1 }
      pos += 1
    }
    guard bytes[pos...].contains(where: { !Self.isSpace($0) }) else {
      let what = bomEnd == bytes.count ? "an empty file" : "only blank lines and spaces"
      throw InputError.refused(
        .csvEmpty, file, line: 1, "expected a header row starting with Date, found \(what)")
    }
    let separators = Separators(separator)
    try splitRow(bytes, &pos, &line, &headerStarts, &headerEnds, &headerEscaped, separators, file: file)
    var header: [String] = []
    for i in headerStarts.indices {
      var s = String(decoding: bytes[Int(headerStarts[i])..<Int(headerEnds[i])], as: UTF8.self)
      if headerEscaped[i] != 0 { s = s.replacingOccurrences(of: "\"\"", with: "\"") }
      header.append(s)
    }
    if header.count == 1, let hint = delimiterHint(header[0], separator: separator) {
      throw InputError.refused(.csvDelimiter, file, line: Int(line) - 1, hint)
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
    var widthErrors = WidthErrors(file: file, width: width)
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
      try splitRow(bytes, &pos, &line, &rowStarts, &rowEnds, &rowEscaped, separators, file: file)
      if rowStarts.count > width {
        // Empty fields from trailing separators are tolerated.
        if let extra = (width..<rowStarts.count).first(where: { rowEnds[$0] > rowStarts[$0] }) {
          widthErrors.long(bytes, line: rowLine, fields: rowStarts.count, at: Int(rowStarts[extra]))
        }
      } else if rowStarts.count < width {
        widthErrors.short(
          bytes, line: rowLine, fields: rowStarts.count, end: Int(rowEnds.last ?? 0), last: pos >= bytes.count
        )
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
    try widthErrors.throwIfAny()
    return CSVTable(
      bytes: bytes, header: header, rowLines: rowLines, starts: starts, ends: ends,
      escaped: escaped, fieldCounts: counts)
  }

  private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == lf || b == cr }

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

  /// Splits one row starting at `pos`; leaves `pos` after its line break.
  private static func splitRow(
    _ bytes: [UInt8], _ pos: inout Int, _ line: inout Int32, _ starts: inout [Int32],
    _ ends: inout [Int32], _ escaped: inout [UInt8], _ separators: Separators, file: String
  ) throws(InputError) {
    let count = bytes.count
    let comma = separators.byte
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
            throw InputError.refused(
              .csvUnclosedQuote, file, line: Int(startLine),
              "expected a closing quote, found the end of the file")
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
}
