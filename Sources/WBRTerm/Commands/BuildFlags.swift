import ArgumentParser
import WBRBuild
import WBRModel

extension DateParser.Order: ExpressibleByArgument {}

/// The options of a build from a WBR App config and CSV that a weekly job sets on the command
/// line: shared by `build` and by `check`, `report` and `meet` with `--config`/`--data`, so
/// that a hint naming one of them works with every command that builds.
struct BuildFlags: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The week under review (YYYY-MM-DD or 25-SEP-2021), instead of setup.week_ending; latest = the last complete week in the data.",
      valueName: "date|latest"))
  var weekEnding: String?

  @Option(
    help: ArgumentHelp(
      "When the data was extracted, as an RFC 3339 timestamp (the deck's as_of), instead of setup.as_of.",
      valueName: "timestamp"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "The order of day and month in all-number dates such as 05/01/2020: mdy or dmy (default: decided from the data).",
      valueName: "order"))
  var dateFormat: DateParser.Order?

  @Option(
    help: ArgumentHelp(
      "The CSV's field separator: one character such as ';' or '|', or tab.", valueName: "char"))
  var delimiter: String?

  @Option(
    help: ArgumentHelp(
      "The connections file (YAML) the config's data_sources name connections of, instead of setup.db_config_url.",
      valueName: "file"))
  var connections: String?

  func validate() throws {
    if let weekEnding, BuildOptions.weekEnding(weekEnding) == nil {
      throw ValidationError(
        "--week-ending: expected a date such as 2021-09-25 or 25-SEP-2021, or latest, found \"\(weekEnding)\""
      )
    }
    if let asOf, !Timestamp.isRFC3339(asOf) {
      throw ValidationError(
        "--as-of: expected an RFC 3339 timestamp such as 2021-09-27T07:00:00Z, found \"\(asOf)\"")
    }
    if let delimiter, BuildOptions.separator(delimiter) == nil {
      throw ValidationError(
        "--delimiter: expected one character other than a quote (such as ';' or '|'), or tab, found \"\(delimiter)\""
      )
    }
  }

  /// Whether any flag was given (they need `--config` and `--data`).
  var isSet: Bool {
    weekEnding != nil || asOf != nil || dateFormat != nil || delimiter != nil || connections != nil
  }

  var options: BuildOptions {
    BuildOptions(
      weekEnding: weekEnding.flatMap(BuildOptions.weekEnding), asOf: asOf, dateOrder: dateFormat,
      separator: delimiter.flatMap(BuildOptions.separator) ?? UInt8(ascii: ","))
  }
}
