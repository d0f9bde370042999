import NIOCore
import PostgresNIO
import Testing
import WBRBuild

@testable import WBRPostgres

/// The server's binary values written back as PostgreSQL prints them, so that a query and a
/// `psql --csv` export of it read the same (docs/SOURCES.md, "How values are read").
@Suite struct PostgresTextTests {
  /// `numeric`'s binary form: count, weight, sign, scale, then base-10000 digits.
  func numeric(_ digits: [Int16], weight: Int16, negative: Bool = false, scale: Int16, sign: UInt16? = nil)
    -> String?
  {
    var b = NIOCore.ByteBuffer()
    b.writeInteger(Int16(digits.count))
    b.writeInteger(weight)
    b.writeInteger(sign ?? (negative ? 0x4000 : 0))
    b.writeInteger(scale)
    for d in digits { b.writeInteger(d) }
    return PostgresText.numeric(&b)
  }

  @Test func numericIsWrittenWithItsExactDigits() {
    #expect(numeric([523, 4190], weight: 1, scale: 0) == "5234190")
    #expect(numeric([12, 5000], weight: 0, negative: true, scale: 2) == "-12.50")
    #expect(numeric([1], weight: -1, scale: 4) == "0.0001")
    #expect(numeric([1234], weight: -2, scale: 8) == "0.00001234")
    #expect(numeric([2005, 2138, 1000], weight: -1, scale: 9) == "0.200521381")
    #expect(numeric([1], weight: 2, scale: 0) == "100000000")
    #expect(numeric([], weight: 0, scale: 3) == "0.000")
    #expect(numeric([], weight: 0, scale: 0, sign: 0xC000) == "NaN")
    #expect(numeric([3, 1415, 9265, 3589, 7932, 3846], weight: 0, scale: 20) == "3.14159265358979323846")
  }

  @Test func theTextReadsBackAsTheCSVWould() {
    for (digits, weight, scale, csv) in [
      ([Int16(2005), 2138, 1000], Int16(-1), Int16(9), "0.200521381"), ([Int16(4), 1874], 1, 0, "41,874"),
    ] {
      let text = numeric(digits, weight: weight, scale: scale) ?? ""
      #expect(NumberParser.parse(text) == NumberParser.parse(csv))
    }
    #expect(Double(Float(0.1).description) == 0.1)
  }

  @Test func datesAndTimestamps() {
    #expect(PostgresText.date(0) == "2000-01-01")
    #expect(PostgresText.date(7938) == "2021-09-25")
    #expect(PostgresText.date(-1) == "1999-12-31")
    #expect(PostgresText.date(.max) == "infinity")
    #expect(PostgresText.timestamp(7938 * 86_400_000_000, utc: false) == "2021-09-25 00:00:00")
    #expect(PostgresText.timestamp(7938 * 86_400_000_000, utc: true) == "2021-09-25T00:00:00Z")
    #expect(PostgresText.timestamp(-1, utc: false) == "1999-12-31 23:59:59.999999")
    #expect(PostgresText.timestamp(3_723_000_500, utc: false) == "2000-01-01 01:02:03.000500")
    let midnight = DateParser.parse(Substring(PostgresText.timestamp(7938 * 86_400_000_000, utc: true)))
    #expect(midnight?.description == "2021-09-25")
  }
}
