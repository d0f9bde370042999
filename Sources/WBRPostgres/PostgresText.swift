import Foundation
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
    guard var buffer = cell.bytes else { return nil }
    if cell.format == .text { return buffer.readBytes(length: buffer.readableBytes) ?? [] }
    switch cell.dataType {
    case .text, .varchar, .bpchar, .name, .unknown, .char:
      return buffer.readBytes(length: buffer.readableBytes) ?? []
    case .bool:
      return Array((buffer.readInteger(as: UInt8.self) == 1 ? "t" : "f").utf8)
    case .int2:
      return buffer.readInteger(as: Int16.self).map { Array(String($0).utf8) }
    case .int4:
      return buffer.readInteger(as: Int32.self).map { Array(String($0).utf8) }
    case .int8:
      return buffer.readInteger(as: Int64.self).map { Array(String($0).utf8) }
    case .oid:
      return buffer.readInteger(as: UInt32.self).map { Array(String($0).utf8) }
    case .float4:
      return buffer.readInteger(as: UInt32.self).map { Array(Float(bitPattern: $0).description.utf8) }
    case .float8:
      return buffer.readInteger(as: UInt64.self).map { Array(Double(bitPattern: $0).description.utf8) }
    case .numeric:
      return numeric(&buffer).map { Array($0.utf8) }
    case .date:
      return buffer.readInteger(as: Int32.self).map { Array(date($0).utf8) }
    case .timestamp, .timestamptz:
      return buffer.readInteger(as: Int64.self).map {
        Array(timestamp($0, utc: cell.dataType == .timestamptz).utf8)
      }
    default:
      throw SourceFailure(
        .columnType,
        "column '\(cell.columnName)' is of type \(cell.dataType.knownSQLName ?? "oid \(cell.dataType.rawValue)"), "
          + "which wbr does not read; cast it in the query (::numeric for a number, ::date for a date, ::text "
          + "for text)")
    }
  }

  /// PostgreSQL's `numeric` from its binary form (base-10000 digits, a weight, a sign and the
  /// number of decimals to show), written as the server writes it: `-12.50`, `0.0001`, `NaN`.
  static func numeric(_ buffer: inout ByteBuffer) -> String? {
    guard let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
      let sign = buffer.readInteger(as: UInt16.self), let scale = buffer.readInteger(as: Int16.self)
    else { return nil }
    switch sign {
    case 0xC000: return "NaN"
    case 0xD000: return "Infinity"
    case 0xF000: return "-Infinity"
    default: break
    }
    var digits: [Int] = []
    for _ in 0..<max(0, Int(count)) {
      guard let d = buffer.readInteger(as: Int16.self) else { return nil }
      digits.append(Int(d))
    }
    func digit(_ i: Int) -> Int { i >= 0 && i < digits.count ? digits[i] : 0 }
    func four(_ n: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
    var out = sign == 0x4000 ? "-" : ""
    if weight < 0 {
      out += "0"
    } else {
      out += String(digit(0))
      if weight > 0 { for i in 1...Int(weight) { out += four(digit(i)) } }
    }
    if scale > 0 {
      var fraction = ""
      var i = Int(weight) + 1
      while fraction.count < Int(scale) {
        fraction += four(digit(i))
        i += 1
      }
      out += "." + fraction.prefix(Int(scale))
    }
    return out
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
