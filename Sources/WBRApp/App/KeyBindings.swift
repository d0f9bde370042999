/// The key table: the single source of what each key does, the `?` help screen and the footer,
/// so help can never drift from behaviour.
///
/// Lookup goes by the state's `BindingContext` (overlay first, then screen), first match in
/// table order. In text entry, keys without a binding type themselves (and a paste is
/// inserted whole), which is why screen keys such as `q` are not bound there.
public struct KeyBindings: Sendable, Equatable {
  var bindings: [KeyBinding] {
    didSet { table = Self.table(bindings) }
  }
  /// Context → key → action, first binding in table order winning: a key's lookup is two
  /// hash lookups rather than a walk over the table (a 2,000-key paste is 2,000 lookups).
  private var table: [BindingContext: [Key: Action]]

  /// Tables are equal when their bindings are (the lookup table follows from them).
  public static func == (lhs: KeyBindings, rhs: KeyBindings) -> Bool { lhs.bindings == rhs.bindings }

  init(bindings: [KeyBinding]) {
    self.bindings = bindings
    table = Self.table(bindings)
  }

  private static func table(_ bindings: [KeyBinding]) -> [BindingContext: [Key: Action]] {
    var table: [BindingContext: [Key: Action]] = [:]
    for binding in bindings {
      for context in binding.contexts {
        for key in binding.keys where table[context]?[key] == nil {
          table[context, default: [:]][key] = binding.action
        }
      }
    }
    return table
  }

  /// The action for `key` in `state`, or nil when the key means nothing there.
  public func action(for key: Key, in state: AppState) -> Action? {
    action(for: key, context: state.bindingContext)
  }

  /// The action for `key` where `context`'s bindings apply, or nil.
  func action(for key: Key, context: BindingContext) -> Action? {
    if case .mouse(let event) = key { return .habit(.mouse(event)) }
    if let action = table[context]?[key] { return action }
    if context == .textEntry || context == .ownerPicker || context == .dialog || context == .palette {
      switch key {
      case .char(let c): return .edit(.insert(String(c)))
      case .paste(let text): return .edit(.insert(text))
      default: return nil
      }
    }
    return nil
  }

  /// The first key bound to `action` in `context`, for a screen that names it.
  func firstKey(for action: Action, in context: BindingContext) -> Key? {
    bindings.first { $0.action == action && $0.contexts.contains(context) }?.keys.first
  }

  /// Bindings described in help (and offered by the palette) for `context`, in table order;
  /// in an owner's prep session (`prep`) without the keys it refuses, as in its footer, and
  /// in prep's words where a key does something else there (`PrepUpdate.help(for:)`).
  func help(for context: BindingContext, prep: Bool = false) -> [KeyBinding] {
    bindings.compactMap { binding in
      guard binding.contexts.contains(context), !binding.help.isEmpty else { return nil }
      guard prep else { return binding }
      guard !binding.isRefusedInPrep else { return nil }
      var shown = binding
      shown.help = PrepUpdate.help(for: binding.action) ?? binding.help
      return shown
    }
  }

  /// Bindings shown in the footer for `context`, in table order. In an owner's prep session
  /// (`prep`) the keys it refuses are left out (Space would only say "the lead's") and the
  /// bindings meant for a prep footer are added in their place.
  func footer(for context: BindingContext, prep: Bool = false) -> [KeyBinding] {
    bindings.filter {
      guard $0.contexts.contains(context), $0.footer != nil else { return false }
      guard prep else { return $0.footerContexts?.contains(context) ?? true }
      if $0.isRefusedInPrep { return false }
      return $0.prepFooterContexts.contains(context) || ($0.footerContexts?.contains(context) ?? true)
    }
  }
}
