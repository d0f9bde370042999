import Foundation
import WBRModel

/// What must hold of everything `wbr` makes from an input, however hostile: every shown number
/// finite (or n/a), no character a terminal would interpret, a refusal that says where. Each
/// check returns the problems found (empty when it holds).
///
/// Shared by the fuzz regression tests and the libFuzzer targets (scripts/fuzz.sh compiles this
/// file into them), so that a finding and its regression test check the very same thing.
enum OutputChecks {
  /// Characters `SafeText` would escape: C0 controls but the line feed (when `newlines`), DEL,
  /// C1 controls, bidi overrides. Named once each, with the first offset.
  static func unsafeCharacters(_ text: String, newlines: Bool = true, what: String) -> [String] {
    var found: [UInt32: Int] = [:]
    for (k, s) in text.unicodeScalars.enumerated() where SafeText.isUnsafe(s, keepingNewlines: newlines) {
      if found[s.value] == nil { found[s.value] = k }
    }
    return found.sorted { $0.value < $1.value }.map { code, at in
      "\(what): unsafe character U+\(String(code, radix: 16, uppercase: true)) at scalar \(at)"
    }
  }

  /// Raw bytes a terminal would act on: < 0x20 other than the line feed, and DEL.
  static func controlBytes(_ bytes: [UInt8], what: String) -> [String] {
    guard let at = bytes.firstIndex(where: { ($0 < 0x20 && $0 != 0x0A) || $0 == 0x7F }) else { return [] }
    return ["\(what): control byte 0x\(String(bytes[at], radix: 16)) at offset \(at)"]
  }

  /// "nan" or "inf" in output whose input texts do not spell them.
  static func nonFiniteWords(_ text: String, inputs: [String], what: String) -> [String] {
    let spelled = inputs.contains { hasWord($0) }
    return !spelled && hasWord(text) ? ["\(what): shows nan or inf"] : []
  }

  static func hasWord(_ text: String) -> Bool {
    let t = text.lowercased()
    return t.contains("nan") || t.contains("inf")
  }

  /// Every number the analysis computed is finite.
  static func nonFinite(_ analysis: DeckAnalysis) -> [String] {
    var problems: [String] = []
    for a in analysis.metrics {
      let values: [Double?] = [
        a.current, a.previous, a.priorYear, a.target, a.wow?.value, a.yoy?.value, a.vsTarget?.value,
        a.latestMonthValue, a.latestMonthPriorYear, a.monthYoY?.value, a.mtdYoY?.value, a.qtdYoY?.value,
        a.ytdYoY?.value, a.xmr?.centre, a.xmr?.mrBar, a.xmr?.upperNaturalLimit, a.xmr?.lowerNaturalLimit,
        a.xmr?.upperRangeLimit, a.xmr?.upperHalfway, a.xmr?.lowerHalfway,
      ]
      for case let v? in values + a.wowSparkline + a.yoySparkline where !v.isFinite {
        problems.append("metric \(a.index): a number that is not finite (\(v))")
      }
    }
    return problems
  }

  /// A refusal has at least one error; every diagnostic has a message and prints safely.
  static func located(_ diagnostics: [Diagnostic], refused: Bool, what: String) -> [String] {
    var problems: [String] = []
    if refused && !diagnostics.contains(where: { $0.severity == .error }) {
      problems.append("\(what): refused without an error")
    }
    for d in diagnostics {
      if d.message.isEmpty { problems.append("\(what): a diagnostic without a message") }
      problems += unsafeCharacters(SafeText.clean(d.description), newlines: false, what: "\(what) diagnostic")
    }
    return problems + problemForms(diagnostics, what: what)
  }

  /// The printed problems (docs/PROBLEMS.md): one text line per problem plus the verdict, with
  /// nothing a terminal would act on, so no file text can forge a line; one JSON record a line,
  /// each of which parses.
  static func problemForms(_ diagnostics: [Diagnostic], what: String) -> [String] {
    let report = ProblemReport(diagnostics)
    let verdict = ProblemVerdict(command: "build", outcome: .ok, status: 0, text: "verdict: \(report.counts)")
    var problems: [String] = []
    let text = report.text(verdict: verdict)
    problems += unsafeCharacters(text, what: "\(what) problem text")
    if text.split(separator: "\n", omittingEmptySubsequences: false).count != diagnostics.count + 2 {
      problems.append("\(what): problem text is not one line per problem and a verdict")
    }
    let json = report.jsonLines(verdict: verdict)
    problems += controlBytes(Array(json.utf8), what: "\(what) problem JSON")
    let lines = json.split(separator: "\n")
    if lines.count != diagnostics.count + 1 {
      problems.append("\(what): problem JSON is not one record a line")
    }
    for line in lines where (try? JSONSerialization.jsonObject(with: Data(line.utf8))) == nil {
      problems.append("\(what): a problem record does not parse: \(line.prefix(80))")
    }
    return problems
  }

