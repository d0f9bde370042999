/// A parsed JSON value. Containers hold `JSONNode`s so that every element, at every depth,
/// still knows where it came from in the file.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  /// Members in file order, duplicates included: the reader decides what a duplicate means.
  case object([JSONMember])
}

/// A JSON value and the position of its first character.
///
/// Positions are stored as 32-bit numbers to keep the tree of a large deck compact; files
/// over 2 GiB are refused before parsing, so they cannot overflow.
public struct JSONNode: Sendable, Equatable {
  public var value: JSONValue
  let storedLine: UInt32
  let storedColumn: UInt32

  /// 1-based line.
  public var line: Int { Int(storedLine) }
  /// 1-based column, counted in Unicode scalars.
  public var column: Int { Int(storedColumn) }

  public init(_ value: JSONValue, line: Int, column: Int) {
    self.value = value
    self.storedLine = UInt32(clamping: line)
    self.storedColumn = UInt32(clamping: column)
  }
}

/// One `"key": value` pair of an object, with the position of the key.
public struct JSONMember: Sendable, Equatable {
  public var key: String
  let storedKeyLine: UInt32
  let storedKeyColumn: UInt32
  public var value: JSONNode

  public var keyLine: Int { Int(storedKeyLine) }
  public var keyColumn: Int { Int(storedKeyColumn) }

  public init(key: String, keyLine: Int, keyColumn: Int, value: JSONNode) {
    self.key = key
    self.storedKeyLine = UInt32(clamping: keyLine)
    self.storedKeyColumn = UInt32(clamping: keyColumn)
    self.value = value
  }
}

extension JSONNode {
  /// The first member named `key`, when this node is an object.
  public subscript(key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    for m in members where m.key == key { return m.value }
    return nil
  }

  /// The node's type in words ("a string", "an object"…), for "expected X, found Y" messages.
  public var typeName: String {
    switch value {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}
