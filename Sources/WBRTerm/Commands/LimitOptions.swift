import ArgumentParser
import Foundation
import WBRModel

/// `--max-file-size` and `--max-string-length`: the bounds past which an input file is
/// refused with a message instead of loaded (docs/RELIABILITY.md). The defaults suit any real
/// deck; the environment (WBR_MAX_FILE_SIZE, WBR_MAX_STRING_LENGTH) sets them for every run,
/// an option for one.
struct LimitOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Refuse input files larger than this (bytes, or with K, M, G; default 256M or $WBR_MAX_FILE_SIZE).",
      valueName: "size"))
  var maxFileSize: String?

  @Option(
    help: ArgumentHelp(
      "Refuse JSON strings longer than this (bytes, or with K, M; default 1M or $WBR_MAX_STRING_LENGTH).",
      valueName: "size"))
  var maxStringLength: String?

  func validate() throws {
    _ = try resolved(environment: ProcessInfo.processInfo.environment)
  }

  /// The load options for this run.
  var loadOptions: LoadOptions {
    (try? resolved(environment: ProcessInfo.processInfo.environment)) ?? LoadOptions()
  }

  /// The options from the command line, else the environment, else the defaults.
  func resolved(environment: [String: String]) throws -> LoadOptions {
    var options = LoadOptions()
    let file = try Self.size(maxFileSize, "--max-file-size", env: environment["WBR_MAX_FILE_SIZE"])
    if let file { options.maxFileBytes = file }
    let string = try Self.size(
      maxStringLength, "--max-string-length", env: environment["WBR_MAX_STRING_LENGTH"])
    if let string { options.json.maxStringBytes = string }
    return options
  }

  private static func size(_ option: String?, _ name: String, env: String?) throws -> Int? {
    if let option {
      guard let n = ByteSize.parse(option) else { throw ValidationError(ByteSize.problem(name, option)) }
      return n
    }
    guard let env, !env.isEmpty else { return nil }
    let variable = name == "--max-file-size" ? "WBR_MAX_FILE_SIZE" : "WBR_MAX_STRING_LENGTH"
    guard let n = ByteSize.parse(env) else { throw ValidationError(ByteSize.problem(variable, env)) }
    return n
  }
}

/// A size as people type it: `1048576`, `64K`, `256M`, `256MB`, `1G`, `1GiB` (binary units).
enum ByteSize {
  static func parse(_ text: String) -> Int? {
    var digits = Substring(text.trimmingCharacters(in: .whitespaces))
    var shift = 0
    for (suffix, s) in [("KIB", 10), ("MIB", 20), ("GIB", 30), ("KB", 10), ("MB", 20), ("GB", 30)]
      + [("K", 10), ("M", 20), ("G", 30), ("B", 0)]
    where digits.uppercased().hasSuffix(suffix) {
      digits = digits.dropLast(suffix.count)
      shift = s
      break
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let n = Int(digits), n > 0,
      n <= Int.max >> shift
    else { return nil }
    return n << shift
  }

  static func problem(_ name: String, _ value: String) -> String {
    "\(name): expected a size such as 256M, 64K or 1048576 (bytes), found \"\(SafeText.clean(value))\""
  }
}