  /// What the front ends make of a deck that loads: the analysis, the text report (Unicode
  /// and ASCII), the JSON report (must parse back) and the notes in plain text and Markdown.
  static func deckPipeline(_ deck: Deck, owners: OwnersFile = OwnersFile()) -> [String] {
    var problems: [String] = []
    let inputs = texts(of: deck, owners: owners)
    for ascii in [false, true] {
      let analysis = DeckAnalyzer.analyze(deck, ascii: ascii)
      problems += nonFinite(analysis)
      let report = DeckReport(deck: deck, owners: owners, analysis: analysis)
      let text = ReportText.render(report, ascii: ascii)
      problems += unsafeCharacters(text, what: "report text")
      problems += nonFiniteWords(text, inputs: inputs, what: "report text")
      guard !ascii else { continue }
      let json = ReportJSON.render(report)
      problems += jsonProblems(json, what: "report JSON")
      problems += nonFiniteWords(json, inputs: inputs, what: "report JSON")
      let notes = NotesBuilder(
        deck: deck, analysis: analysis, owners: owners, record: MeetingRecord(), week: deck.weekEnding,
        login: "check", deckFile: "deck.json"
      ).build()
      problems += notesProblems(notes)
    }
    return problems
  }

  /// Every notes format prints safely and is valid for its kind: text and Markdown carry no
  /// unsafe character, JSON parses and escapes them all, CSV has the header's number of
  /// fields on every row.
  static func notesProblems(_ notes: MeetingNotes) -> [String] {
    var problems = unsafeCharacters(NotesFormat.txt.render(notes), what: "notes txt")
    problems += unsafeCharacters(NotesFormat.md.render(notes), what: "notes md")
    problems += jsonProblems(NotesFormat.json.render(notes), what: "notes json")
    problems += csvProblems(NotesFormat.csv.render(notes), what: "notes csv")
    return problems
  }

  /// JSON as wbr writes it: parses, and holds no unsafe character raw (escapes only).
  static func jsonProblems(_ json: String, what: String) -> [String] {
    var problems = unsafeCharacters(json, what: what)
    do throws(JSONSyntaxError) {
      _ = try JSONParser.parse(json)
    } catch {
      problems.append("\(what) does not parse: \(error.message) at \(error.line):\(error.column)")
    }
    return problems
  }

  /// RFC 4180 as the notes write it: CRLF after every record and nowhere else unquoted, the
  /// same number of fields on every record, no unsafe character but the record ends' CR.
  static func csvProblems(_ csv: String, what: String) -> [String] {
    var problems = unsafeCharacters(csv.replacingOccurrences(of: "\r\n", with: "\n"), what: what)
    var records: [Int] = []
    var fields = 1
    var quoted = false
    var previous: Unicode.Scalar = " "
    for u in csv.unicodeScalars {
      defer { previous = u }
      if quoted {
        if u == "\"" { quoted = false }
        continue
      }
      switch u {
      case "\"": quoted = true
      case ",": fields += 1
      case "\n":
        if previous != "\r" { problems.append("\(what): a bare line feed outside quotes") }
        records.append(fields)
        fields = 1
      default: break
      }
    }
    if quoted { problems.append("\(what): an unterminated quoted field") }
    if !csv.isEmpty && !csv.hasSuffix("\r\n") { problems.append("\(what): the last record has no CRLF") }
    if let first = records.first, let bad = records.firstIndex(where: { $0 != first }) {
      problems.append("\(what): record \(bad + 1) has \(records[bad]) fields, the header \(first)")
    }
    return problems
  }

  /// Every text of the deck and owners, to tell a "nan" typed in a name from a computed one.
  static func texts(of deck: Deck, owners: OwnersFile) -> [String] {
    var out = [deck.title, deck.asOf ?? ""] + deck.sections.flatMap { [$0.id, $0.title] }
    for m in deck.metrics {
      out += [m.id, m.name, m.section ?? "", m.owner ?? "", m.description ?? "", m.format ?? ""]
      out += [m.prefix ?? "", m.pairsWith ?? ""] + m.annotations.map(\.text)
    }
    for o in owners.owners { out += [o.id, o.name, o.team ?? "", o.email ?? ""] }
    return out + owners.assignments.flatMap { [$0.key, $0.value] }
  }
}
