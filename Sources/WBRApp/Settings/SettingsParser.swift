import TOMLKit

/// Reads a settings file's text into `Settings`, never failing: every problem (bad TOML, an
/// unknown table or key, a value of the wrong kind, a bad colour, an unknown action, a key
/// bound twice) is a located warning and leaves the default for what that line meant to set,
/// so a broken file never keeps the meeting from opening.
public enum SettingsParser {
  public static func parse(_ text: String, path: String) -> (settings: Settings, warnings: [SettingsWarning])
  {
    var reader = Reader(path: path, lines: SettingsLines(text: text))
    let root: TOMLTable
    do {
      root = try TOMLTable(string: text)
    } catch let error as TOMLParseError {
      let warning = SettingsWarning(
        path: path, line: error.source.begin.line, column: error.source.begin.column,
        message: "not valid TOML: \(error.description); using the default settings")
      return (Settings(), [warning])
    } catch {
      return (Settings(), [SettingsWarning(path: path, message: "not valid TOML: \(error)")])
    }
    reader.read(root)
    // The library hands tables over in key order: warnings go back to the file's order.
    let sorted = reader.warnings.enumerated().sorted {
      ($0.element.line ?? Int.max, $0.offset) < ($1.element.line ?? Int.max, $1.offset)
    }.map(\.element)
    return (reader.settings, sorted)
  }
}

/// One pass over the parsed tables, collecting settings and warnings.
private struct Reader {
  let path: String
  let lines: SettingsLines
  var settings = Settings()
  var warnings: [SettingsWarning] = []

  init(path: String, lines: SettingsLines) {
    self.path = path
    self.lines = lines
  }

  mutating func warn(_ at: [String], _ message: String) {
    warnings.append(SettingsWarning(path: path, line: lines.line(at), message: message))
  }

  mutating func read(_ root: TOMLTable) {
    for key in root.keys {
      guard let value = root[key] else { continue }
      switch key {
      case "keys": table(value, [key]).map { readKeys($0) }
      case "colors": table(value, [key]).map { readColors($0) }
      case "display": table(value, [key]).map { readDisplay($0) }
      case "meeting": table(value, [key]).map { readMeeting($0) }
      case "record": table(value, [key]).map { readRecord($0) }
      default: warn([key], "unknown setting \(key) (expected keys, colors, display, meeting or record)")
      }
    }
  }

  mutating func table(_ value: TOMLValueConvertible, _ at: [String]) -> TOMLTable? {
    if let table = value.table { return table }
    warn(at, "\(at.joined(separator: ".")) should be a table, found \(value.type)")
    return nil
  }

  mutating func string(_ value: TOMLValueConvertible, _ at: [String]) -> String? {
    if let string = value.string { return string }
    warn(at, "\(at.joined(separator: ".")) should be a string, found \(value.type)")
    return nil
  }

  mutating func readKeys(_ keys: TOMLTable) {
    var overrides: [KeyOverride] = []
    for screenName in keys.keys {
      guard let value = keys[screenName], let screen = table(value, ["keys", screenName]) else { continue }
      guard let context = SettingsNames.context(named: screenName) else {
        let known = SettingsNames.contexts.map(\.name).joined(separator: ", ")
        warn(["keys", screenName], "unknown screen \(screenName) (expected one of \(known))")
        continue
      }
      for actionName in screen.keys {
        let at = ["keys", screenName, actionName]
        guard let action = SettingsNames.action(named: actionName) else {
          warn(
            at, "unknown action \(actionName) (the help screen's actions: `wbr settings --print-defaults`)")
          continue
        }
        guard let names = keyNames(screen[actionName], at) else { continue }
        var parsed: [Key] = []
        for name in names {
          if let key = SettingsNames.key(named: name) {
            parsed.append(key)
          } else {
            warn(
              at,
              "unknown key \"\(name)\" for \(actionName) (expected a character, Ctrl-X, F1, Enter, Esc, …)")
          }
        }
        guard parsed.count == names.count, !parsed.isEmpty else { continue }
        overrides.append(
          KeyOverride(
            context: context, action: action, actionName: actionName, keys: parsed, line: lines.line(at) ?? 0)
        )
      }
    }
    // In the file's order, so that of two lines binding one key the later one is refused.
    overrides.sort { $0.line < $1.line }
    let (_, refused) = KeyBindings.standard.applying(overrides)
    for (override, reason) in refused {
      warnings.append(
        SettingsWarning(
          path: path, line: override.line == 0 ? nil : override.line, message: "binding refused: \(reason)"))
    }
    let refusedLines = Set(refused.map { "\($0.0.line) \($0.0.actionName)" })
    settings.keys = overrides.filter { !refusedLines.contains("\($0.line) \($0.actionName)") }
  }

