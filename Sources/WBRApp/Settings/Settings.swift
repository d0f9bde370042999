/// What a settings file (`settings.toml`) asked for: only what it sets, so that every other
/// value stays the default and a flag, the environment or the deck can still win over it
/// (precedence flag > environment > deck > settings > default, docs/DECISIONS.md).
///
/// A pure value: `SettingsParser` makes it from text; the command reads the file.
public struct Settings: Sendable, Equatable {
  /// Key bindings replacing an action's keys on one screen, in file order.
  public var keys: [KeyOverride] = []
  /// `[colors] theme`: nil leaves the built-in palette.
  public var theme: ColorTheme?
  /// `[colors] good = "green"`, …: a colour per emphasis role.
  public var colors: [ColorRole: TerminalColor] = [:]
  /// `[display] ascii = true` forces ASCII; false never forces Unicode.
  public var ascii: Bool?
  /// `[display] copy = false` turns `y` (OSC 52) off.
  public var copy: Bool?
  /// `[display] mouse = false` turns clicks and the wheel off (the terminal selects text).
  public var mouse: Bool?
  /// `[meeting] owners`: the owners file for meet, prep, gaps, check, report and publish.
  public var owners: String?
  /// `[meeting] budget_minutes`: how long the meeting may take.
  public var budgetMinutes: Int?
  /// `[record] new_record`: where a new series record goes when the search finds none.
  public var newRecord: NewRecordPlace?

  public init() {}

  /// The meeting budget when nothing sets one: 60 minutes, a WBR's usual length.
  public static let defaultBudgetMinutes = 60

  /// The budget in effect: the file's, else the default.
  public var budget: Int { budgetMinutes ?? Self.defaultBudgetMinutes }

  /// The colours in effect: the theme's, with the file's roles over them.
  public var colorScheme: ColorScheme {
    var scheme = ColorScheme.theme(theme ?? .auto)
    for (role, color) in colors { scheme.colors[role] = color }
    return scheme
  }

  /// The key table with this file's bindings (already checked by the parser).
  public var bindings: KeyBindings {
    KeyBindings.standard.applying(keys).bindings
  }
}

/// One `[keys.SCREEN] action = ["key", …]` line.
public struct KeyOverride: Sendable, Equatable {
  var context: BindingContext
  var action: Action
  var actionName: String
  var keys: [Key]
  /// The file's line, for the message if the binding is refused.
  var line: Int
}

/// Where a new meeting record is created when the search (like git's) finds none.
public enum NewRecordPlace: String, Sendable, Equatable, CaseIterable {
  /// Next to the deck (the default): one record per week folder until `wbr init`.
  case deckFolder = "deck-folder"
  /// In the deck's parent folder: the series folder above the week folders, so later weeks find it.
  case parentFolder = "parent-folder"
}

/// A problem in the settings file: where and what. The meeting still opens, with the defaults
/// for what the line meant to set.
public struct SettingsWarning: Sendable, Equatable, CustomStringConvertible {
  public var path: String
  /// 1-based; nil when the problem is not on one line.
  public var line: Int?
  public var column: Int?
  public var message: String

  public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
    return "\(path)\(place): \(message)"
  }
}
