import Foundation
import Testing
import WBRModel

@testable import WBRBuild

/// A CSV read a piece at a time (`CSVStream`) is the same table, with the same errors, as read
/// in one piece; and a build that keeps only what its config reads (`CSVPlan`) gives the same
/// deck and warnings as one that keeps every cell.
@Suite struct CSVStreamTests {
  /// Every cell of a table, both ways, with where its rows are.
  static func dump(_ t: CSVTable) -> [String] {
    var out = ["header \(t.header)", "lines \(t.rowLines)", "fields \(t.fieldCounts)"]
    for r in 0..<t.rowCount {
      for c in 0..<t.columnCount {
        out.append("\(r),\(c): \(t.string(row: r, column: c)) \(t.number(row: r, column: c))")
      }
    }
    return out
  }

  static func inPieces(_ bytes: [UInt8], size: Int) -> Result<[String], InputError> {
    var stream = CSVStream(file: "t.csv", separator: UInt8(ascii: ","), uses: nil)
    do throws(InputError) {
      var at = 0
      while at < bytes.count {
        let piece = Array(bytes[at..<min(bytes.count, at + size)])
        try piece.withUnsafeBufferPointer { (b) throws(InputError) in
          try stream.feed(b, fileSize: bytes.count)
        }
        at += size
      }
      return .success(dump(try stream.finish()))
    } catch {
      return .failure(error)
    }
  }

  static func whole(_ bytes: [UInt8]) -> Result<[String], InputError> {
    do throws(InputError) {
      return .success(dump(try CSVReader.parse(bytes: bytes, file: "t.csv")))
    } catch {
      return .failure(error)
    }
  }

  static let texts: [String] = [
    "\u{FEFF}Date,Sales,Note\r\n\"Sun, 05-Jan-2020\",\"523,419\",\"said \"\"hi\"\"\"\r\n\n2020-01-06,7,\"two\nlines\"\n",
    "\u{FEFF}\u{FEFF}Date,A\n2020-01-01,1\n", "", "   \n\t\n", "\u{FEFF}", "\u{FEFF}\u{FEFF}",
    "\n\nDate,A,B\n2020-01-01,1,2\n2020-01-02,46303562\n",
    "Date,A\n2020-01-01,1,2\n2020-01-02,3\n", "Date,A\n2020-01-01,1,,\n", "Date,A\n2020-01-01,\"1\n",
    "Date;Impressions;Clicks\n2020-01-05;523419;41874\n",
    "Date,A\r2020-01-01,1\r2020-01-02\r2020-01-03,x,y\r",
    "Date,A\r\n2020-01-01,1\r\n2020-01-02,\"\"\"\",3\r\n", "Date,A\n2020-01-01,1", "Date,A\n2020-01-01,\"1\"",
    "Date,Ünïcode,B\n2020-01-01,é,1,2,3\n2020-01-02,ß\n", "Date,A\n2020-01-01,\"1\"x,2\n2020-01-02,1e400\n",
    "Date,A\n\n\n2020-01-01,NaN\n\n", "Date,\"A,B\"\n2020-01-01,\"1,000.5\"\n",
  ]

  @Test func piecesOfAnySizeReadAsOne() {
    var texts = Self.texts
    // Rows far longer than the first (the room made from it runs short and doubles).
    texts.append(
      "Date,A,B\n2020-01-01,1,2\n"
        + (2...40).map { "2020-01-\(String(format: "%02d", min($0, 28))),\($0),x" }
        .joined(separator: "\n"))
    for text in texts {
      let bytes = Array(text.utf8)
      let want = Self.whole(bytes)
      for size in [1, 2, 3, 5, 8, 13, 64, 4096] {
        let got = Self.inPieces(bytes, size: size)
        switch (want, got) {
        case (.success(let a), .success(let b)): #expect(a == b, "\(text.debugDescription) in \(size)s")
        case (.failure(let a), .failure(let b)): #expect(a == b, "\(text.debugDescription) in \(size)s")
        default: Issue.record("\(text.debugDescription) in \(size)s: \(want) vs \(got)")
        }
      }
    }
  }

  @Test func aFileLargerThanAPieceReadsAsOne() throws {
    let rows = (0..<3000).map { k in
      "\(Day(ordinal: 18000 + k)),\(k * 7919 % 100_000).\(k % 100),\"\(k % 13),\(k % 997)\",txt\(k % 5)"
    }
    let text = "Date,A,B,C\n" + rows.joined(separator: "\n") + "\n"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wbr-stream-\(UUID().uuidString).csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let read = try CSVReader.read(path: url.path)
    #expect(Self.dump(read) == Self.dump(try CSVReader.parse(bytes: Array(text.utf8), file: url.path)))
  }

  /// The conformance scenarios and the sample app's data: built from files (keeping what the
  /// config reads) and from every cell, the same deck and the same warnings.
  @Test func aPlannedReadBuildsTheSameDeck() throws {
    var pairs: [(String, String)] = []
    for k in 1...9 {
      let dir = GoldenVectors.scenarioRoot.appendingPathComponent("scenario_\(k)")
      pairs.append(
        (dir.appendingPathComponent("config.yaml").path, dir.appendingPathComponent("original.csv").path))
    }
    let metrics = [
      "  sales:", "    column: main.Sales", "    aggf: sum",
      "  us:", "    filter:", "      base_column: Sales", "      query: \"Country == 'US'\"", "    aggf: sum",
      "  big:", "    filter:", "      base_column: Sales", "      query: \"Sales__Target > 200\"",
      "    aggf: max",
      "deck:", "  - block:", "      ui_type: 6_12Graph", "      title: X", "      metrics:",
      "        sales:", "          line_style: primary", "        us:", "          line_style: secondary",
      "        big:", "          line_style: secondary",
    ]
    let fixture = try BuildFixture(
      config: BuildFixture.config(weekEnding: "2025-04-19", metrics: metrics.joined(separator: "\n") + "\n"),
      csv: "Date,Sales,Sales__Target,Country,Audit\n"
        + (0..<400).map { k in
          "\(Day(ordinal: 20000 + k / 2)),\(k % 50),\(k),\(k % 2 == 0 ? "US" : "FR"),a\(k % 3)"
        }.joined(separator: "\n"))
    defer { try? FileManager.default.removeItem(at: fixture.dir) }
    pairs.append((fixture.configPath, fixture.dataPath))
    for (configPath, dataPath) in pairs {
      let planned = Result { () throws(InputError) in
        try DeckBuilder.build(configPath: configPath, dataPath: dataPath)
      }
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dataPath)))
      let everything = Result { () throws(InputError) -> (Deck, [Diagnostic]) in
        var log = BuildLog()
        let config = try ConfigReader.read(path: configPath, log: &log)
        let table = try CSVReader.parse(bytes: bytes, file: dataPath)
        let deck = try DeckBuilder.build(
          config: config, table: table, configFile: configPath, dataFile: dataPath, log: &log)
        return (deck, log.warnings)
      }
      switch (planned, everything) {
      case (.success(let a), .success(let b)):
        #expect(!a.0.metrics.isEmpty, "\(configPath)")
        #expect(a.0 == b.0, "\(configPath)")
        #expect(a.1 == b.1, "\(configPath)")
      case (.failure(let a), .failure(let b)):
        #expect(a == b, "\(configPath)")
      default: Issue.record("\(configPath): \(planned) vs \(everything)")
      }
    }
  }
}
