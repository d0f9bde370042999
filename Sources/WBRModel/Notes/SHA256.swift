/// SHA-256 (FIPS 180-4), for the deck file's fingerprint in the notes' header.
///
/// Hand-written because Foundation on Linux has no CryptoKit and swift-crypto would add
/// minutes of build time (BoringSSL) for one hash of one file per export; the test vectors
/// of FIPS 180-4 pin it down (docs/DECISIONS.md).
///
/// Why it is written this way: the first export of a 100 MB deck hashes all of it while the
/// user waits. The state lives in eight scalars, the message schedule in a 16-word stack
/// buffer reused for every block, the round constants are read through one pointer per
/// `update`, and nothing is allocated per block; that takes it from about 40 to over
/// 300 MB/s (docs/PERFORMANCE.md "Notes: the deck's SHA-256").
public struct SHA256: Sendable {
  private var h0: UInt32 = 0x6a09_e667
  private var h1: UInt32 = 0xbb67_ae85
  private var h2: UInt32 = 0x3c6e_f372
  private var h3: UInt32 = 0xa54f_f53a
  private var h4: UInt32 = 0x510e_527f
  private var h5: UInt32 = 0x9b05_688c
  private var h6: UInt32 = 0x1f83_d9ab
  private var h7: UInt32 = 0x5be0_cd19
  /// The bytes of a block not yet complete (fewer than 64).
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  public init() {}

  /// The digest of `bytes` as 64 lowercase hex digits.
  public static func hex<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
    var h = SHA256()
    h.update(bytes)
    return hex(h.finalize())
  }

  /// `digest` as lowercase hex digits.
  public static func hex(_ digest: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(digest.count * 2)
    for b in digest {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Adds bytes to the message. Whole blocks are hashed straight from the caller's storage
  /// when it is contiguous; only a partial block is kept.
  /// - Complexity: O(n).
  public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
    if let done: Void = bytes.withContiguousStorageIfAvailable({ update(buffer: $0) }) {
      return done
    }
    Array(bytes).withUnsafeBufferPointer { update(buffer: $0) }
  }

  /// Adds the bytes in `buffer` (see `update(_:)`).
  public mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
    length &+= UInt64(buffer.count)
    var start = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, buffer.count)
      pending.append(contentsOf: UnsafeBufferPointer(start: base, count: take))
      start = take
      guard pending.count == 64 else { return }
      let block = pending
      pending.removeAll(keepingCapacity: true)
      block.withUnsafeBufferPointer { b in
        if let p = b.baseAddress { compress(p, blocks: 1) }
      }
    }
    let blocks = (buffer.count - start) / 64
    if blocks > 0 { compress(base + start, blocks: blocks) }
    start += blocks * 64
    pending.append(contentsOf: UnsafeBufferPointer(start: base + start, count: buffer.count - start))
  }

  /// The 32-byte digest (pads the message; the hasher is spent afterwards).
  public mutating func finalize() -> [UInt8] {
    let bitLength = length &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bitLength >> shift))
    }
    tail.withUnsafeBufferPointer { b in
      if let p = b.baseAddress { compress(p, blocks: b.count / 64) }
    }
    pending = []
    var digest: [UInt8] = []
    digest.reserveCapacity(32)
    for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  /// Hashes `blocks` whole 64-byte blocks starting at `p` into the state.
  private mutating func compress(_ p: UnsafePointer<UInt8>, blocks: Int) {
    var (s0, s1, s2, s3, s4, s5, s6, s7) = (h0, h1, h2, h3, h4, h5, h6, h7)
    SHA256.k.withUnsafeBufferPointer { kb in
      guard let k = kb.baseAddress else { return }
      // One 64-word schedule for all the blocks of this call, on the stack.
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { wb in
        guard let w = wb.baseAddress else { return }
        var block = p
        for _ in 0..<blocks {
          for t in 0..<16 {
            let word = UnsafeRawPointer(block).loadUnaligned(fromByteOffset: 4 &* t, as: UInt32.self)
            w[t] = UInt32(bigEndian: word)
          }
          for t in 16..<64 {
            let w15 = w[t &- 15]
            let w2 = w[t &- 2]
            let x0 = (w15 >> 7 | w15 << 25) ^ (w15 >> 18 | w15 << 14) ^ (w15 >> 3)
            let x1 = (w2 >> 17 | w2 << 15) ^ (w2 >> 19 | w2 << 13) ^ (w2 >> 10)
            w[t] = w[t &- 16] &+ x0 &+ w[t &- 7] &+ x1
          }
          var (a, b, c, d, e, f, g, h) = (s0, s1, s2, s3, s4, s5, s6, s7)
          // Eight rounds per pass with the roles of the variables rotated by hand, so no
          // values are shuffled between rounds.
          var t = 0
          while t < 64 {
            SHA256.round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
            SHA256.round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
            SHA256.round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
            SHA256.round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
            SHA256.round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
            SHA256.round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
            SHA256.round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
            SHA256.round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
            t &+= 8
          }
          s0 &+= a
          s1 &+= b
          s2 &+= c
          s3 &+= d
          s4 &+= e
          s5 &+= f
          s6 &+= g
          s7 &+= h
          block += 64
        }
      }
    }
    (h0, h1, h2, h3, h4, h5, h6, h7) = (s0, s1, s2, s3, s4, s5, s6, s7)
  }

  /// One round of FIPS 180-4 6.2.2 step 3, written so that the caller renames the working
  /// variables instead of moving them: d becomes the new e and h the new a.
  @inline(__always)
  private static func round(
    _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
    _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32
  ) {
    let e1 = (e >> 6 | e << 26) ^ (e >> 11 | e << 21) ^ (e >> 25 | e << 7)
    let ch = g ^ (e & (f ^ g))  // (e & f) ^ (~e & g), one operation fewer
    let t1 = h &+ e1 &+ ch &+ kw
    let a0 = (a >> 2 | a << 30) ^ (a >> 13 | a << 19) ^ (a >> 22 | a << 10)
    let maj = (a & b) | (c & (a | b))  // (a & b) ^ (a & c) ^ (b & c)
    d &+= t1
    h = t1 &+ a0 &+ maj
  }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}
