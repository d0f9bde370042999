import Foundation
import WBRModel

/// The commitment dialog: text (verb first), owner, due week and the linked metric.
///
/// The owner field is a picker over the owners file that filters as you type; the due week
/// is typed as a date and defaults to the next WBR. The linked metric is shown, not edited
/// (the journal's `commitment.edit` changes text, owner and due only).
struct CommitmentForm: Sendable, Equatable {
  enum Field: Int, Sendable, Equatable, CaseIterable { case text, owner, due }

  /// The commitment being edited; nil for a new one.
  var editing: String?
  /// The linked metric's id and name, if any.
  var metricID: String?
  var metricName: String?
  var text: LineEditor
  /// The chosen owner id (nil: nobody).
  var owner: String?
  /// What is typed into the owner field to narrow the list.
  var ownerQuery = LineEditor(maxLength: 200)
  /// Index into `choices(owners:)`.
  var ownerSelected = 0
  var due: LineEditor
  var focus: Field = .text
  /// For an edit: the values it opened with, to save only what changed.
  var originalText: String
  var originalOwner: String?
  var originalDue: Day?
  /// The text the lead was warned an open commitment of the same owner already has: Enter
  /// again on it adds the second one anyway.
  var confirmedDuplicate: String?

  init(
    editing: String? = nil, text: String = "", owner: String?, due: Day, metricID: String? = nil,
    metricName: String? = nil
  ) {
    self.editing = editing
    self.metricID = metricID
    self.metricName = metricName
    self.text = LineEditor(text: text, maxLength: 1000)
    self.owner = owner
    self.due = LineEditor(text: due.description, maxLength: 10)
    originalText = self.text.text
    originalOwner = editing == nil ? nil : owner
    originalDue = editing == nil ? nil : due
  }

  var title: String { editing == nil ? "New commitment" : "Edit commitment" }

  /// One entry of the owner list.
  enum OwnerChoice: Sendable, Equatable {
    /// Nobody named.
    case nobody
    case owner(Owner)
    /// An id or name not in the owners file (typed, or the metric's owner id).
    case other(String)

    var ownerID: String? {
      switch self {
      case .nobody: return nil
      case .owner(let o): return o.id
      case .other(let s): return s
      }
    }
  }

  /// The owner list for the current query: everyone matching name, id or team (case and
  /// accents ignored); with no query also "nobody" and the current owner when the owners file
  /// does not know them; with a query nobody matches, the typed text itself.
  func choices(owners: OwnersFile) -> [OwnerChoice] {
    let query = ownerQuery.text.trimmingCharacters(in: .whitespaces)
    guard !query.isEmpty else {
      var list: [OwnerChoice] = [.nobody]
      if let owner, owners.owner(id: owner) == nil { list.append(.other(owner)) }
      return list + owners.owners.map { .owner($0) }
    }
    let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
    let found = owners.owners.filter { o in
      [o.name, o.id, o.team ?? ""].contains { $0.range(of: query, options: options) != nil }
    }
    return found.isEmpty ? [.other(query)] : found.map { .owner($0) }
  }

  /// Points the list at the current owner (when the field gains focus with no query).
  mutating func selectCurrentOwner(owners: OwnersFile) {
    ownerSelected = choices(owners: owners).firstIndex { $0.ownerID == owner } ?? 0
  }

  /// Takes the highlighted entry as the owner.
  mutating func takeSelectedOwner(owners: OwnersFile) {
    let list = choices(owners: owners)
    guard !list.isEmpty else { return }
    ownerSelected = max(0, min(ownerSelected, list.count - 1))
    owner = list[ownerSelected].ownerID
  }

  /// The due week typed, if it is a date.
  var dueDay: Day? { Day(iso: due.text.trimmingCharacters(in: .whitespaces)) }
}
