import Foundation
import WBRModel

/// Scratch folders, files and stamped events for the store's tests (the events as
/// `RecordFixture` in WBRModelTests makes them: weeks from 2026-11-07, a fixed clock).
enum StoreFixture {
  static let w1 = Day(year: 2026, month: 11, day: 7) ?? Day(ordinal: 0)
  static let w2 = w1.adding(days: 7)
  static let w3 = w1.adding(days: 14)

  /// A stamper for meeting `week` with session `session` (ids `s1-1`, `s1-2`…) and a fixed
  /// clock two days after the week ends, 15:00 UTC.
  static func stamper(week: Day, session: String = "s1", by: String = "lead") -> EventStamper {
    let at = Date(timeIntervalSince1970: Double(week.ordinal + 2) * 86_400 + 15 * 3600)
    return EventStamper(by: by, week: week, session: session, clock: { at })
  }

  static func draft(_ id: String, _ text: String, owner: String? = "ana", due: Day) -> CommitmentDraft {
    CommitmentDraft(id: id, text: text, owner: owner, due: due)
  }

  /// A fresh empty folder under the system's temporary folder.
  static func tempFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.path + "/wbr-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func read(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  static func write(_ text: String, to path: String) throws {
    try text.write(toFile: path, atomically: false, encoding: .utf8)
  }

  /// A valid one-metric deck (as `deckText()` in WBRModelTests writes it).
  static let oneMetricDeck = """
    {
      "format": "wbr-deck", "version": 1,
      "title": "Retail WBR", "week_ending": "2026-11-21",
      "metrics": [
        {
          "id": "sales", "name": "Sales", "kind": "output",
          "weekly": [{ "week_ending": "2026-11-14", "value": 10 }, { "week_ending": "2026-11-21", "value": 12 }]
        }
      ]
    }
    """
}
