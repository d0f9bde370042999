import Testing
import WBRModel

@Suite struct NotesSHA256Tests {
  func hex(_ s: String) -> String { SHA256.hex(of: Array(s.utf8)) }

  @Test func fipsVectors() {
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
      )
        == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
  }

  @Test func millionAsAndChunkedUpdatesAgree() {
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hex(of: million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    var h = SHA256()
    for size in [1, 63, 64, 65, 200] { h.update(million.prefix(size)) }
    var whole = SHA256()
    whole.update(Array(million.prefix(1 + 63 + 64 + 65 + 200)))
    #expect(h.finalize() == whole.finalize())
  }
}
