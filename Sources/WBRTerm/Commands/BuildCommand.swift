import ArgumentParser
import Foundation
import WBRBuild
import WBRModel
import WBRStore

/// `wbr build`: a WBR App config and its daily CSV, as they are, to a version-1 deck.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build a deck from a WBR App config (YAML) and its daily data (CSV).",
    discussion: """
      Reads the WBR App's own files unchanged. Warnings (partial weeks, duplicate rows, rows \
      after week_ending, ...) go to standard error; bad input exits with status 65 and names \
      the file and line. See docs/BUILD.md.
      """)

  @Option(help: "The WBR App config (YAML).") var config: String
  @Option(help: "The daily data (CSV).") var data: String
  @Option(help: "An owners file (JSON) to check the metrics' owners against.") var owners: String?
  @Option(
    name: [.short, .customLong("output")], help: "Where to write the deck (default, or -: standard output).")
  var output: String?
  @Flag(help: "Replace an existing output file.") var force = false
  @Flag(help: "Do not print warnings.") var quiet = false
  @OptionGroup var limits: LimitOptions

  func validate() throws { try DeckSource.validateData(data) }

  func run() throws {
    let deck: Deck
    var warnings: [Diagnostic]
    do {
      let options = limits.loadOptions
      (deck, warnings) = try DeckBuilder.build(configPath: config, dataPath: data, limits: options)
      if let owners {
        warnings += try OwnerCheck.check(deck: deck, ownersPath: owners, maxBytes: options.maxFileBytes)
      }
    } catch {
      StandardError.write(error.description + "\n")
      throw ExitCode(error.exitStatus)
    }
    if !quiet {
      for w in warnings { StandardError.write(w.description + "\n") }
    }
    let bytes = DeckWriter.write(deck)
    if let output, output != "-" {
      do {
        try AtomicFile.write(bytes: bytes, to: output, force: force)
      } catch {
        StandardError.write(error.description + "\n")
        throw ExitCode(error.exitStatus)
      }
    } else {
      try Console.write(bytes: bytes)
    }
  }
}

/// Warns about metric owners the owners file does not know. The owners file is read by the
/// same reader as `wbr check`, so a broken one gets the same located errors (exit 65).
enum OwnerCheck {
  static func check(deck: Deck, ownersPath: String, maxBytes: Int) throws(InputError) -> [Diagnostic] {
    let read = OwnersReader.read(bytes: try FileBytes.read(ownersPath, maxBytes: maxBytes), file: ownersPath)
    guard let owners = read.value else { throw InputError(kind: .refused, diagnostics: read.errors) }
    let ids = Set(owners.owners.map(\.id))
    return read.warnings
      + deck.metrics.compactMap { m in
        guard let o = owners.ownerID(for: m), !ids.contains(o) else { return nil }
        return Diagnostic(
          severity: .warning, file: ownersPath,
          message: "metric '\(m.id)' is owned by '\(o)', who is not in the owners file")
      }
  }
}

/// Standard error, unbuffered; messages quote the files, so controls are made visible.
enum StandardError {
  static func write(_ text: String) { Console.errorText(text) }
}
