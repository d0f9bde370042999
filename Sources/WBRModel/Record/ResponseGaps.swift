/// Response gaps before a meeting: the anomalies of the week that no owner has answered yet
/// (no outcome and no prepared one) and the open commitments from earlier meetings with no
/// answer (not done, carried or dropped in the week, and none prepared), by owner. What a
/// reminder before the meeting lists (`wbr gaps`, `wbr prep --status`, the meeting header).
public struct ResponseGaps: Sendable, Equatable {
  public struct Anomaly: Sendable, Equatable {
    public var metricID: String
    public var name: String
    /// The strongest signal's sentence.
    public var signal: String
  }

  public struct OpenCommitment: Sendable, Equatable {
    public var id: String
    public var text: String
    public var due: Day
    public var metricName: String?
  }

  /// One owner's gaps; `owner` nil is "Unassigned".
  public struct Owner: Sendable, Equatable {
    public var owner: String?
    public var name: String
    public var email: String?
    public var anomalies: [Anomaly]
    public var commitments: [OpenCommitment]
  }

  public var week: Day
  public var title: String
  /// Owners with at least one gap: in the owners file's order, then by id, "Unassigned" last.
  public var owners: [Owner]

  public var count: Int { owners.reduce(0) { $0 + $1.anomalies.count + $1.commitments.count } }

  /// The gaps of meeting `deck.weekEnding` in `record`, for `only` when given (an owner id).
  /// - Complexity: O(metrics + commitments + prepared entries).
  public init(
    deck: Deck, analysis: DeckAnalysis, owners: OwnersFile, record: MeetingRecord, only: String? = nil
  ) {
    week = deck.weekEnding
    title = deck.title
    let w = deck.weekEnding
    let outcomes = record.week(w).outcomes
    var preparedOutcomes: Set<String> = []
    var preparedAnswers: Set<String> = []
    for entry in record.pendingPrepared(in: w) {
      switch entry.subject {
      case .outcome(let metric): preparedOutcomes.insert(metric)
      case .answer(let id): preparedAnswers.insert(id)
      case .commitment: break
      }
    }
    var anomalies: [String?: [Anomaly]] = [:]
    for i in analysis.anomalies where deck.metrics.indices.contains(i) {
      let m = deck.metrics[i]
      guard outcomes[m.id] == nil, !preparedOutcomes.contains(m.id) else { continue }
      let signal = analysis.metrics[i].signals.max { $0.strength < $1.strength }?.sentence ?? ""
      anomalies[owners.ownerID(for: m), default: []].append(
        Anomaly(metricID: m.id, name: m.name, signal: signal))
    }
    let names = Dictionary(deck.metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    var open: [String?: [OpenCommitment]] = [:]
    for c in record.commitmentsUnderReview(in: w)
    where record.reviewOutcome(of: c, in: w) == .open && !preparedAnswers.contains(c.id) {
      open[c.owner, default: []].append(
        OpenCommitment(id: c.id, text: c.text, due: c.due, metricName: c.metric.map { names[$0] ?? $0 }))
    }
    let ids = Set(anomalies.keys).union(open.keys).filter { only == nil || $0 == only }
    let listed = owners.owners.map(\.id).filter { ids.contains($0) }
    let rest = ids.compactMap { $0 }.filter { !listed.contains($0) }.sorted()
    var order: [String?] = listed + rest
    if ids.contains(nil) { order.append(nil) }
    self.owners = order.map { id in
      let person = id.flatMap { owners.owner(id: $0) }
      return Owner(
        owner: id, name: person?.name ?? id ?? "Unassigned", email: person?.email,
        anomalies: anomalies[id] ?? [], commitments: open[id] ?? [])
    }
  }
}
