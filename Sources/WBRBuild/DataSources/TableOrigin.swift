/// Where the cells of a table came from, so that a message about a cell names the CSV file, line
/// and column it was read from, or the query (and its line in the config) and the row of its
/// result, never a row of a merged table the user never saw.
///
/// A table read from one CSV file has no origin: its own lines are its places.
public struct TableOrigin: Sendable {
  /// How messages name the data as a whole: `daily.csv`, `the data_sources of wbr.yaml`.
  public var name: String
  /// Where problems about the data as a whole are reported.
  public var file: String
  public var line: Int
  var layout: Layout

  enum Layout: Sendable {
    /// One source: a query's result, or a CSV file of `csv_files`.
    case part(PartPlace)
    /// The WBR App's merge of several sources on `Date`.
    case merged(MergePlaces)
  }
}

/// A place in the inputs: file, line and column (0 when unknown), and what is there, for the
/// start of a message (`column 'Clicks'`, `query 'main' on Prod, row 17, column 'Clicks'`).
public struct CellPlace: Sendable, Equatable {
  public var file: String
  public var line: Int
  public var column: Int
  public var subject: String
}

/// The places of one source's rows and columns.
struct PartPlace: Sendable {
  /// The CSV file, or the config holding the query.
  var file: String
  /// The query's line in the config; unused for a CSV.
  var line: Int
  /// `query 'main_metrics' on MyProdPostgres`; nil for a CSV file.
  var query: String?
  /// A CSV's physical line of each row; empty for a query (row r is the result's row r + 1).
  var rowLines: [Int32]
  /// The source's own column names.
  var header: [String]

  func place(row r: Int, column c: Int) -> CellPlace {
    if let query {
      return CellPlace(
        file: file, line: line, column: 0, subject: "\(query), row \(r + 1), column '\(header[c])'")
    }
    return CellPlace(file: file, line: Int(rowLines[r]), column: c + 1, subject: "column '\(header[c])'")
  }

  /// `line 12` or `row 3`.
  func rowName(_ r: Int) -> String { query == nil ? "line \(rowLines[r])" : "row \(r + 1)" }

  /// `daily.csv` or `query 'main' on Prod`.
  var sourceName: String { query ?? file }
}

/// Which source each cell of a merged table came from: every column but `Date` belongs to one
/// source (its name prefixes it), and every row holds at most one row of each source.
struct MergePlaces: Sendable {
  var parts: [PartPlace]
  /// Per merged column: its source (-1 for `Date`) and its column there.
  var columnPart: [Int32]
  var columnInPart: [Int32]
  /// Per source, per merged row: the source's row, or -1.
  var rowInPart: [[Int32]]

  /// The first source that has a row in merged row `r`.
  func firstPart(row r: Int) -> (part: Int, row: Int)? {
    for p in parts.indices where rowInPart[p][r] >= 0 { return (p, Int(rowInPart[p][r])) }
    return nil
  }
}

extension CSVTable {
  /// Where cell (row `r`, column `c`) came from; `file` names the table when it was read from
  /// one CSV file.
  public func place(row r: Int, column c: Int, file: String) -> CellPlace {
    guard let origin else {
      return CellPlace(file: file, line: Int(rowLines[r]), column: c + 1, subject: "column '\(header[c])'")
    }
    switch origin.layout {
    case .part(let p): return p.place(row: r, column: c)
    case .merged(let m):
      let part = Int(m.columnPart[c])
      if part >= 0, m.rowInPart[part][r] >= 0 {
        return m.parts[part].place(row: Int(m.rowInPart[part][r]), column: Int(m.columnInPart[c]))
      }
      guard let (p, pr) = m.firstPart(row: r) else {
        return CellPlace(file: origin.file, line: origin.line, column: 0, subject: "column '\(header[c])'")
      }
      var place = m.parts[p].place(row: pr, column: 0)
      place.subject = "\(m.parts[p].query.map { "\($0), row \(pr + 1), " } ?? "")column '\(header[c])'"
      return place
    }
  }

  /// How a message names two rows of the table: `lines 12 and 13`, `rows 3 and 4 of query 'q'
  /// on Prod`.
  public func rowNames(_ a: Int, _ b: Int) -> String {
    guard let origin else { return "lines \(rowLines[a]) and \(rowLines[b])" }
    switch origin.layout {
    case .part(let p):
      return p.query == nil
        ? "lines \(p.rowLines[a]) and \(p.rowLines[b])" : "rows \(a + 1) and \(b + 1) of \(p.sourceName)"
    case .merged(let m):
      guard let (pa, ra) = m.firstPart(row: a), let (pb, rb) = m.firstPart(row: b) else { return "two rows" }
      if pa == pb {
        let s = m.parts[pa]
        return s.query == nil
          ? "lines \(s.rowLines[ra]) and \(s.rowLines[rb]) of \(s.file)"
          : "rows \(ra + 1) and \(rb + 1) of \(s.sourceName)"
      }
      let x = m.parts[pa]
      let y = m.parts[pb]
      return "\(x.rowName(ra)) of \(x.sourceName) and \(y.rowName(rb)) of \(y.sourceName)"
    }
  }

  /// Where a problem about row `r` as a whole is reported (`file` for a plain CSV).
  public func rowPlace(_ r: Int, file: String) -> (file: String, line: Int) {
    guard let origin else { return (file, Int(rowLines[r])) }
    switch origin.layout {
    case .part(let p): return p.query == nil ? (p.file, Int(p.rowLines[r])) : (p.file, p.line)
    case .merged: return (origin.file, origin.line)
    }
  }
}

extension CSVTable {
  /// How a message names row `r`: `line 12`, or `row 3` of a query's result.
  public func rowName(_ r: Int) -> String {
    guard let origin else { return "line \(rowLines[r])" }
    switch origin.layout {
    case .part(let p): return p.rowName(r)
    case .merged(let m):
      guard let (p, pr) = m.firstPart(row: r) else { return "row \(r + 1)" }
      return "\(m.parts[p].rowName(pr)) of \(m.parts[p].sourceName)"
    }
  }

  /// Where a problem about the header (the columns) is reported; the subject names a query
  /// (`query 'q' on Prod: `), else it is empty.
  public func headerPlace(file: String) -> CellPlace {
    guard let origin else { return CellPlace(file: file, line: 1, column: 0, subject: "") }
    switch origin.layout {
    case .part(let p):
      return p.query.map { CellPlace(file: p.file, line: p.line, column: 0, subject: "\($0): ") }
        ?? CellPlace(file: p.file, line: 1, column: 0, subject: "")
    case .merged: return CellPlace(file: origin.file, line: origin.line, column: 0, subject: "")
    }
  }
}
