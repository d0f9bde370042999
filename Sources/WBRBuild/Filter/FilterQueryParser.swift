/// Tokens of a filter query.
enum FilterToken: Equatable {
  case name(String)
  case text(String)
  case number(Double)
  case op(String)
  case open(Character)
  case close(Character)
  case comma
  case keyword(String)

  var display: String {
    switch self {
    case .name(let n): return "column \(n)"
    case .text(let t): return "'\(t)'"
    case .number(let n): return "\(n)"
    case .op(let o): return "'\(o)'"
    case .open(let c), .close(let c): return "'\(c)'"
    case .comma: return "','"
    case .keyword(let k): return "'\(k)'"
    }
  }
}

enum FilterQueryLexer {
  static func tokens(_ text: String) throws(FilterQueryError) -> [FilterToken] {
    var out: [FilterToken] = []
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == " " || c == "\t" || c == "\n" {
        i += 1
      } else if c == "'" || c == "\"" {
        var j = i + 1
        var s = ""
        while j < chars.count, chars[j] != c {
          if chars[j] == "\\", j + 1 < chars.count { j += 1 }
          s.append(chars[j])
          j += 1
        }
        guard j < chars.count else { throw FilterQueryError("expected a closing \(c), found the end") }
        out.append(.text(s))
        i = j + 1
      } else if c == "`" {
        var j = i + 1
        var s = ""
        while j < chars.count, chars[j] != "`" {
          s.append(chars[j])
          j += 1
        }
        guard j < chars.count else { throw FilterQueryError("expected a closing `, found the end") }
        out.append(.name(s))
        i = j + 1
      } else if "=!<>".contains(c) {
        if i + 1 < chars.count, chars[i + 1] == "=" {
          out.append(.op(String([c, "="])))
          i += 2
        } else if c == "<" || c == ">" {
          out.append(.op(String(c)))
          i += 1
        } else if c == "!" {
          throw FilterQueryError("expected '!=', found '!'")
        } else {
          throw FilterQueryError("expected '==', found a single '='")
        }
      } else if c == "(" || c == "[" {
        out.append(.open(c))
        i += 1
      } else if c == ")" || c == "]" {
        out.append(.close(c))
        i += 1
      } else if c == "," {
        out.append(.comma)
        i += 1
      } else if c == "&" {
        out.append(.keyword("and"))
        i += (i + 1 < chars.count && chars[i + 1] == "&") ? 2 : 1
      } else if c == "|" {
        out.append(.keyword("or"))
        i += (i + 1 < chars.count && chars[i + 1] == "|") ? 2 : 1
      } else if c == "~" {
        out.append(.keyword("not"))
        i += 1
      } else if c.isNumber
        || ((c == "-" || c == "+" || c == ".") && i + 1 < chars.count && chars[i + 1].isNumber)
      {
        var j = i + 1
        while j < chars.count,
          chars[j].isNumber || ".eE".contains(chars[j])
            || ((chars[j] == "-" || chars[j] == "+") && "eE".contains(chars[j - 1]))
        {
          j += 1
        }
        guard let v = Double(String(chars[i..<j])) else {
          throw FilterQueryError("expected a number, found \(String(chars[i..<j]))")
        }
        out.append(.number(v))
        i = j
      } else if c.isLetter || c == "_" {
        var j = i + 1
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
        let word = String(chars[i..<j])
        switch word.lowercased() {
        case "and", "or", "not", "in": out.append(.keyword(word.lowercased()))
        default: out.append(.name(word))
        }
        i = j
      } else {
        throw FilterQueryError("expected a column, a value or an operator, found '\(c)'")
      }
    }
    return out
  }
}

/// Recursive descent: or → and → not → comparison.
struct FilterQueryParser {
  var tokens: [FilterToken]
  var index = 0

  var peek: FilterToken? { index < tokens.count ? tokens[index] : nil }

  mutating func next() -> FilterToken? {
    defer { index += 1 }
    return peek
  }

  mutating func parseOr() throws(FilterQueryError) -> FilterQuery {
    var left = try parseAnd()
    while peek == .keyword("or") {
      index += 1
      left = .or(left, try parseAnd())
    }
    return left
  }

  mutating func parseAnd() throws(FilterQueryError) -> FilterQuery {
    var left = try parseNot()
    while peek == .keyword("and") {
      index += 1
      left = .and(left, try parseNot())
    }
    return left
  }

  mutating func parseNot() throws(FilterQueryError) -> FilterQuery {
    if peek == .keyword("not") {
      index += 1
      return .not(try parseNot())
    }
    return try parseComparison()
  }

  mutating func parseComparison() throws(FilterQueryError) -> FilterQuery {
    guard let t = next() else { throw FilterQueryError("expected a condition, found the end") }
    switch t {
    case .open:
      let inner = try parseOr()
      guard case .close? = next() else { throw FilterQueryError("expected ')', found the end") }
      return inner
    case .name(let column):
      guard let opToken = next() else {
        throw FilterQueryError("expected an operator after column \(column), found the end")
      }
      switch opToken {
      case .op(let o):
        guard let op = FilterQuery.Comparison(rawValue: o) else {
          throw FilterQueryError("expected ==, !=, <, <=, > or >=, found \(o)")
        }
        return .compare(column: column, op, try parseLiteral())
      case .keyword("in"):
        return .member(column: column, try parseList(), negated: false)
      case .keyword("not"):
        guard next() == .keyword("in") else { throw FilterQueryError("expected 'in' after 'not'") }
        return .member(column: column, try parseList(), negated: true)
      default:
        throw FilterQueryError("expected an operator after column \(column), found \(opToken.display)")
      }
    default:
      throw FilterQueryError("expected a column name, found \(t.display)")
    }
  }

  mutating func parseLiteral() throws(FilterQueryError) -> FilterQuery.Literal {
    switch next() {
    case .text(let s)?: return .text(s)
    case .number(let n)?: return .number(n)
    case let t?: throw FilterQueryError("expected a quoted value or a number, found \(t.display)")
    case nil: throw FilterQueryError("expected a quoted value or a number, found the end")
    }
  }

  mutating func parseList() throws(FilterQueryError) -> [FilterQuery.Literal] {
    guard case .open? = next() else {
      throw FilterQueryError("expected a list such as ['a', 'b'] after 'in'")
    }
    var items: [FilterQuery.Literal] = []
    while true {
      if case .close? = peek {
        index += 1
        return items
      }
      items.append(try parseLiteral())
      if peek == .comma { index += 1 }
    }
  }
}
