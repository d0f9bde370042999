/// Reads the parsed JSON of a deck file (deck-format.md, version 1) into a `Deck`.
///
/// Every "required: yes" rule and the type of every key present are checked; a file that
/// breaks one is refused (`value` is nil) with all the errors found, up to a cap. Softer
/// problems (unknown keys, short or gappy history, faulty series points, unknown sections or
/// paired metrics) are warnings; the points at fault are left out and counted in
/// `Metric.droppedPoints`.
public enum DeckReader {
  /// The newest deck version this build understands.
  public static let supportedVersion = 1

  /// Reads an already parsed deck.
  public static func read(_ tape: JSONTape, file: String) -> ReadResult<Deck> {
    read(ParsedDeck(tape: tape, stream: nil), file: file)
  }

  static func read(_ parsed: ParsedDeck, file: String) -> ReadResult<Deck> {
    var reader = DocumentReader(tape: parsed.tape, file: file)
    reader.stream = parsed.stream
    let deck = reader.readDeck()
    return ReadResult(value: reader.log.hasErrors ? nil : deck, diagnostics: reader.log.all)
  }

  /// Parses and reads deck bytes; a syntax error is the single error of the result.
  public static func read(
    bytes: [UInt8], file: String, limits: JSONLimits = JSONLimits()
  ) -> ReadResult<Deck> {
    switch JSONDocument.parseDeck(bytes, file: file, options: LoadOptions(json: limits)) {
    case .success(let parsed): return read(parsed, file: file)
    case .failure(let refused): return .refused(refused.diagnostics)
    }
  }
}

/// A parsed deck: its tape, and its metrics when they were read during the parse (then the
/// tape holds everything but them).
package struct ParsedDeck {
  package let tape: JSONTape
  let stream: MetricStream?

  init(tape: JSONTape, stream: MetricStream?) {
    self.tape = tape
    self.stream = stream
  }

  /// A document with everything on its tape.
  package init(tape: JSONTape) { self.init(tape: tape, stream: nil) }
}

/// What a reader made of a file: the value when it is not refused, and every diagnostic
/// (errors first, then warnings, each in file order).
public struct ReadResult<Value: Sendable>: Sendable {
  public var value: Value?
  public var diagnostics: [Diagnostic]

  public init(value: Value?, diagnostics: [Diagnostic]) {
    self.value = value
    self.diagnostics = diagnostics
  }

  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// A refused result with these diagnostics.
  static func refused(_ diagnostics: [Diagnostic]) -> ReadResult {
    ReadResult(value: nil, diagnostics: diagnostics)
  }
}

/// Parsing with the syntax error turned into a file diagnostic.
package enum JSONDocument {
  package static func parse(_ bytes: [UInt8], file: String, limits: JSONLimits) -> Result<
    JSONTape, InputError
  > {
    do throws(JSONSyntaxError) {
      return .success(try JSONTape.parse(bytes, limits: limits))
    } catch {
      return .failure(refusal(error, file: file))
    }
  }

  /// A deck, its metrics read one at a time as they are parsed (`MetricStream`).
  package static func parseDeck(_ bytes: [UInt8], file: String, options: LoadOptions) -> Result<
    ParsedDeck, InputError
  > {
    let stream = MetricStream(file: file, maxErrors: options.maxErrors, maxWarnings: options.maxWarnings)
    do throws(JSONSyntaxError) {
      let tape = try JSONTape.parse(bytes, limits: options.json, sink: stream)
      return .success(ParsedDeck(tape: tape, stream: stream.array == nil ? nil : stream))
    } catch {
      return .failure(refusal(error, file: file))
    }
  }

  static func refusal(_ error: JSONSyntaxError, file: String) -> InputError {
    let d = Diagnostic(
      .jsonSyntax, file: file, line: error.line, column: error.column,
      message: "not valid JSON: " + error.message)
    return InputError(kind: .refused, diagnostics: [d])
  }

  /// Reads a parsed document with `body`: the value only when no error was found.
  static func read<Value>(_ tape: JSONTape, file: String, _ body: (inout DocumentReader) -> Value?)
    -> ReadResult<Value>
  {
    var reader = DocumentReader(tape: tape, file: file)
    let value = body(&reader)
    return ReadResult(value: reader.log.hasErrors ? nil : value, diagnostics: reader.log.all)
  }

  /// Parses and reads `bytes`; a syntax error is the single error of the result.
  static func read<Value>(
    _ bytes: [UInt8], file: String, limits: JSONLimits, _ body: (inout DocumentReader) -> Value?
  ) -> ReadResult<Value> {
    switch parse(bytes, file: file, limits: limits) {
    case .success(let tape): return read(tape, file: file, body)
    case .failure(let refused): return .refused(refused.diagnostics)
    }
  }
}

extension DocumentReader {
  static let deckKeys: [StaticString] = [
    "format", "version", "title", "week_ending", "fiscal_year_end_month", "as_of", "sections",
    "thresholds", "data_quality", "metrics",
  ]

