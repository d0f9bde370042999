import Foundation
import NIOCore
import PostgresNIO
import WBRBuild
import WBRModel

/// A value the server sent, turned into the text the CSV path would have read for it, so that
/// a query and `psql --csv` of the same query give the same deck.
///
/// postgres-nio asks for every result in PostgreSQL's binary format; each type wbr reads is
/// written back as PostgreSQL writes it as text: `numeric` as its exact decimal digits,
/// integers in decimal, `real` and `double precision` in their shortest exact form (as the
/// server does since version 12), `date` as `YYYY-MM-DD`, timestamps at their UTC time, text
/// as it is. NULL is no text at all (missing, never zero). Any other type is refused with a
/// hint to cast it: a guess at an unknown binary layout could be a wrong number.
enum PostgresText {
  /// The text of `cell`; nil for NULL; throws `.columnType` for a type wbr does not read.
  static func text(_ cell: PostgresCell) throws(SourceFailure) -> [UInt8]? {
    guard cell.bytes != nil else { return nil }
    var out: [UInt8] = []
    try write(cell, into: &out)
    return out
  }

  /// Appends the text of `cell` to `out` (nothing for NULL).
  static func write(_ cell: PostgresCell, into out: inout [UInt8]) throws(SourceFailure) {
    guard var buffer = cell.bytes else { return }
    if cell.format == .text {
      out.append(contentsOf: buffer.readableBytesView)
      return
    }
    switch cell.dataType {
    case .text, .varchar, .bpchar, .name, .unknown, .char:
      out.append(contentsOf: buffer.readableBytesView)
    case .bool:
      out.append(buffer.readInteger(as: UInt8.self) == 1 ? UInt8(ascii: "t") : UInt8(ascii: "f"))
    case .int2:
      if let v = buffer.readInteger(as: Int16.self) { integer(Int64(v), &out) }
    case .int4:
      if let v = buffer.readInteger(as: Int32.self) { integer(Int64(v), &out) }
    case .int8:
      if let v = buffer.readInteger(as: Int64.self) { integer(v, &out) }
    case .oid:
      if let v = buffer.readInteger(as: UInt32.self) { integer(Int64(v), &out) }
    case .float4:
      if let v = buffer.readInteger(as: UInt32.self) {
        out.append(contentsOf: Float(bitPattern: v).description.utf8)
      }
    case .float8:
      if let v = buffer.readInteger(as: UInt64.self) {
        out.append(contentsOf: Double(bitPattern: v).description.utf8)
      }
    case .numeric:
      numeric(&buffer, into: &out)
    case .date:
      if let v = buffer.readInteger(as: Int32.self) { out.append(contentsOf: date(v).utf8) }
    case .timestamp, .timestamptz:
      if let v = buffer.readInteger(as: Int64.self) {
        out.append(contentsOf: timestamp(v, utc: cell.dataType == .timestamptz).utf8)
      }
    default:
      throw SourceFailure(
        .columnType,
        "column '\(cell.columnName)' is of type \(cell.dataType.knownSQLName ?? "oid \(cell.dataType.rawValue)"), "
          + "which wbr does not read; cast it in the query (::numeric for a number, ::date for a date, ::text "
          + "for text)")
    }
  }

  /// An integer in decimal.
  static func integer(_ v: Int64, _ out: inout [UInt8]) {
    if v < 0 { out.append(UInt8(ascii: "-")) }
    var m = v.magnitude
    let start = out.count
    repeat {
      out.append(UInt8(48 + m % 10))
      m /= 10
    } while m > 0
    out[start...].reverse()
  }

  /// `numeric` as text (for tests and messages).
  static func numeric(_ buffer: inout NIOCore.ByteBuffer) -> String? {
    var out: [UInt8] = []
    guard numeric(&buffer, into: &out) else { return nil }
    return String(decoding: out, as: UTF8.self)
  }

  /// PostgreSQL's `numeric` from its binary form (base-10000 digits, a weight, a sign and the
  /// number of decimals to show), written as the server writes it: `-12.50`, `0.0001`, `NaN`.
  /// The digits are read in order, as they are written.
  @discardableResult
  static func numeric(_ buffer: inout NIOCore.ByteBuffer, into out: inout [UInt8]) -> Bool {
    guard let count16 = buffer.readInteger(as: Int16.self), let weight16 = buffer.readInteger(as: Int16.self),
      let sign = buffer.readInteger(as: UInt16.self), let scale16 = buffer.readInteger(as: Int16.self)
    else { return false }
    switch sign {
    case 0xC000: out.append(contentsOf: "NaN".utf8)
    case 0xD000: out.append(contentsOf: "Infinity".utf8)
    case 0xF000: out.append(contentsOf: "-Infinity".utf8)
    default:
      let count = Int(count16)
      let weight = Int(weight16)
      let scale = Int(scale16)
      func digit(_ i: Int) -> Int {
        guard i >= 0, i < count else { return 0 }
        return Int(buffer.readInteger(as: Int16.self) ?? 0)
      }
      func four(_ d: Int, _ limit: Int) {
        if limit > 0 { out.append(UInt8(48 + d / 1000)) }
        if limit > 1 { out.append(UInt8(48 + d / 100 % 10)) }
        if limit > 2 { out.append(UInt8(48 + d / 10 % 10)) }
        if limit > 3 { out.append(UInt8(48 + d % 10)) }
      }
      if sign == 0x4000 { out.append(UInt8(ascii: "-")) }
      if weight < 0 {
        out.append(UInt8(ascii: "0"))
      } else {
        integer(Int64(digit(0)), &out)
        if weight > 0 { for i in 1...weight { four(digit(i), 4) } }
      }
      if scale > 0 {
        out.append(UInt8(ascii: "."))
        var written = 0
        var i = weight + 1
        while written < scale {
          let n = min(4, scale - written)
          four(digit(i), n)
          written += n
          i += 1
        }
      }
    }
    return true
  }

  /// Days since 2000-01-01 as `YYYY-MM-DD`; PostgreSQL's infinite dates as words (not dates).
  static func date(_ days: Int32) -> String {
    if days == .max { return "infinity" }
    if days == .min { return "-infinity" }
    return epoch.adding(days: Int(days)).description
  }

  /// Microseconds since 2000-01-01 00:00 as `YYYY-MM-DD HH:MM:SS[.ffffff]` (with `Z` for a
  /// `timestamptz`, which the server sends in UTC).
  static func timestamp(_ micros: Int64, utc: Bool) -> String {
    if micros == .max { return "infinity" }
    if micros == .min { return "-infinity" }
    let perDay: Int64 = 86_400_000_000
    var days = micros / perDay
    var rest = micros % perDay
    if rest < 0 {
      days -= 1
      rest += perDay
    }
    let seconds = rest / 1_000_000
    let fraction = rest % 1_000_000
    func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var out =
      "\(epoch.adding(days: Int(days))) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    if fraction > 0 {
      let f = String(fraction)
      out += "." + String(repeating: "0", count: 6 - f.count) + f
    }
    if utc { out = out.replacingOccurrences(of: " ", with: "T") + "Z" }
    return out
  }

  static let epoch = Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0)
}