  /// `"q"` or `["q", "Ctrl-C"]`.
  mutating func keyNames(_ value: TOMLValueConvertible?, _ at: [String]) -> [String]? {
    guard let value else { return nil }
    if let one = value.string { return [one] }
    if let array = value.array {
      let names = array.compactMap { $0.string }
      if names.count == array.count { return names }
    }
    warn(at, "\(at.joined(separator: ".")) should be a key name or a list of them, found \(value.type)")
    return nil
  }

  mutating func readColors(_ colors: TOMLTable) {
    let roles: [String: ColorRole] = [
      "normal": .normal, "muted": .muted, "good": .good, "bad": .bad, "warn": .warn, "accent": .accent,
      "heading": .heading,
    ]
    for key in colors.keys {
      guard let value = colors[key] else { continue }
      let at = ["colors", key]
      if key == "theme" {
        guard let name = string(value, at) else { continue }
        if let theme = ColorTheme(rawValue: name) {
          settings.theme = theme
        } else {
          warn(at, "unknown theme \"\(name)\" (expected auto, dark or light)")
        }
      } else if let role = roles[key] {
        if let index = value.int {
          if (0...255).contains(index) {
            settings.colors[role] = .indexed(index)
          } else {
            warn(at, "colour \(index) for \(key) is out of range (expected 0 to 255)")
          }
        } else if let name = string(value, at) {
          if let color = TerminalColor(setting: name.lowercased()) {
            settings.colors[role] = color
          } else {
            let known = (["default"] + TerminalColor.names).joined(separator: ", ")
            warn(at, "unknown colour \"\(name)\" for \(key) (expected \(known) or 0 to 255)")
          }
        }
      } else {
        warn(
          at, "unknown setting colors.\(key) (expected theme, \(roles.keys.sorted().joined(separator: ", ")))"
        )
      }
    }
  }

  mutating func readDisplay(_ display: TOMLTable) {
    for key in display.keys {
      guard let value = display[key] else { continue }
      guard ["ascii", "copy", "mouse"].contains(key) else {
        warn(["display", key], "unknown setting display.\(key) (expected ascii, copy or mouse)")
        continue
      }
      guard let flag = value.bool else {
        warn(["display", key], "display.\(key) should be true or false, found \(value.type)")
        continue
      }
      switch key {
      case "ascii": settings.ascii = flag
      case "copy": settings.copy = flag
      default: settings.mouse = flag
      }
    }
  }

  mutating func readMeeting(_ meeting: TOMLTable) {
    for key in meeting.keys {
      guard let value = meeting[key] else { continue }
      let at = ["meeting", key]
      switch key {
      case "owners":
        if let owners = string(value, at) {
          if owners.isEmpty {
            warn(at, "meeting.owners is empty (leave it out for no owners file)")
          } else {
            settings.owners = owners
          }
        }
      case "budget_minutes":
        if let minutes = value.int, (1...1440).contains(minutes) {
          settings.budgetMinutes = minutes
        } else {
          warn(
            at, "meeting.budget_minutes should be a whole number of minutes from 1 to 1440, found \(value)")
        }
      default: warn(at, "unknown setting meeting.\(key) (expected owners or budget_minutes)")
      }
    }
  }

  mutating func readRecord(_ record: TOMLTable) {
    for key in record.keys {
      guard let value = record[key] else { continue }
      let at = ["record", key]
      guard key == "new_record" else {
        warn(at, "unknown setting record.\(key) (expected new_record)")
        continue
      }
      guard let name = string(value, at) else { continue }
      if let place = NewRecordPlace(rawValue: name) {
        settings.newRecord = place
      } else {
        warn(at, "unknown place \"\(name)\" for record.new_record (expected deck-folder or parent-folder)")
      }
    }
  }
}
