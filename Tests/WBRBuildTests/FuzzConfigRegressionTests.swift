import Foundation
import Testing
import WBRBuild
import WBRModel

/// Findings of the config fuzzer: YAML aliases that cost little text but expand beyond reason.
@Suite struct FuzzConfigRegressionTests {
  /// Ten levels of ten aliases each: 10⁹ values in ten lines.
  static let bomb: String = {
    var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
      previous = name
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  func refusal(_ text: String) -> Diagnostic? {
    var log = BuildLog()
    do {
      _ = try ConfigReader.parse(text, file: "c.yaml", log: &log)
      return nil
    } catch {
      return error.diagnostics.first
    }
  }

  /// An alias to the bomb used as a key: Yams hashed the key whole (10⁹ nodes) and hung
  /// (Fuzz/regressions/ConfigReaderFuzz/alias-bomb-key.yaml). Refused before Yams sees it.
  @Test func anAliasAsAKeyIsRefusedAtOnce() throws {
    let clock = ContinuousClock()
    var d: Diagnostic?
    let took = clock.measure { d = refusal(Self.bomb + "z:\n  ? *i\n  : 1\n") }
    #expect(d?.line == 11)
    #expect(d?.message.contains("used as a key") == true)
    #expect(took < .seconds(10))  // hours before the fix
  }

  /// The bomb as a value: any walk over the config would visit 10⁹ values
  /// (Fuzz/regressions/ConfigReaderFuzz/alias-bomb-values.yaml). Refused by the size bound.
  @Test func anAliasBombAsAValueIsRefused() throws {
    let clock = ContinuousClock()
    var d: Diagnostic?
    let took = clock.measure { d = refusal(Self.bomb + "setup:\n  title: t\n") }
    #expect(d?.message.contains("values once aliases are expanded") == true)
    #expect(took < .seconds(10))  // hours before the fix
  }

  @Test(arguments: [
    ("? a\n: b\n", 1), ("x: 1\n*a : 1\n", 2), ("[a, b]: 1\n", 1), ("m:\n  {a: 1}: 2\n", 2),
    ("x: {[a]: 1}\n", 1), ("- *a: 1\n", 1), ("x: [*a: 1]\n", 1),
  ])
  func complexKeysAreRefused(_ text: String, _ line: Int) {
    let d = refusal(text)
    #expect(d?.line == line && d?.message.contains("used as a key") == true, "\(text)")
  }

  /// What looks like a complex key but is not: quoted, commented, in a block scalar, in plain
  /// text, or an alias as a value (aliases stay allowed).
  @Test(arguments: [
    "title: \"What? [x]: y\"\n", "title: 'it''s *a: b'\n", "d: |\n  ? not a key\n  [a]: b\nx: 1\n",
    "x: 1 # *a: b\n", "title: Why ? now\n", "q: \"Department == 'Engineering'\"\n",
    "base: &b {aggf: sum}\nm: *b\n", "l: [a, b]\nm: {a: [1, 2], b: {c: d}}\n", "t: \"multi\n  line: *x\"\n",
  ])
  func lookalikesAreNotComplexKeys(_ text: String) {
    #expect(refusal(text)?.message.contains("used as a key") != true, "\(text)")
  }

  /// Every config of the WBR App's samples passes the key check (the build may still refuse it
  /// for columns the fixed data lacks, but not for its keys).
  @Test func theSampleConfigsHaveNoComplexKeys() throws {
    let dir = FuzzBuildRegressionTests.root.appendingPathComponent("Fuzz/corpus/ConfigReaderFuzz")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }
    #expect(names.count >= 9)
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      #expect(refusal(text)?.message.contains("used as a key") != true, "\(name)")
    }
  }
}
