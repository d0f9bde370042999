/// Reads the JSON tree of an owners file (`wbr-owners`, version 1) into an `OwnersFile`.
///
/// Owner ids follow the metric id rule and must be unique; `assignments` map metric ids to
/// owner ids. Whether those ids exist is checked against a deck by `DeckLoader`, as a
/// warning: owners files outlive decks.
public enum OwnersReader {
  public static let supportedVersion = 1

  public static func read(_ root: JSONNode, file: String) -> ReadResult<OwnersFile> {
    var reader = DocumentReader(file: file)
    let owners = reader.readOwners(root)
    return ReadResult(value: reader.log.hasErrors ? nil : owners, diagnostics: reader.log.all)
  }

  public static func read(
    bytes: [UInt8], file: String, limits: JSONLimits = JSONLimits()
  ) -> ReadResult<OwnersFile> {
    switch JSONDocument.parse(bytes, file: file, limits: limits) {
    case .success(let root): return read(root, file: file)
    case .failure(let refused): return .refused(refused.diagnostics)
    }
  }
}

extension DocumentReader {
  mutating func readOwners(_ root: JSONNode) -> OwnersFile? {
    guard let top = object(root, .root, what: "an object (a wbr owners file)") else { return nil }
    guard readHeader(top, of: root, format: "wbr-owners") else { return nil }
    checkKeys(top, known: ["format", "version", "owners", "assignments"], .root)
    let ownersPath = JSONPath.root.key("owners")
    guard let list = required("owners", in: top, of: root, .root, what: "an array of owners"),
      let items = array(list, ownersPath)
    else { return nil }
    var owners: [Owner] = []
    var firstLine: [String: Int] = [:]
    for (k, item) in items.enumerated() {
      let p = ownersPath.index(k)
      guard let m = object(item, p) else { continue }
      checkKeys(m, known: ["id", "name", "team", "email"], p)
      let id = required("id", in: m, of: item, p, what: "an id").flatMap { identifier($0, p.key("id")) }
      let name = required("name", in: m, of: item, p, what: "a string").flatMap { string($0, p.key("name")) }
      let team = m.first(named: "team").flatMap { string($0, p.key("team")) }
      let email = m.first(named: "email").flatMap { string($0, p.key("email")) }
      guard let id, let name else { continue }
      if let first = firstLine[id], let idNode = item["id"] {
        log.error(
          "duplicate owner id \(Self.quoted(id)) (first at line \(first))", at: idNode, path: p.key("id"))
        continue
      }
      firstLine[id] = item.line
      owners.append(Owner(id: id, name: name, team: team, email: email))
    }
    var assignments: [String: String] = [:]
    if let node = top.first(named: "assignments") {
      let p = JSONPath.root.key("assignments")
      if let members = object(node, p, what: "an object mapping metric ids to owner ids") {
        checkKeys(members, known: nil, p)
        for member in members {
          guard let owner = string(member.value, p.key(member.key)), assignments[member.key] == nil else {
            continue
          }
          assignments[member.key] = owner
          if firstLine[owner] == nil {
            log.warning(
              "assigned to \(Self.quoted(owner)), who is not in owners; the metric's own owner is used",
              at: member.value, path: p.key(member.key))
          }
        }
      }
    }
    return OwnersFile(owners: owners, assignments: assignments)
  }
}