  /// The deck, or nil when a required part is unusable (errors are in the log).
  mutating func readDeck() -> Deck? {
    let root = tape.root
    guard let top = object(root, .root, what: "an object (a wbr deck)") else { return nil }
    guard readHeader(top, format: "wbr-deck") else { return nil }
    checkKeys(top, known: Self.deckKeys, .root)
    let title = required("title", in: top, .root, what: "a string").flatMap {
      string($0, .root.key("title"))
    }
    let weekEnding = required("week_ending", in: top, .root, what: "a date \"YYYY-MM-DD\"")
      .flatMap { day($0, .root.key("week_ending")) }
    var fiscalEnd = 12
    if let n = first("fiscal_year_end_month", in: top) {
      fiscalEnd = integer(n, in: 1...12, .root.key("fiscal_year_end_month")) ?? 12
    }
    var asOf: String?
    if let n = first("as_of", in: top), let s = string(n, .root.key("as_of")) {
      if Timestamp.isRFC3339(s) {
        asOf = s
      } else {
        mismatch("an RFC 3339 timestamp such as \"2026-11-23T07:00:00Z\"", n, .root.key("as_of"))
      }
    }
    let sections = first("sections", in: top).map { readSections($0) } ?? []
    let thresholds = first("thresholds", in: top).map { readThresholds($0, .root.key("thresholds")) }
    let qualityNode = first("data_quality", in: top)
    let quality = qualityNode.flatMap { readDataQuality($0) }
    let metricsNode = required("metrics", in: top, .root, what: "an array of metrics")
    // Metrics are read even when the header is broken, to list their errors too; without a
    // valid week_ending their series cannot be checked against it.
    let metrics = metricsNode.map { readMetrics($0, weekEnding: weekEnding, sections: sections) } ?? []
    guard let title, let weekEnding, metricsNode != nil else { return nil }
    checkQuality(
      quality, at: qualityNode ?? first("week_ending", in: top) ?? top, weekEnding: weekEnding,
      metrics: metrics)
    return Deck(
      title: title, weekEnding: weekEnding, fiscalYearEndMonth: fiscalEnd, asOf: asOf,
      sections: sections, thresholds: thresholds ?? Thresholds(), dataQuality: quality, metrics: metrics)
  }

  /// `format` and `version`: when either is wrong nothing else is checked, since the rest
  /// of the file is then not the format these rules describe.
  mutating func readHeader(_ top: JSONRef, format: String) -> Bool {
    guard let f = required("format", in: top, .root, what: "the string \"\(format)\"") else {
      return false
    }
    guard let found = tape.string(f), found == format else {
      var hint = ""
      if let s = tape.string(f), s.hasPrefix("wbr-") {
        hint = s == "wbr-owners" ? " (this is an owners file: pass it with --owners)" : ""
        hint = s == "wbr-deck" ? " (this is a deck file, not an owners file)" : hint
      }
      problem(
        .jsonFormat, "expected \"\(format)\", found \(self.found(f))" + hint, at: f, path: .root.key("format")
      )
      return false
    }
    guard let v = required("version", in: top, .root, what: "the number 1") else { return false }
    guard let n = tape.number(v), n == n.rounded(), n >= 1 else {
      mismatch("the number \(DeckReader.supportedVersion)", v, .root.key("version"))
      return false
    }
    if n > Double(DeckReader.supportedVersion) {
      problem(
        .jsonVersion,
        "version \(Self.numberText(n)) is newer than this wbr understands (\(DeckReader.supportedVersion)); "
          + "update wbr to read this file", at: v, path: .root.key("version"))
      return false
    }
    return true
  }

  mutating func readSections(_ node: JSONRef) -> [Section] {
    let path = JSONPath.root.key("sections")
    guard let items = array(node, path) else { return [] }
    var sections: [Section] = []
    for (k, item) in items.enumerated() {
      guard let members = object(item, path.index(k)) else { continue }
      checkKeys(members, known: ["id", "title"], path.index(k))
      let id = required("id", in: members, path.index(k), what: "a section id").flatMap {
        identifier($0, path.index(k).key("id"))
      }
      let title = required("title", in: members, path.index(k), what: "a string").flatMap {
        string($0, path.index(k).key("title"))
      }
      guard let id, let title else { continue }
      if sections.contains(where: { $0.id == id }) {
        problem(
          .deckDuplicateSection, "section \(Self.quoted(id)) is listed twice; the first one is used",
          at: item, path: path.index(k))
        continue
      }
      sections.append(Section(id: id, title: title))
    }
    return sections
  }

  /// `{ "wow_pct"?, "yoy_pct"?, "wow_bps"?, "yoy_bps"? }`, each a magnitude ≥ 0.
  mutating func readThresholds(_ node: JSONRef, _ path: JSONPath) -> Thresholds {
    guard let members = object(node, path) else { return Thresholds() }
    let keys: [StaticString] = ["wow_pct", "yoy_pct", "wow_bps", "yoy_bps"]
    checkKeys(members, known: keys, path)
    var values: [Double?] = []
    for key in keys {
      values.append(first(key, in: members).flatMap { nonNegative($0, path.key(key.description)) })
    }
    return Thresholds(wowPct: values[0], yoyPct: values[1], wowBps: values[2], yoyBps: values[3])
  }
}
