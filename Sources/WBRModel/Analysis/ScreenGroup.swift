/// One heading of the meeting screen and the report: a kind (inputs, then outputs) and a
/// section of the deck, with its metrics in screen order.
public struct ScreenGroup: Sendable, Equatable {
  /// Title of the trailing group of metrics whose section is absent or unknown.
  public static let otherTitle = "Other"

  public var kind: MetricKind
  /// The deck's section id; nil for the "Other" group.
  public var sectionID: String?
  public var title: String
  /// Metric indices into `Deck.metrics`, in file order.
  public var metrics: [Int]

  public init(kind: MetricKind, sectionID: String?, title: String, metrics: [Int]) {
    self.kind = kind
    self.sectionID = sectionID
    self.title = title
    self.metrics = metrics
  }

  /// "Inputs" or "Outputs".
  public var kindTitle: String { kind == .input ? "Inputs" : "Outputs" }

  /// "Inputs › Customer experience" ("Inputs > Customer experience" in ASCII).
  public func heading(ascii: Bool = false) -> String {
    kindTitle + (ascii ? " > " : " \u{203A} ") + title
  }
}

/// Lays a deck's metrics out in screen order (analysis.md "Order on screen"): inputs first,
/// then outputs; within each kind the deck's section order, absent or unknown sections last as
/// "Other"; then file order.
public enum ScreenLayout {
  /// The groups in screen order, and for each metric its group's index.
  /// - Complexity: O(metrics + sections).
  public static func groups(for deck: Deck) -> (groups: [ScreenGroup], groupOfMetric: [Int]) {
    var sectionRank: [String: Int] = [:]
    var sections: [Section] = []
    for section in deck.sections where sectionRank[section.id] == nil {
      sectionRank[section.id] = sections.count
      sections.append(section)
    }
    let otherRank = sections.count
    // buckets[kind][rank] = metric indices in file order.
    var buckets = [[[Int]]](
      repeating: [[Int]](repeating: [], count: otherRank + 1), count: MetricKind.allCases.count)
    for (i, metric) in deck.metrics.enumerated() {
      let rank = metric.section.flatMap { sectionRank[$0] } ?? otherRank
      buckets[metric.kind == .input ? 0 : 1][rank].append(i)
    }
    var groups: [ScreenGroup] = []
    var groupOfMetric = [Int](repeating: -1, count: deck.metrics.count)
    for (k, kind) in [MetricKind.input, .output].enumerated() {
      for rank in 0...otherRank where !buckets[k][rank].isEmpty {
        let section = rank < otherRank ? sections[rank] : nil
        for i in buckets[k][rank] { groupOfMetric[i] = groups.count }
        groups.append(
          ScreenGroup(
            kind: kind, sectionID: section?.id, title: section?.title ?? ScreenGroup.otherTitle,
            metrics: buckets[k][rank]))
      }
    }
    return (groups, groupOfMetric)
  }
}
