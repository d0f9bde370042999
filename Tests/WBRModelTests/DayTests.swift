import Testing
import WBRModel

@Suite struct DayTests {
  @Test func roundTripsISODates() throws {
    let d = try #require(Day(iso: "2026-11-21"))
    #expect(d.description == "2026-11-21")
    #expect(d.adding(days: -364).description == "2025-11-22")
    #expect(d.isoWeekday == 6)
  }

  @Test func refusesImpossibleDates() {
    #expect(Day(iso: "2026-02-29") == nil)
    #expect(Day(iso: "2024-02-29") != nil)
    #expect(Day(iso: "2026-1-01") == nil)
  }

  @Test func monthArithmetic() throws {
    let m = try #require(YearMonth(iso: "2026-01"))
    #expect(m.adding(months: -1).description == "2025-12")
    #expect(m.adding(months: -12).description == "2025-01")
  }
}
