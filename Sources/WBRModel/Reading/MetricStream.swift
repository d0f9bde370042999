/// Reads a deck's metrics while the parser is still in the file, one metric at a time, so that
/// the tape never holds more than the header and one metric (docs/DECISIONS.md "Reader: one
/// metric at a time"). What it keeps per metric is what `readMetrics` needs afterwards: the
/// metric, a few positions and the metric's diagnostics, which `readMetrics` replays into the
/// deck's log in the order and under the caps a whole-tape read would have logged them.
///
/// It streams only when the deck's `week_ending` comes before `metrics` (every writer we know
/// puts it there): a series is checked against it. Otherwise the parse keeps the metrics on
/// the tape and they are read from there, with the same results.
final class MetricStream: JSONElementSink {
  let key: StaticString = "metrics"
  private var reader: DocumentReader
  private let maxErrors: Int
  private let maxWarnings: Int
  private var weekEnding: Day?
  /// What was read of each metric, in file order.
  private(set) var reads: [MetricRead] = []
  /// The streamed array's node and its element count, once it is closed.
  private(set) var array: JSONRef?
  private(set) var count = 0
  private var storedErrors = 0
  private var storedWarnings = 0

  init(file: String, maxErrors: Int, maxWarnings: Int) {
    reader = DocumentReader(tape: JSONTape(input: []), file: file)
    self.maxErrors = maxErrors
    self.maxWarnings = maxWarnings
  }

  func begin(_ tape: JSONTape) -> Bool {
    guard let node = tape.member(tape.root, "week_ending") else { return false }
    weekEnding = tape.isString(node) ? tape.withBytes(node, DocumentReader.isoDay) : nil
    return true
  }

  func element(_ element: JSONRef, index: Int, in tape: JSONTape) {
    // Once the metrics' errors fill the cap, the deck's log is full before the next metric,
    // and a whole-tape read stops there too.
    guard storedErrors < maxErrors else { return }
    // The warnings past the cap are only counted: the deck's log would only count them.
    reader.log = DiagnosticLog(
      file: reader.log.file, maxErrors: maxErrors, maxWarnings: max(0, maxWarnings - storedWarnings))
    reader.tape = tape
    var read = reader.readMetricElement(element, index: index, weekEnding: weekEnding)
    reader.tape = JSONTape(input: [])
    if !reader.log.isEmpty { read.log = reader.log }
    storedErrors += reader.log.errors.count + reader.log.omittedErrors
    storedWarnings += reader.log.warnings.count
    reads.append(read)
  }

  func end(array: JSONRef, count: Int) {
    self.array = array
    self.count = count
  }
}

/// Where a value was in the file, kept after its tape is gone.
struct SourcePosition: Equatable {
  var line: Int
  var column: Int
}

/// One element of `metrics` as read: the metric (nil when it is refused) and what the checks
/// across metrics need of its element (the positions of its `id`, `section`, `pairs_with`
/// and `owner` values), and, when streamed, the diagnostics reading it logged.
struct MetricRead {
  var metric: Metric?
  var id: SourcePosition?
  var section: SourcePosition?
  var pairsWith: SourcePosition?
  var renamedFrom: SourcePosition?
  /// The element's `owner` when it is a string, for the owners file's check.
  var owner: OwnerMention?
  var log: DiagnosticLog?
}

/// A metric's `owner` as written, where it is, and the metric's `id` as written.
struct OwnerMention {
  var owner: String
  var metricID: String
  var position: SourcePosition
}
