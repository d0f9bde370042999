import WBRModel

/// Taking the deck's checksum from the file on disk (the value is in `WBRModel`).
extension DeckChecksum {
  /// Reads the deck again, with the load's size bound, and hashes it only if it is still the
  /// file that was loaded: the same `FileStamp` as at the load, before and after the read.
  /// Otherwise it says so rather than fingerprint bytes the meeting never saw.
  ///
  /// Why read again rather than hash at load: see `FileStamp`. The size bound holds because
  /// an unchanged file has the size it was loaded with.
  public static func take(path: String, loaded stamp: FileStamp?, maxBytes: Int) -> DeckChecksum {
    guard let stamp else { return .notTaken("the deck file changed while it was being loaded") }
    // Checked before reading too, so that a changed (perhaps much larger) file is not read.
    guard FileStamp(path: path) == stamp else { return .notTaken(changed) }
    let read: (result: String, stamp: FileStamp?)
    do throws(InputError) {
      read = try FileStamp.around(path) { () throws(InputError) in
        try FileDigest.sha256(path, maxBytes: maxBytes)
      }
    } catch {
      let why = error.diagnostics.first.map { " (\($0.message))" } ?? ""
      return .notTaken("the deck file could not be read again" + why)
    }
    guard read.stamp == stamp else { return .notTaken(changed) }
    return .sha256(read.result)
  }
}
