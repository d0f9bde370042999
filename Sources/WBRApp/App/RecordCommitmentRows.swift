import WBRModel

/// The commitments screen's rows: earlier meetings' commitments under review, grouped by
/// owner, then this meeting's new ones, grouped by owner. Shared by update (the cursor moves
/// over the commitment rows) and the view.
struct CommitmentRow: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    /// "Open from earlier meetings (3)".
    case section(String)
    /// An owner's name heading a group.
    case owner(String)
    /// A commitment; `earlier` when it comes from an earlier meeting.
    case item(Commitment, earlier: Bool)
    /// A line of explanation where a section is empty.
    case note(String)
  }
  var kind: Kind

  var commitment: Commitment? {
    if case .item(let c, _) = kind { return c }
    return nil
  }
}

enum CommitmentRows {
  /// - Complexity: O(commitments).
  static func rows(_ state: AppState) -> [CommitmentRow] {
    let record = state.meeting.record
    let week = state.meeting.week
    let earlier = record.commitmentsUnderReview(in: week)
    let new = record.commitments.filter { $0.createdWeek == week }
    var rows: [CommitmentRow] = []
    let open = earlier.filter { $0.status == .open }.count
    rows.append(CommitmentRow(kind: .section("From earlier meetings: \(open) open of \(earlier.count)")))
    if earlier.isEmpty {
      rows.append(CommitmentRow(kind: .note("Nothing open from earlier meetings")))
    }
    rows += grouped(earlier, earlier: true, state.content)
    rows.append(CommitmentRow(kind: .section("New in this meeting: \(new.count)")))
    if new.isEmpty {
      rows.append(CommitmentRow(kind: .note("None yet: a adds one (on a metric, it is linked to it)")))
    }
    rows += grouped(new, earlier: false, state.content)
    return rows
  }

  /// Row indices of the commitments, in screen order: what the cursor moves over.
  static func selectable(_ rows: [CommitmentRow]) -> [Int] {
    rows.indices.filter { rows[$0].commitment != nil }
  }

  /// The commitment under the cursor, if any.
  static func selected(_ state: AppState) -> Commitment? {
    let rows = rows(state)
    let items = selectable(rows)
    guard items.indices.contains(state.meeting.commitmentCursor) else { return nil }
    return rows[items[state.meeting.commitmentCursor]].commitment
  }

  /// Groups by owner in order of first appearance; nobody's last.
  private static func grouped(_ items: [Commitment], earlier: Bool, _ content: MeetingContent)
    -> [CommitmentRow]
  {
    var order: [String?] = []
    var groups: [String?: [Commitment]] = [:]
    for c in items {
      if groups[c.owner] == nil { order.append(c.owner) }
      groups[c.owner, default: []].append(c)
    }
    order.sort { a, b in a != nil && b == nil }
    var rows: [CommitmentRow] = []
    for owner in order {
      rows.append(
        CommitmentRow(kind: .owner(owner.map { RecordSummary.ownerName($0, content) } ?? "Unassigned")))
      rows += (groups[owner] ?? []).map { CommitmentRow(kind: .item($0, earlier: earlier)) }
    }
    return rows
  }
}
