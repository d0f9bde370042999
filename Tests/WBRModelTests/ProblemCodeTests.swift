import Foundation
import Testing
import WBRModel

/// Problem codes are a contract: docs/PROBLEMS.md lists every one with its severity, and the
/// problem forms are what the page says.
@Suite struct ProblemCodeTests {
  /// `| \`code\` | severity | ... |` rows of the page's code table.
  func documented() throws -> [String: String] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/PROBLEMS.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    var rows: [String: String] = [:]
    for line in text.split(separator: "\n") where line.hasPrefix("| `") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 3, cells[0].hasPrefix("`"), cells[0].contains(".") else { continue }
      rows[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = cells[1]
    }
    return rows
  }

  @Test func everyCodeIsDocumentedWithItsSeverity() throws {
    let docs = try documented()
    for code in ProblemCode.allCases where code != .omitted {
      #expect(docs[code.rawValue] == code.severity.rawValue, "\(code.rawValue)")
    }
    #expect(docs[ProblemCode.omitted.rawValue] == "warning or error")
    #expect(Set(docs.keys) == Set(ProblemCode.allCases.map(\.rawValue)))
  }

  @Test func codesAreAreaDotWhat() {
    for code in ProblemCode.allCases {
      let parts = code.rawValue.split(separator: ".")
      #expect(parts.count == 2 && code.rawValue.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" })
    }
  }

  @Test func textIsSortedOneLineEachWithAVerdict() {
    let d = [
      Diagnostic(.csvShortRow, file: "d.csv", line: 9, column: 3, message: "short"),
      Diagnostic(.configUnknownKey, file: "c.yaml", line: 4, message: "cell\nc.yaml:1: error: forged"),
      Diagnostic(.csvRowsAfterWeekEnding, file: "d.csv", message: "after"),
      Diagnostic(.csvMissingDays, file: "d.csv", line: 2, message: "gaps"),
    ]
    let report = ProblemReport(d, allow: [.csvMissingDays], files: ["c.yaml", "d.csv"])
    let verdict = ProblemVerdict(
      command: "build", outcome: .refused, status: 65, text: "d.csv: refused: \(report.counts)")
    #expect(
      report.text(verdict: verdict) == """
        c.yaml:4: warning: [config.unknown-key] cell\\u{A}c.yaml:1: error: forged
        d.csv: warning: [csv.rows-after-week-ending] after
        d.csv:9:3: error: [csv.short-row] short
        d.csv: refused: 1 error, 2 warnings (1 allowed)

        """)
  }

  /// Counts include what a listing cap left out: 10,000 warnings are 10,000, not 1,001.
  @Test func countsIncludeTheOmitted() {
    var d = (0..<1000).map { Diagnostic(.jsonUnknownKey, file: "d.json", line: $0 + 1, message: "k") }
    d.append(.omitted(9000, .warning, file: "d.json"))
    d += (0..<50).map { Diagnostic(.jsonType, file: "d.json", line: $0 + 1, message: "t") }
    d.append(.omitted(10, .error, file: "d.json"))
    let report = ProblemReport(d)
    #expect(report.warnings == 10_000 && report.errors == 60)
    #expect(report.counts == "60 errors, 10000 warnings")
    #expect(report.problems.contains { $0.message == "10 more errors not listed" && $0.severity == .error })
  }

  /// The same through the deck reader (issue #14): 60 errors are "60 errors" with a "10 more"
  /// line, and 10,000 warnings are 10,000.
  @Test func aDeckPastTheCapsIsCountedWhole() throws {
    let point = #"{ "week_ending": "2026-11-21", "value": "x" }"#
    let points = Array(repeating: point, count: 60).joined(separator: ", ")
    let bad = deckText(metric: #""id": "m", "name": "M", "kind": "output", "weekly": [\#(points)]"#)
    guard case .failure(let error) = loadDeck(bad) else {
      Issue.record("expected a refusal")
      return
    }
    let report = ProblemReport(error.diagnostics)
    #expect(report.errors == 60 && report.problems.filter { $0.severity == .error }.count == 51)
    #expect(report.problems.contains { $0.code == .omitted && $0.message == "10 more errors not listed" })
    let keys = (0..<10_000).map { #""k\#($0)": 1"# }.joined(separator: ", ")
    let noisy = deckText(extraTop: " \(keys),")
    guard case .success(let loaded) = loadDeck(noisy) else {
      Issue.record("expected a deck")
      return
    }
    #expect(ProblemReport(loaded.warnings).warnings == 10_001)  // + the short history
    #expect(ProblemReport(loaded.warnings).counts == "10001 warnings")
  }

  @Test func jsonRecordsAreOneALineInTheDocumentedShape() throws {
    let d = [
      Diagnostic(
        .jsonType, file: "d\u{1B}.json", line: 3, column: 7, path: "metrics[0].id", message: "bad \"id\""),
      .omitted(4, .error, file: "d.json"),
    ]
    let report = ProblemReport(d)
    let text = report.jsonLines(
      verdict: ProblemVerdict(
        command: "check", outcome: .refused, status: 65, text: "d.json: refused: 5 errors"))
    let lines = text.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == #"{"type": "problem", "file": "d\u001b.json", "line": 3, "column": 7, "severity": "error", "code": "json.type", "path": "metrics[0].id", "message": "bad \"id\""}"#
    )
    #expect(lines[1].hasSuffix(#""message": "4 more errors not listed", "count": 4}"#))
    #expect(
      lines[2]
        == #"{"type": "verdict", "command": "check", "verdict": "refused", "errors": 5, "warnings": 0, "allowed": 0, "exit_status": 65, "message": "d.json: refused: 5 errors"}"#
    )
    for line in lines {
      #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
    }
  }
}
