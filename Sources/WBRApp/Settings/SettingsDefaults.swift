/// `wbr settings --print-defaults`: a complete settings file, commented, whose every value is
/// the default, so that reading it back changes nothing (a test holds it to that) and a user
/// edits the lines they want and deletes the rest.
public enum SettingsDefaults {
  public static var text: String {
    var out = """
      # wbr settings (settings.toml): $XDG_CONFIG_HOME/wbr/settings.toml, else
      # ~/.config/wbr/settings.toml; --settings FILE or WBR_SETTINGS=FILE name another.
      # Only what is set here changes a default; a flag, the environment or the deck wins
      # over it. A line with a mistake is reported with its line number and ignored.

      [meeting]
      # The owners file for meet, prep, gaps, check, report and publish when --owners is
      # not given (notes, log and commitments use the owners the meeting recorded). A
      # relative path is read from the folder wbr runs in.
      # owners = "owners.json"
      # How long the meeting may take, in minutes.
      budget_minutes = \(Settings.defaultBudgetMinutes)

      [record]
      # Where a new meeting record is created when none is found in the deck's folder or
      # above: "deck-folder" (next to the deck) or "parent-folder" (the folder above it,
      # the series folder when each week's deck is in a folder of its own).
      new_record = "\(NewRecordPlace.deckFolder.rawValue)"

      [display]
      # Draw with ASCII only. false never forces Unicode: a locale that is not UTF-8 gets ASCII.
      ascii = false
      # y copies the selection to the clipboard with OSC 52 (works over SSH; inside tmux,
      # tmux's set-clipboard must be on). false turns it off.
      copy = true
      # Clicks select, double clicks open, the wheel scrolls. false leaves the mouse to the
      # terminal (its own text selection), as --no-mouse does.
      mouse = true

      [colors]
      # "auto" reads on dark and light backgrounds; "dark" and "light" suit one of them.
      # NO_COLOR and --no-color turn colour off whatever is set here.
      theme = "auto"
      # A colour per emphasis role: default, black, red, green, yellow, blue, magenta, cyan,
      # white, or 0 to 255 on a 256-colour terminal. The theme's are:
      # good = "green"
      # bad = "red"
      # warn = "magenta"
      # accent = "blue"
      # heading = "default"
      # muted = "default"

      # Keys, per screen: action = ["key", ...] replaces the action's keys on that screen
      # only. Names as the help screen prints them with --ascii: "q", "Space", "Enter",
      # "Esc", "Tab", "Shift-Tab", "Up", "PgDn", "Home", "F1", "Ctrl-R". A key already
      # doing something else on that screen is refused. Ctrl-C always quits.

      """
    let bindings = KeyBindings.standard.bindings
    for (name, context) in SettingsNames.contexts {
      var lines: [(action: String, keys: [Key], help: String)] = []
      var seen: Set<Key> = []
      for binding in bindings where binding.contexts.contains(context) {
        let fresh = binding.keys.filter { !seen.contains($0) }
        seen.formUnion(binding.keys)
        guard let action = SettingsNames.name(of: binding.action), !fresh.isEmpty else { continue }
        if let index = lines.firstIndex(where: { $0.action == action }) {
          lines[index].keys += fresh
        } else {
          lines.append((action, fresh, binding.help))
        }
      }
      guard !lines.isEmpty else { continue }
      out += "\n[keys.\(name)]\n"
      for line in lines {
        let keys = line.keys.map { quoted($0.label(ascii: true)) }.joined(separator: ", ")
        out += "\(line.action) = [\(keys)]  # \(line.help)\n"
      }
    }
    return out
  }

  /// A TOML basic string: backslashes and quotes escaped (key names have no other controls).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for c in text {
      if c == "\\" || c == "\"" { out.append("\\") }
      out.append(c)
    }
    return out + "\""
  }
}
