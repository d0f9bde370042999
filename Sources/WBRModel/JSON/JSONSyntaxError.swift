/// Why a byte sequence is not the JSON we accept, and where: 1-based line and column (in
/// Unicode scalars), what the grammar expected there and what the file has instead.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  /// e.g. `',' or '}' after an object member`.
  public var expected: String
  /// e.g. `end of input`, `'x'`, `control character U+0009`.
  public var found: String

  public init(line: Int, column: Int, expected: String, found: String) {
    self.line = line
    self.column = column
    self.expected = expected
    self.found = found
  }

  /// `expected X, found Y`.
  public var message: String { "expected \(expected), found \(found)" }

  public var description: String { "\(line):\(column): \(message)" }
}
