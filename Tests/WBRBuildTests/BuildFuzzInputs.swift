import WBRBuild
import WBRModel

/// What the `wbr build` fuzz targets do with one input (Fuzz/CSVReaderFuzz, Fuzz/ConfigReaderFuzz
/// call these), so that the regression tests replay a saved finding through the same code.
/// `OutputChecks` is shared with WBRModelTests (this target's copy is a symbolic link).
enum BuildFuzzInputs {
  /// CSV bytes → `CSVReader`, every cell read back, then a build of a fixed config over it.
  static func csv(_ bytes: [UInt8]) -> [String] {
    let table: CSVTable
    do throws(InputError) {
      table = try CSVReader.parse(bytes: bytes, file: "data.csv")
    } catch {
      return OutputChecks.located(error.diagnostics, refused: true, what: "csv")
    }
    for row in 0..<table.rowCount {
      for column in 0..<table.columnCount { _ = table.string(row: row, column: column) }
    }
    return build(config: fixedConfig, table: table)
  }

  /// YAML bytes → `ConfigReader`, then a build over a fixed CSV table.
  static func config(_ bytes: [UInt8]) -> [String] {
    do throws(InputError) {
      let table = try CSVReader.parse(bytes: Array(fixedData.utf8), file: "data.csv")
      return build(config: String(decoding: bytes, as: UTF8.self), table: table)
    } catch {
      return ["the fixed CSV does not parse: \(error)"]
    }
  }

  /// `wbr build` in memory: config text and a table to a deck, written and read back, then
  /// the deck checks of `OutputChecks.deckPipeline`.
  static func build(config text: String, table: CSVTable) -> [String] {
    var log = BuildLog()
    let deck: Deck
    do throws(InputError) {
      let config = try ConfigReader.parse(text, file: "config.yaml", log: &log)
      deck = try DeckBuilder.build(
        config: config, table: table, configFile: "config.yaml", dataFile: "data.csv", log: &log)
    } catch {
      return OutputChecks.located(error.diagnostics, refused: true, what: "build")
    }
    var problems = OutputChecks.located(log.warnings, refused: false, what: "build")
    let reread = DeckReader.read(bytes: DeckWriter.write(deck), file: "built.json")
    guard let d = reread.value else {
      return problems + ["a built deck is refused: \(reread.errors.first?.description ?? "")"]
    }
    problems += OutputChecks.deckPipeline(d)
    return problems
  }

  static let fixedConfig = """
    setup:
      week_ending: 21-NOV-2026
      title: Fuzz
    metrics:
      orders:
        column: Orders
        aggf: sum
      revenue:
        column: Revenue
        aggf: sum
      aov:
        function:
          divide:
            - metric:
                name: revenue
            - metric:
                name: orders
    deck:
      - block:
          ui_type: 6_12Graph
          title: Orders
          y_scaling: "##"
          metrics:
            orders:
              line_style: primary
      - block:
          ui_type: 6_12Graph
          title: AOV
          y_scaling: "##.2"
          metrics:
            aov:
              line_style: primary
    """

  /// Eight weeks of daily rows ending on the fixed config's week_ending (Saturday 2026-11-21).
  static let fixedData: String = {
    var lines = ["Date,Orders,Revenue"]
    let start = Day(year: 2026, month: 9, day: 27) ?? Day(ordinal: 0)
    for day in 0..<56 {
      lines.append("\(start.adding(days: day)),\(100 + day % 7),\(1000 + day * 3)")
    }
    return lines.joined(separator: "\n") + "\n"
  }()
}
