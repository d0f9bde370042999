/// Which CSV columns a config reads, and how: what `CSVReader` keeps of each column.
///
/// Numbers for every column a metric may read as its values, under every name the readers
/// try (`DailyBinder.column`, its `__Target` columns, `DataDays`); text for the date column,
/// for the columns filters compare, and for every column kept no other way or that
/// `DuplicateRows` may quote (the columns nothing reads). A column can be both.
struct CSVPlan {
  /// Column names read as values (`DuplicateRows`' notion of read: exact, or a suffix after
  /// a dot of one of them).
  let read: Set<String>
  /// Columns that filter queries compare.
  let dimensions: Set<String>
  /// Every name a metric's values may be looked up under.
  let numeric: Set<String>

  init(_ config: WBRConfig) {
    var read = Set<String>()
    var dimensions = Set<String>()
    var numeric = Set<String>()
    for m in config.metrics {
      let name: String
      switch m.source {
      case .column(let c):
        read.formUnion([c, c + "__Target", c + "__target"])
        name = c
      case .filter(let base, let query, _):
        read.insert(base)
        dimensions.formUnion(query.columns)
        name = base
      case .function: continue
      }
      let afterDot = name.firstIndex(of: ".").map { String(name[name.index(after: $0)...]) } ?? name
      let last = name.split(separator: ".").last.map(String.init) ?? name
      numeric.formUnion([name, afterDot, last])
      for suffix in ["__Target", "__target"] { numeric.formUnion([name + suffix, last + suffix]) }
    }
    self.read = read
    self.dimensions = dimensions
    self.numeric = numeric
  }

  /// Whether a metric reads the column `name` (as `DuplicateRows` counts it).
  func isRead(_ name: String) -> Bool {
    read.contains(name) || read.contains { $0.hasSuffix("." + name) }
  }

  /// What to keep of each column of `header`.
  func uses(_ header: [String]) -> [ColumnUse] {
    header.map { name in
      let numbers = numeric.contains(name)
      let text =
        !numbers || dimensions.contains(name) || name.lowercased() == "date" || !isRead(name)
      return ColumnUse(numbers: numbers, text: text)
    }
  }
}
