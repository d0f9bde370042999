/// Reads the parsed JSON of an owners file (`wbr-owners`, version 1) into an `OwnersFile`.
///
/// Owner ids follow the metric id rule and must be unique; `assignments` map metric ids to
/// owner ids. Whether those ids exist is checked against a deck by `DeckLoader`, as a
/// warning: owners files outlive decks.
public enum OwnersReader {
  public static let supportedVersion = 1

  public static func read(_ tape: JSONTape, file: String) -> ReadResult<OwnersFile> {
    JSONDocument.read(tape, file: file) { $0.readOwners() }
  }

  public static func read(bytes: [UInt8], file: String, limits: JSONLimits = JSONLimits()) -> ReadResult<
    OwnersFile
  > {
    JSONDocument.read(bytes, file: file, limits: limits) { $0.readOwners() }
  }
}

extension DocumentReader {
  mutating func readOwners() -> OwnersFile? {
    let root = tape.root
    guard let top = object(root, .root, what: "an object (a wbr owners file)") else { return nil }
    guard readHeader(top, format: "wbr-owners") else { return nil }
    checkKeys(top, known: ["format", "version", "owners", "assignments"], .root)
    let ownersPath = JSONPath.root.key("owners")
    guard let list = required("owners", in: top, .root, what: "an array of owners"),
      let items = array(list, ownersPath)
    else { return nil }
    var owners: [Owner] = []
    var firstLine: [String: Int] = [:]
    for (k, item) in items.enumerated() {
      let p = ownersPath.index(k)
      guard let m = object(item, p) else { continue }
      checkKeys(m, known: ["id", "name", "team", "email"], p)
      let id = required("id", in: m, p, what: "an id").flatMap { identifier($0, p.key("id")) }
      let name = required("name", in: m, p, what: "a string").flatMap { string($0, p.key("name")) }
      let team = first("team", in: m).flatMap { string($0, p.key("team")) }
      let email = first("email", in: m).flatMap { string($0, p.key("email")) }
      guard let id, let name else { continue }
      if let line = firstLine[id], let idNode = first("id", in: item) {
        problem(
          .ownersDuplicateID, "duplicate owner id \(Self.quoted(id)) (first at line \(line))", at: idNode,
          path: p.key("id"))
        continue
      }
      firstLine[id] = tape.line(item)
      owners.append(Owner(id: id, name: name, team: team, email: email))
    }
    var assignments: [String: String] = [:]
    if let node = first("assignments", in: top) {
      let p = JSONPath.root.key("assignments")
      if let members = object(node, p, what: "an object mapping metric ids to owner ids") {
        checkKeys(members, known: nil, p)
        var c = tape.members(members)
        while let member = tape.next(&c) {
          let key = tape.string(member.key) ?? ""
          guard let owner = string(member.value, p.key(key)), assignments[key] == nil else { continue }
          assignments[key] = owner
          if firstLine[owner] == nil {
            problem(
              .ownersUnknownOwner,
              "assigned to \(Self.quoted(owner)), who is not in owners; the metric's own owner is used",
              at: member.value, path: p.key(key))
          }
        }
      }
    }
    return OwnersFile(owners: owners, assignments: assignments)
  }
}
