/// A terminal colour the settings can give an emphasis role: the eight ANSI colours, the
/// terminal's own foreground (`default`), or an index into a 256-colour palette.
public enum TerminalColor: Sendable, Hashable {
  case `default`
  case ansi(Int)
  case indexed(Int)

  static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// "red", "default", or 0–255; nil for anything else.
  init?(setting: String) {
    if setting == "default" {
      self = .default
    } else if let index = Self.names.firstIndex(of: setting) {
      self = .ansi(index)
    } else {
      return nil
    }
  }

  /// The curses colour number (-1: the terminal's own).
  public var number: Int {
    switch self {
    case .default: return -1
    case .ansi(let n), .indexed(let n): return n
    }
  }
}

/// `[colors] theme`: which background the palette is picked for.
public enum ColorTheme: String, Sendable, Equatable, CaseIterable {
  /// Reads on dark and light backgrounds and on a projector (the built-in palette).
  case auto
  /// Dark background: brighter cyan and yellow, which vanish on white, become usable.
  case dark
  /// Light background: blue and magenta, and headings in blue.
  case light
}

/// The colour of each emphasis role (`ColorRole`); roles without one keep their attributes
/// only (bold headings, dim secondary text). Colour off (`NO_COLOR`, `--no-color`) ignores it.
public struct ColorScheme: Sendable, Equatable {
  public var colors: [ColorRole: TerminalColor]

  public static func theme(_ theme: ColorTheme) -> ColorScheme {
    switch theme {
    case .auto:
      return ColorScheme(colors: [.good: .ansi(2), .bad: .ansi(1), .warn: .ansi(5), .accent: .ansi(4)])
    case .dark:
      return ColorScheme(colors: [.good: .ansi(2), .bad: .ansi(1), .warn: .ansi(3), .accent: .ansi(6)])
    case .light:
      return ColorScheme(colors: [
        .good: .ansi(2), .bad: .ansi(1), .warn: .ansi(5), .accent: .ansi(4), .heading: .ansi(4),
      ])
    }
  }
}
