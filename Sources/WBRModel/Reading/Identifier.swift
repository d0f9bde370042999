/// The id rule shared by metrics, sections and owners: one or more of `A–Z a–z 0–9 _ . -`.
///
/// Ids are keys in the journal and the owners file, so they are kept to characters that need
/// no quoting in a path, a file name or a shell.
public enum Identifier {
  public static func isValid(_ s: String) -> Bool {
    !s.isEmpty
      && s.utf8.allSatisfy { c in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
          || c == 0x5F || c == 0x2E || c == 0x2D
      }
  }
}
