import Foundation
import WBRModel

/// Builds events for the record, journal and notes tests (the file tests' `StoreFixture` is in
/// WBRStoreTests).
enum RecordFixture {
  static let w1 = Day(year: 2026, month: 11, day: 7) ?? Day(ordinal: 0)
  static let w2 = w1.adding(days: 7)
  static let w3 = w1.adding(days: 14)

  /// A stamper for meeting `week` with session `session` (ids `s1-1`, `s1-2`…) and a fixed
  /// clock two days after the week ends, 15:00 UTC.
  static func stamper(week: Day, session: String = "s1", by: String = "lead") -> EventStamper {
    let at = Date(timeIntervalSince1970: Double(week.ordinal + 2) * 86_400 + 15 * 3600)
    return EventStamper(by: by, week: week, session: session, clock: { at })
  }

  /// Folds changes made in order, one stamper per week.
  static func record(_ steps: [(Day, RecordChange)]) -> MeetingRecord {
    var stamper = self.stamper(week: w1)
    var record = MeetingRecord()
    for (week, change) in steps {
      stamper.week = week
      record = record.applying(stamper.event(change))
    }
    return record
  }

  static func draft(_ id: String, _ text: String, owner: String? = "ana", due: Day) -> CommitmentDraft {
    CommitmentDraft(id: id, text: text, owner: owner, due: due)
  }
}
