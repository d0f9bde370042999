import WBRModel

/// The deck's order (`s` cycles it): the meeting order, then ways to scan a long deck, and
/// back to the meeting order, which is where every cycle ends up (issue #13).
enum DeckSort: Int, Sendable, Equatable, CaseIterable {
  /// Inputs, then outputs, by section and file order, with section headings.
  case meeting
  /// Anomalies first, strongest signal first; the rest after, in meeting order.
  case signals
  /// By owner name (unowned last), each owner's metrics in meeting order.
  case owner
  /// By the size of the week-over-week move, largest first (no WoW last).
  case wow

  /// The next mode of the cycle.
  var next: DeckSort { DeckSort(rawValue: (rawValue + 1) % DeckSort.allCases.count) ?? .meeting }

  /// The header's word for it ("sort: signals"); nil for the meeting order.
  var label: String? {
    switch self {
    case .meeting: return nil
    case .signals: return "signals first"
    case .owner: return "by owner"
    case .wow: return "by size of WoW"
    }
  }

  /// `rows` (in meeting order) in this mode's order; ties keep the meeting order.
  func ordered(_ rows: [Int], _ content: MeetingContent) -> [Int] {
    let analysis = content.analysis.metrics
    func a(_ i: Int) -> MetricAnalysis? { analysis.indices.contains(i) ? analysis[i] : nil }
    let keyed: [(row: Int, position: Int, key: Double)]
    switch self {
    case .meeting: return rows
    case .signals:
      keyed = rows.enumerated().map { p, i in
        let m = a(i)
        return (i, p, m.map { $0.isAnomaly ? -Double($0.strength) : 0 } ?? 0)
      }
    case .wow:
      keyed = rows.enumerated().map { p, i in
        let wow = a(i)?.wow?.value
        return (i, p, wow.map { $0.isFinite ? -abs($0) : -Double.greatestFiniteMagnitude } ?? 1)
      }
    case .owner:
      let names = Dictionary(
        rows.map { ($0, content.ownerName(ofMetric: $0)?.lowercased()) }, uniquingKeysWith: { f, _ in f })
      let sortedNames = Set(names.values.compactMap { $0 }).sorted()
      let rank = Dictionary(uniqueKeysWithValues: sortedNames.enumerated().map { ($1, Double($0)) })
      keyed = rows.enumerated().map { p, i in
        (i, p, names[i].flatMap { $0 }.flatMap { rank[$0] } ?? Double(sortedNames.count))
      }
    }
    return keyed.sorted { ($0.key, $0.position) < ($1.key, $1.position) }.map(\.row)
  }
}
