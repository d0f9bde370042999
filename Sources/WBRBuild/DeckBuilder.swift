import WBRModel

/// Builds a version-1 deck from a WBR App config and its daily CSV (`wbr build`).
///
/// Same numbers as the WBR App except where it misleads (docs/BUILD.md lists each deviation):
/// rows after week_ending never count, a blank is missing rather than zero, a period with
/// missing days is marked partial and warned about, and every fiscal year-end month works.
/// What the data lacked or repeated travels with the deck (`data_quality`), and a number the
/// build cannot trust (a row cut short, an ambiguous date, a sum past the largest double) is an
/// error, never a silent value.
public enum DeckBuilder {
  /// Reads both files and builds the deck; warnings come back with it, errors are thrown
  /// (exit 65 for bad content, 66 for a file that cannot be read) together with the warnings
  /// found before them. Files over `limits.maxFileBytes` are refused unread, and config
  /// strings over `limits.json.maxStringBytes` refused.
  public static func build(
    configPath: String, dataPath: String, limits: LoadOptions = LoadOptions(),
    options: BuildOptions = BuildOptions()
  ) throws(InputError) -> (Deck, [Diagnostic]) {
    try build(
      configPath: configPath, data: .file(dataPath), limits: limits, options: options, access: .filesOnly)
  }

  /// Reads the config and the daily data from `data`: a CSV file (or standard input),
  /// or the config's `data_sources` (queries through `access.runner`, CSV files), merged as
  /// the WBR App merges them; the config's annotations are attached to their metrics.
  public static func build(
    configPath: String, data: DataInput, limits: LoadOptions = LoadOptions(),
    options: BuildOptions = BuildOptions(), access: SourceAccess
  ) throws(InputError) -> (Deck, [Diagnostic]) {
    var log = BuildLog()
    do {
      let config = try ConfigReader.read(
        path: configPath, log: &log, maxBytes: limits.maxFileBytes,
        maxStringBytes: limits.json.maxStringBytes,
        weekEndingRequired: options.weekEnding == nil)
      let loader = SourceLoader(
        config: config, configFile: configPath, access: access, limits: limits, options: options)
      let table: CSVTable
      let dataFile: String
      switch data {
      case .file(let path):
        // Only what the config reads is kept of the CSV (`CSVPlan`).
        table = try CSVReader.read(
          path: path, maxBytes: limits.maxFileBytes, separator: options.separator, uses: CSVPlan(config).uses)
        dataFile = path
      case .configSources:
        table = try loader.load(log: &log)
        dataFile = configPath
      }
      let events = try AnnotationLoader(loader: loader).load(runQueries: data == .configSources, log: &log)
      let deck = try build(
        config: config, table: consume table, configFile: configPath, dataFile: dataFile, log: &log,
        options: options, events: events)
      return (deck, log.warnings)
    } catch {
      let known = Set(error.diagnostics.map(\.description))
      throw InputError(
        kind: error.kind,
        diagnostics: error.diagnostics + log.warnings.filter { !known.contains($0.description) })
    }
  }

