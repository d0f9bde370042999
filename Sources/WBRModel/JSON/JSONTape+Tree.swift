extension JSONTape {
  /// The value at `r` as a tree of `JSONNode`s, for callers that read small documents by
  /// pattern matching (journal lines, tests). Large documents are read on the tape itself.
  public func tree(_ r: JSONRef) -> JSONNode {
    let value: JSONValue
    switch kind(r) {
    case .null: value = .null
    case .false: value = .bool(false)
    case .true: value = .bool(true)
    case .number: value = .number(number(r) ?? 0)
    case .string, .escapedString: value = .string(string(r) ?? "")
    case .array: value = .array(elements(r).map { tree($0) })
    case .object:
      var members: [JSONMember] = []
      members.reserveCapacity(count(r))
      var c = self.members(r)
      while let m = next(&c) {
        members.append(
          JSONMember(
            key: string(m.key) ?? "", keyLine: line(m.key), keyColumn: column(m.key), value: tree(m.value)))
      }
      value = .object(members)
    }
    return JSONNode(value, line: line(r), column: column(r))
  }
}
