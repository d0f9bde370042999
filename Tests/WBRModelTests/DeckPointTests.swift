import Testing

@testable import WBRModel

/// Points are kept in 16 bytes each and give back what they were made with.
@Suite struct DeckPointTests {
  @Test func pointsTakeSixteenBytes() {
    #expect(MemoryLayout<WeeklyPoint>.stride == 16)
    #expect(MemoryLayout<MonthlyPoint>.stride == 16)
  }

  @Test func weeklyPointsGiveBackTheirFields() throws {
    for iso in ["0001-01-01", "1969-12-31", "2026-11-21", "9999-12-31"] {
      let day = try #require(Day(iso: iso))
      for value in [nil, 0, -0.0, 1.5, -2e300, Double.greatestFiniteMagnitude] as [Double?] {
        for days in [nil, 0, 1, 6, 30] as [Int?] {
          let p = WeeklyPoint(weekEnding: day, value: value, days: days)
          #expect(p.weekEnding == day && p.value == value && p.days == days)
        }
      }
    }
    var p = WeeklyPoint(weekEnding: Day(ordinal: 0), value: 3)
    p.value = nil
    #expect(p == WeeklyPoint(weekEnding: Day(ordinal: 0), value: nil))
    p.days = 4
    #expect(p != WeeklyPoint(weekEnding: Day(ordinal: 0), value: nil))
  }

  @Test func monthlyPointsGiveBackTheirFields() {
    for month in [
      YearMonth(year: 0, month: 1), YearMonth(year: 2026, month: 12), YearMonth(year: 9999, month: 7),
    ] {
      for value in [nil, 42.25] as [Double?] {
        let p = MonthlyPoint(month: month, value: value, days: value == nil ? nil : 17)
        #expect(p.month == month && p.value == value && p.days == (value == nil ? nil : 17))
      }
    }
  }
}

/// The reader's month cache reads every date as `DocumentReader.isoDay` does, in any order.
@Suite struct DayCacheTests {
  @Test func readsWhatIsoDayReads() {
    var texts: [String] = []
    for year in ["1900", "2000", "2023", "2024", "9999", "0000"] {
      for month in ["00", "01", "02", "04", "12", "13", "1x"] {
        for day in ["00", "01", "28", "29", "30", "31", "32", "x1"] {
          texts.append("\(year)-\(month)-\(day)")
        }
      }
    }
    texts += ["2024-02-29", "2023-02-29", "2024/02/01", "2024-2-01", "2024-02-1", "", "2024-02-010"]
    var cache = DayCache()
    // Forwards, backwards and shuffled, so the cache is both hit and missed.
    for list in [
      texts, texts.reversed(),
      texts.enumerated().sorted { ($0.offset * 7919) % 97 < ($1.offset * 7919) % 97 }.map(\.element),
    ] {
      for text in list {
        let bytes = Array(text.utf8)
        let want = bytes.withUnsafeBufferPointer { DocumentReader.isoDay($0) }
        let got = bytes.withUnsafeBufferPointer { cache.day($0) }
        #expect(got == want, "\(text)")
      }
    }
  }
}
