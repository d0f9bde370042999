import Foundation
import Testing
import WBRModel

/// One case of the compatibility gate (`cases.txt`): a `wbr notes` run over a frozen journal,
/// with the options it is run with. The e2e script `tests-e2e/compat.sh` reads the same file
/// and runs the real binary, so both check the very same goldens.
struct CompatCase: Sendable, CustomTestStringConvertible {
  var name: String
  /// The journal's file name in `Journals/`.
  var journal: String
  /// Paths relative to this folder.
  var deck: String?
  var owners: String?
  var week: String?
  var lead: String?
  var ascii = false

  var testDescription: String { name }

  /// As `wbr notes`: `--ascii` applies to Markdown and text only, so JSON and CSV would repeat
  /// the case without it.
  var formats: [NotesFormat] { ascii ? [.md, .txt] : NotesFormat.allCases }

  /// `Golden/notes/NAME.FORMAT`.
  func goldenName(_ format: NotesFormat) -> String { "notes/\(name).\(format.rawValue)" }

  /// This folder: the journals, decks, goldens and `cases.txt`.
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  static func path(_ relative: String) -> String { folder.appendingPathComponent(relative).path }

  /// Every case, in file order; empty when `cases.txt` cannot be read (`CompatTests` then fails).
  static let all: [CompatCase] = (try? load()) ?? []

  /// The journals the cases use, each once, sorted.
  static var journals: [String] { Set(all.map(\.journal)).sorted() }

  /// `Golden/records/NAME.txt` for `Journals/NAME.jsonl`.
  static func recordGoldenName(_ journal: String) -> String {
    "records/" + (journal.hasSuffix(".jsonl") ? String(journal.dropLast(6)) : journal) + ".txt"
  }

  static func load() throws -> [CompatCase] {
    let text = try String(contentsOfFile: path("cases.txt"), encoding: .utf8)
    var cases: [CompatCase] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      guard let first = words.first, !first.hasPrefix("#") else { continue }
      guard words.count >= 2 else {
        throw CaseError(line: index + 1, message: "expected NAME JOURNAL OPTIONS…")
      }
      var c = CompatCase(name: words[0], journal: words[1])
      var rest = words.dropFirst(2).makeIterator()
      while let option = rest.next() {
        if option == "--ascii" {
          c.ascii = true
          continue
        }
        guard let value = rest.next() else {
          throw CaseError(line: index + 1, message: "\(option) needs a value")
        }
        switch option {
        case "--deck": c.deck = value
        case "--owners": c.owners = value
        case "--week": c.week = value
        case "--lead": c.lead = value
        default: throw CaseError(line: index + 1, message: "unknown option \(option)")
        }
      }
      cases.append(c)
    }
    return cases
  }

  struct CaseError: Error, CustomStringConvertible {
    var line: Int
    var message: String
    var description: String { "cases.txt:\(line): \(message)" }
  }
}
