/// `wbr commitments`: commitments across the weeks of a series, an owner's to-do list.
public struct CommitmentList: Sendable, Equatable {
  /// Which commitments.
  public enum Filter: String, Sendable, Equatable {
    case all, open, overdue
  }

  /// One commitment as listed.
  public struct Item: Sendable, Equatable {
    public var commitment: Commitment
    public var ownerName: String
    public var overdue: Bool
  }

  /// Everything after this meeting: the latest the record knows.
  public var asOf: Day?
  public var series: SeriesIdentity?
  public var items: [Item]

  /// The commitments of `record` as they stand after its latest meeting, named as that
  /// meeting saw their owners (else by `owners`, else by id), in the order they were agreed.
  /// - Parameter owner: an owner id or name (case ignored); nil for everyone.
  public init(
    record: MeetingRecord, owners: OwnersFile = OwnersFile(), owner: String? = nil, filter: Filter = .all
  ) {
    let latest = record.meetingWeeks.last
    asOf = latest
    series = record.series
    var names: [String: String] = [:]
    for p in owners.owners { names[p.id] = p.name }
    for m in record.meetings { for p in m.owners?.people ?? [] { names[p.id] = p.name } }
    let after = latest?.adding(days: 1)
    let wanted = owner.map { $0.lowercased() }
    items = record.commitments.compactMap { c in
      let name = c.owner.map { names[$0] ?? $0 } ?? "Unassigned"
      if let wanted, c.owner?.lowercased() != wanted, name.lowercased() != wanted { return nil }
      let overdue = after.map { record.isOverdue(c, at: $0) } ?? false
      switch filter {
      case .all: break
      case .open: if c.status != .open { return nil }
      case .overdue: if !overdue { return nil }
      }
      return Item(commitment: c, ownerName: name, overdue: overdue)
    }
  }

  /// What became of it, in words: "open", "overdue", "done in 2026-11-14: note",
  /// "dropped in 2026-11-14: reason".
  public static func state(_ item: Item) -> String {
    let c = item.commitment
    switch c.status {
    case .open: return item.overdue ? "overdue" : "open"
    case .done:
      return "done in \(c.closedWeek?.description ?? "?")"
        + (c.doneNote.map { ": " + NotesText.oneLine($0) } ?? "")
    case .dropped:
      return "dropped in \(c.closedWeek?.description ?? "?")"
        + (c.dropReason.map { ": " + NotesText.oneLine($0) } ?? "")
    }
  }

  /// "agreed 2026-11-07, due 2026-11-21, carried 2×".
  public static func facts(_ c: Commitment) -> String {
    "agreed \(c.createdWeek), due \(c.due)" + (c.carryCount > 0 ? ", carried \(c.carryCount)×" : "")
  }

  /// Grouped by owner, in the order of each owner's first commitment.
  public var byOwner: [(name: String, items: [Item])] {
    var order: [String] = []
    var groups: [String: [Item]] = [:]
    for item in items {
      if groups[item.ownerName] == nil { order.append(item.ownerName) }
      groups[item.ownerName, default: []].append(item)
    }
    return order.map { ($0, groups[$0] ?? []) }
  }
}
