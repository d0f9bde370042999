import WBRModel

/// Where the settings file is and its text: `--settings FILE`, else `$WBR_SETTINGS`, else
/// `$XDG_CONFIG_HOME/wbr/settings.toml`, else `~/.config/wbr/settings.toml`.
///
/// The file is optional: a missing default file is no settings, quietly; a missing file that
/// was named (flag or environment) is a problem to report. Either way the meeting opens.
public struct SettingsFile: Sendable, Equatable {
  public var path: String
  /// Named by the flag or the environment (so a missing file is worth a warning).
  public var named: Bool

  public init(path: String, named: Bool) {
    self.path = path
    self.named = named
  }

  /// The settings file's name inside the configuration folder.
  public static let relativePath = "wbr/settings.toml"
  public static let environmentVariable = "WBR_SETTINGS"
  /// Settings files are a few kilobytes; a bigger one is a mistake.
  public static let maxBytes = 1 << 20

  public static func locate(flag: String?, environment: [String: String]) -> SettingsFile? {
    if let flag, !flag.isEmpty { return SettingsFile(path: flag, named: true) }
    if let env = environment[environmentVariable], !env.isEmpty {
      return SettingsFile(path: env, named: true)
    }
    // XDG Base Directory: a relative $XDG_CONFIG_HOME is invalid and ignored.
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return SettingsFile(path: config + "/" + relativePath, named: false)
    }
    if let home = environment["HOME"], !home.isEmpty {
      return SettingsFile(path: home + "/.config/" + relativePath, named: false)
    }
    return nil
  }

  /// What reading the file gave.
  public enum Contents: Sendable, Equatable {
    /// No file where the default path points: no settings, nothing to say.
    case absent
    case text(String)
    /// The file could not be read or is not UTF-8: the message says where and why.
    case problem(String)
  }

  public func read() -> Contents {
    if !named && !PosixFile.exists(path) { return .absent }
    let bytes: [UInt8]
    do throws(InputError) {
      bytes = try FileBytes.read(path, maxBytes: Self.maxBytes)
    } catch {
      return .problem("\(error.description); using the default settings")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return .problem("\(path): not UTF-8 text; using the default settings")
    }
    return .text(text)
  }
}
