import WBRModel

/// Builds a version-1 deck from a WBR App config and its daily CSV (`wbr build`).
///
/// Same numbers as the WBR App except where it misleads (docs/BUILD.md lists each deviation):
/// rows after week_ending never count, a blank is missing rather than zero, a period with
/// missing days is marked partial and warned about, and every fiscal year-end month works.
public enum DeckBuilder {
  /// Reads both files and builds the deck; warnings come back with it, errors are thrown
  /// (exit 65 for bad content, 66 for a file that cannot be read).
  /// Files over `limits.maxFileBytes` are refused unread, and config strings over
  /// `limits.json.maxStringBytes` refused.
  public static func build(
    configPath: String, dataPath: String, limits: LoadOptions = LoadOptions()
  ) throws(InputError) -> (Deck, [Diagnostic]) {
    var log = BuildLog()
    let config = try ConfigReader.read(
      path: configPath, log: &log, maxBytes: limits.maxFileBytes, maxStringBytes: limits.json.maxStringBytes)
    let table = try CSVReader.read(path: dataPath, maxBytes: limits.maxFileBytes)
    let deck = try build(config: config, table: table, configFile: configPath, dataFile: dataPath, log: &log)
    return (deck, log.warnings)
  }

  /// Builds from an already read config and table.
  public static func build(
    config: WBRConfig, table: CSVTable, configFile: String, dataFile: String, log: inout BuildLog
  ) throws(InputError) -> Deck {
    let w = config.setup.weekEnding
    let rows = try DataRows.locate(
      table: table, file: dataFile, weekEnding: w, weekEndingLine: config.setup.weekEndingLine,
      configFile: configFile, log: &log)
    DuplicateRows.warn(rows: rows, config: config, log: &log)
    let ordered = FunctionOrder.order(config, file: configFile, log: &log)
    try log.throwIfErrors()
    let calendar = FiscalCalendar(yearEndMonth: config.setup.fiscalYearEndMonth)
    let grid = PeriodGrid(firstDay: rows.firstDay, weekEnding: w, calendar: calendar)
    let layout = DeckLayout.make(config: config, file: configFile, log: &log)
    try log.throwIfErrors()

    var binder = DailyBinder(rows: rows, config: config, configFile: configFile)
    for m in ordered {
      switch m.source {
      case .column(let c), .filter(let c, _, _):
        if let i = table.column(named: c) { binder.noteUse(i) }
      case .function: break
      }
    }
    var values: [String: MetricValues] = [:]
    var columnTargets: [String: (column: String, values: MetricValues)] = [:]
    let shown = Set(layout.entries.map(\.metric))
    for m in ordered {
      switch m.source {
      case .function(let op, let operands):
        let inputs = operands.compactMap { values[$0] }
        guard inputs.count == operands.count else { continue }
        values[m.name] = MetricValues.combine(op, inputs, grid: grid)
      case .column, .filter:
        guard let daily = binder.daily(m, log: &log) else { continue }
        let how = m.aggregation ?? .sum
        values[m.name] = MetricValues.aggregate(daily: daily, how: how, grid: grid)
        if shown.contains(m.name), let (column, t) = binder.targetDaily(m, log: &log) {
          columnTargets[m.name] = (column, MetricValues.aggregate(daily: t, how: how, grid: grid))
        }
      }
    }
    try log.throwIfErrors()
    BuildWarnings.weekNumber(config: config, calendar: calendar, file: configFile, log: &log)
    BuildWarnings.partialPeriods(
      rows: rows, grid: grid, layout: layout, values: values, dataFile: dataFile, log: &log)
    let assembler = DeckAssembler(
      config: config, grid: grid, values: values, columnTargets: columnTargets, configFile: configFile)
    return assembler.deck(layout: layout, log: &log)
  }
}