  /// Builds from an already read config and table. The table is taken: its numbers are let go
  /// once the metrics are aggregated, so that the deck is assembled in their room.
  public static func build(
    config: WBRConfig, table: consuming CSVTable, configFile: String, dataFile: String, log: inout BuildLog,
    options: BuildOptions = BuildOptions(), events: [String: [Annotation]] = [:]
  ) throws(InputError) -> Deck {
    let dates = try DateColumn.read(table: table, file: dataFile, order: options.dateOrder, log: &log)
    let dataDays = DataDays(table: copy table, dates: dates, config: config)
    let (w, source) = try weekEnding(config: config, options: options, days: dataDays, configFile: configFile)
    var rows = try DataRows.locate(
      table: table, dates: dates, file: dataFile, weekEnding: w, source: source, log: &log)
    let duplicates = DuplicateRows.find(rows: rows, config: config, log: &log)
    let latest = dataDays.latestCompleteWeek(weekday: w.isoWeekday, from: w.adding(days: 7))
    if let latest {
      log.add(
        .buildStaleWeekEnding, source.file, line: source.line,
        "\(source.name) is \(w), but \(rows.name) holds a complete week after it, ending \(latest) "
          + "(data to \(dataDays.last)): is the config last week's? Update setup.week_ending, or pass "
          + "--week-ending latest")
    }
    let ordered = FunctionOrder.order(config, file: configFile, log: &log)
    try log.throwIfErrors()
    let calendar = FiscalCalendar(yearEndMonth: config.setup.fiscalYearEndMonth)
    let grid = PeriodGrid(firstDay: rows.firstDay, weekEnding: w, calendar: calendar)
    let layout = DeckLayout.make(config: config, file: configFile, log: &log)
    try log.throwIfErrors()

    let (values, columnTargets) = aggregate(
      ordered, rows: rows, config: config, configFile: configFile, grid: grid,
      shown: Set(layout.entries.map(\.metric)), log: &log)
    // The cells are read: about half of the build's heap, let go before the deck is made.
    _ = consume table
    rows.dropNumbers()
    try log.throwIfErrors()
    Overflow.check(
      values, columnTargets: columnTargets, grid: grid, order: ordered, file: configFile, log: &log)
    try log.throwIfErrors()
    if source.name == "setup.week_ending" {
      BuildWarnings.weekNumber(config: config, weekEnding: w, calendar: calendar, file: configFile, log: &log)
    }
    BuildWarnings.partialPeriods(
      rows: rows, grid: grid, layout: layout, values: values, dataFile: dataFile, log: &log)
    let quality = DataQuality(
      firstDay: dates.first, lastDay: dates.last,
      missingDays: rows.hasRow.indices.filter { !rows.hasRow[$0] }.map { rows.firstDay.adding(days: $0) },
      duplicateDays: duplicates, rowsAfterWeekEnding: rows.rowsAfter, latestCompleteWeek: latest)
    var assembler = DeckAssembler(
      config: config, grid: grid, values: values, columnTargets: columnTargets, configFile: configFile)
    assembler.events = events.mapValues { $0.filter { $0.date <= w } }
    var deck = assembler.deck(layout: layout, log: &log)
    if let asOf = options.asOf { deck.asOf = asOf }
    deck.dataQuality = quality.isClean ? nil : quality
    BuildWarnings.partialWeek(deck: deck, dataFile: dataFile, log: &log)
    return deck
  }

  /// Each metric's periods, in `ordered` (a function after its operands), and each shown
  /// metric's target column's; the binder (and its cached columns) ends here.
  static func aggregate(
    _ ordered: [MetricDefinition], rows: DataRows, config: WBRConfig, configFile: String, grid: PeriodGrid,
    shown: Set<String>, log: inout BuildLog
  ) -> ([String: MetricValues], [String: (column: String, values: MetricValues)]) {
    var binder = DailyBinder(rows: rows, config: config, configFile: configFile)
    for m in ordered {
      switch m.source {
      case .column(let c), .filter(let c, _, _):
        if let i = rows.table.column(named: c) { binder.noteUse(i) }
      case .function: break
      }
    }
    var values: [String: MetricValues] = [:]
    var columnTargets: [String: (column: String, values: MetricValues)] = [:]
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
    return (values, columnTargets)
  }

  /// The week under review: `--week-ending`'s day, the last complete week for `latest`, else
  /// the config's; with where it came from, for messages.
  static func weekEnding(
    config: WBRConfig, options: BuildOptions, days: DataDays, configFile: String
  ) throws(InputError) -> (Day, WeekEndingSource) {
    switch options.weekEnding {
    case .day(let d)?:
      return (d, .option(configFile: configFile))
    case .latest?:
      let weekday = config.setup.weekEnding?.isoWeekday
      guard let d = days.latestCompleteWeek(weekday: weekday) else {
        let on = weekday.map { " ending on a \(Day.weekdayName($0))" } ?? ""
        throw InputError(
          kind: .refused,
          diagnostics: [
            Diagnostic(
              .buildNoCompleteWeek, file: configFile,
              message: "--week-ending latest: expected seven days in a row with data\(on), found none "
                + "(data from \(days.first) to \(days.last))")
          ])
      }
      return (d, .option(configFile: configFile))
    case nil:
      guard let w = config.setup.weekEnding else {
        throw InputError(
          kind: .refused,
          diagnostics: [
            Diagnostic(.configMissingKey, file: configFile, message: "expected setup.week_ending, found none")
          ])
      }
      return (w, .config(configFile, line: config.setup.weekEndingLine))
    }
  }
}

extension Day {
  /// "Monday" … "Sunday" for an ISO weekday 1–7.
  static func weekdayName(_ isoWeekday: Int) -> String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][(isoWeekday + 6) % 7]
  }
}
