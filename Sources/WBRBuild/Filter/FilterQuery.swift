/// The row condition of a WBR App filter metric, e.g. `Country == 'US' and Channel != 'web'`.
///
/// The WBR App hands the text to pandas' `DataFrame.query`; we accept the part of that language
/// WBR configs use: comparisons (`==`, `!=`, `<`, `<=`, `>`, `>=`) between a column and a
/// quoted text or a number, `in` / `not in` a list (`[...]` or `(...)`), `and` / `or` / `not`
/// (also `&`, `|`, `~`) and parentheses. A column name with spaces goes in backticks.
public indirect enum FilterQuery: Sendable, Equatable {
  public enum Literal: Sendable, Equatable {
    case text(String)
    case number(Double)
  }
  public enum Comparison: String, Sendable, Equatable {
    case eq = "=="
    case ne = "!="
    case lt = "<"
    case le = "<="
    case gt = ">"
    case ge = ">="
  }

  case compare(column: String, Comparison, Literal)
  case member(column: String, [Literal], negated: Bool)
  case and(FilterQuery, FilterQuery)
  case or(FilterQuery, FilterQuery)
  case not(FilterQuery)

  /// Every column the query reads, in order of appearance.
  public var columns: [String] {
    switch self {
    case .compare(let c, _, _), .member(let c, _, _): return [c]
    case .and(let a, let b), .or(let a, let b): return a.columns + b.columns
    case .not(let a): return a.columns
    }
  }

  /// Parses `text`; the error says what was expected where.
  public static func parse(_ text: String) throws(FilterQueryError) -> FilterQuery {
    var p = FilterQueryParser(tokens: try FilterQueryLexer.tokens(text))
    let q = try p.parseOr()
    if let t = p.peek { throw FilterQueryError("expected the end of the query, found \(t.display)") }
    return q
  }

  /// Evaluates against one row; `cell` gives a column's text (already unquoted).
  public func matches(_ cell: (String) -> Substring) -> Bool {
    switch self {
    case .compare(let column, let op, let literal):
      return FilterQuery.compare(cell(column), op, literal)
    case .member(let column, let list, let negated):
      let v = cell(column)
      let found = list.contains { FilterQuery.compare(v, .eq, $0) }
      return negated ? !found : found
    case .and(let a, let b): return a.matches(cell) && b.matches(cell)
    case .or(let a, let b): return a.matches(cell) || b.matches(cell)
    case .not(let a): return !a.matches(cell)
    }
  }

  static func compare(_ value: Substring, _ op: Comparison, _ literal: Literal) -> Bool {
    switch literal {
    case .text(let t):
      let v = String(value)
      switch op {
      case .eq: return v == t
      case .ne: return v != t
      case .lt: return v < t
      case .le: return v <= t
      case .gt: return v > t
      case .ge: return v >= t
      }
    case .number(let n):
      guard case .value(let x) = NumberParser.parse(String(value)) else {
        return op == .ne  // missing or text never equals a number (pandas: NaN != x is true)
      }
      switch op {
      case .eq: return x == n
      case .ne: return x != n
      case .lt: return x < n
      case .le: return x <= n
      case .gt: return x > n
      case .ge: return x >= n
      }
    }
  }
}

/// A filter query that could not be read.
public struct FilterQueryError: Error, Sendable, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
}
