/// A person who owns metrics and explains their variances.
public struct Owner: Sendable, Equatable, Hashable {
  public var id: String
  public var name: String
  public var team: String?
  public var email: String?
  public init(id: String, name: String, team: String? = nil, email: String? = nil) {
    self.id = id
    self.name = name
    self.team = team
    self.email = email
  }
}

/// The owners file (`wbr-owners`, version 1): people, and metric → owner assignments.
public struct OwnersFile: Sendable, Equatable {
  public var owners: [Owner]
  /// Metric id → owner id; wins over a metric's own `owner`.
  public var assignments: [String: String]
  public init(owners: [Owner] = [], assignments: [String: String] = [:]) {
    self.owners = owners
    self.assignments = assignments
  }

  /// The owner of `metric`: the assignment if any, else the metric's own `owner`, when known.
  public func ownerID(for metric: Metric) -> String? {
    assignments[metric.id] ?? metric.owner
  }

  public func owner(id: String) -> Owner? { owners.first { $0.id == id } }
}
