extension KeyBindings {
  /// The table with `overrides` applied, and the ones refused: each override replaces its
  /// action's keys on its screen only (the other screens keep theirs). An override whose
  /// action has no binding on that screen, or whose key already does something else there
  /// (in the table or in an earlier line of the file), is refused and the table keeps the
  /// defaults for it. Ctrl-C quits everywhere whatever the file says (`isPinned`): a user who
  /// rebinds quit must still be able to leave the way every terminal program is left.
  func applying(_ overrides: [KeyOverride]) -> (bindings: KeyBindings, refused: [(KeyOverride, String)]) {
    var result = bindings
    var refused: [(KeyOverride, String)] = []
    let overridden = Set(overrides.map { OverrideKey(context: $0.context, action: $0.action) })
    var taken: [OverrideKey: Action] = [:]
    for (index, binding) in bindings.enumerated() {
      for context in binding.contexts
      where Self.isPinned(binding)
        || !overridden.contains(OverrideKey(context: context, action: binding.action))
      {
        for key in binding.keys where taken[OverrideKey(context: context, key: key)] == nil {
          taken[OverrideKey(context: context, key: key)] = bindings[index].action
        }
      }
    }
    var claimed: [OverrideKey: KeyOverride] = [:]
    for override in overrides {
      let screen = SettingsNames.name(of: override.context)
      guard
        let first = result.firstIndex(where: {
          $0.action == override.action && $0.contexts.contains(override.context)
        })
      else {
        refused.append((override, "\(override.actionName) is not an action of the \(screen) screen"))
        continue
      }
      let clash = override.keys.lazy.compactMap { key -> (Key, String)? in
        let slot = OverrideKey(context: override.context, key: key)
        if let other = taken[slot], other != override.action {
          return (key, SettingsNames.name(of: other) ?? "another action")
        }
        if let earlier = claimed[slot], earlier.action != override.action {
          return (key, "\(earlier.actionName) (line \(earlier.line))")
        }
        return nil
      }.first
      if let (key, other) = clash {
        refused.append(
          (override, "\(key.label(ascii: true)) is already bound to \(other) on the \(screen) screen"))
        continue
      }
      for key in override.keys { claimed[OverrideKey(context: override.context, key: key)] = override }
      var replacement = result[first]
      replacement.contexts = [override.context]
      // The pinned Ctrl-C stays where it is; the replacement carries the rest.
      replacement.keys = override.keys.filter { !(override.action == .quit && $0 == .ctrl("c")) }
      if replacement.keys != result[first].keys { replacement.footerKeys = Array(replacement.keys.prefix(1)) }
      for index in result.indices
      where result[index].action == override.action && result[index].contexts.contains(override.context)
        && !Self.isPinned(result[index])
      {
        result[index].contexts.remove(override.context)
      }
      if !replacement.keys.isEmpty { result.insert(replacement, at: first) }
    }
    return (KeyBindings(bindings: result.filter { !$0.contexts.isEmpty }), refused)
  }

  /// Ctrl-C → quit, which no settings file can take away.
  static func isPinned(_ binding: KeyBinding) -> Bool {
    binding.action == .quit && binding.keys == [.ctrl("c")]
  }
}

/// A key on a screen, or an action on a screen: what a binding claims. Actions are told
/// apart by their description (`Action` is not `Hashable`: its answers carry journal events).
private struct OverrideKey: Hashable {
  var context: BindingContext
  var action: String?
  var key: Key?

  init(context: BindingContext, action: Action) {
    self.context = context
    self.action = String(describing: action)
  }

  init(context: BindingContext, key: Key) {
    self.context = context
    self.key = key
  }
}
