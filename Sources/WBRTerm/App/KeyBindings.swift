/// The key table: the single source of what each key does, the `?` help screen and the footer,
/// so help can never drift from behaviour.
///
/// Lookup goes by the state's `BindingContext` (overlay first, then screen), first match in
/// table order. In text entry, keys without a binding type themselves (and a paste is
/// inserted whole), which is why screen keys such as `q` are not bound there.
struct KeyBindings: Sendable {
  var bindings: [KeyBinding]

  /// The action for `key` in `state`, or nil when the key means nothing there.
  func action(for key: Key, in state: AppState) -> Action? {
    let context = state.bindingContext
    if let binding = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) {
      return binding.action
    }
    if context == .textEntry || context == .ownerPicker || context == .dialog {
      switch key {
      case .char(let c): return .edit(.insert(String(c)))
      case .paste(let text): return .edit(.insert(text))
      default: return nil
      }
    }
    return nil
  }

  /// Bindings described in help for `context`, in table order.
  func help(for context: BindingContext) -> [KeyBinding] {
    bindings.filter { $0.contexts.contains(context) && !$0.help.isEmpty }
  }

  /// Bindings shown in the footer for `context`, in table order.
  func footer(for context: BindingContext) -> [KeyBinding] {
    bindings.filter { $0.contexts.contains(context) && $0.footer != nil }
  }
}
