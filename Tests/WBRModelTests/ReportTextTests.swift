import Foundation
import Testing
import WBRModel

/// The text report's layout rules on small hand-made decks.
@Suite struct ReportTextTests {
  static let week = Day(year: 2026, month: 11, day: 21) ?? Day(ordinal: 0)

  static func metric(_ id: String, name: String, owner: String?, values: [Double?]) -> Metric {
    let points = values.enumerated().map { i, v in
      WeeklyPoint(weekEnding: week.adding(days: -7 * (values.count - 1 - i)), value: v)
    }
    return Metric(id: id, name: name, kind: .input, owner: owner, format: "##", weekly: points)
  }

  static func report(_ metrics: [Metric], owners: [Owner] = []) -> DeckReport {
    let deck = Deck(title: "Test WBR", weekEnding: week, metrics: metrics)
    return DeckReport(deck: deck, owners: OwnersFile(owners: owners))
  }

  static func rows(_ text: String, containing names: [String]) -> [String] {
    names.compactMap { n in text.components(separatedBy: "\n").first { $0.contains(n) } }
  }

  @Test func wideOwnerNamesKeepTheColumnsAligned() throws {
    let values: [Double?] = [10, 11, 12, 11, 10, 12, 11, 1234]
    let report = Self.report(
      [
        Self.metric("a", name: "Alpha", owner: "wang", values: values),
        Self.metric("b", name: "Beta", owner: "zoe", values: values),
      ],
      owners: [
        Owner(id: "wang", name: "\u{738B}\u{5C0F}\u{660E}"), Owner(id: "zoe", name: "Zo\u{00EB} \u{00D8}"),
      ])
    let rows = Self.rows(ReportText.render(report), containing: ["Alpha", "Beta"])
    try #require(rows.count == 2)
    // Same cells apart from name and owner, so equal display width means aligned columns.
    #expect(rows[0].displayWidth == rows[1].displayWidth)
    let before = rows.map { String($0[..<($0.range(of: "1,234")?.lowerBound ?? $0.endIndex)]).displayWidth }
    #expect(before[0] == before[1])
    #expect(rows[0].count != rows[1].count)  // the CJK row really is shorter in characters
  }

  @Test func controlCharactersFromTheFileAreMadeVisible() {
    let report = Self.report([
      Self.metric("a", name: "Evil\u{1B}]0;owned\u{07}name", owner: "x\u{1B}[2J", values: [1, 2])
    ])
    let text = ReportText.render(report)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(text.contains("Evil\\u{1B}]0;owned\\u{7}name"))
  }

  @Test func missingCurrentWeekIsNotAvailableNotZero() {
    let report = Self.report([Self.metric("a", name: "Alpha", owner: nil, values: [5, 6, nil])])
    let row = Self.rows(ReportText.render(report), containing: ["Alpha"]).first ?? ""
    #expect(row.contains("n/a"))
    #expect(!row.contains("-100"))
    #expect(row.hasSuffix("data.missing data.short"))
    #expect(row.contains("(no owner)"))
  }

  @Test func aDeckWithoutAnomaliesSaysSo() {
    let report = Self.report([Self.metric("a", name: "Alpha", owner: nil, values: [5, 6, 5, 6, 5, 6, 5, 6])])
    #expect(ReportText.render(report).hasSuffix("No anomalies this week.\n"))
  }

  @Test func signalsAreListedUnderTheirMetricWithStrengthAndDirection() {
    let values: [Double?] = [120, 118, 125, 122, 119, 124, 121, 117, 123, 126, 120, 158]
    let report = Self.report([Self.metric("m", name: "Worked example", owner: nil, values: values)])
    let lines = ReportText.render(report).components(separatedBy: "\n")
    let row = lines.firstIndex { $0.contains("Worked example") } ?? 0
    #expect(lines[row].hasPrefix("! "))
    #expect(lines[row + 1].hasPrefix("      xmr.limit     3 good"))
    #expect(lines[row + 1].contains("158 is above the upper natural process limit 132.5"))
    #expect(lines[row + 2].hasPrefix("      xmr.range     3 good"))
  }
}
