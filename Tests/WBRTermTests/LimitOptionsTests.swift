import ArgumentParser
import Testing
import WBRModel

@testable import WBRTerm

/// `--max-file-size`, `--max-string-length` and their environment variables.
@Suite struct LimitOptionsTests {
  @Test(arguments: [
    ("1048576", 1 << 20), ("64K", 64 << 10), ("256M", 256 << 20), ("256MB", 256 << 20), ("1G", 1 << 30),
    ("2GiB", 2 << 30), ("512b", 512), (" 8k ", 8 << 10),
  ])
  func sizesAsPeopleTypeThem(_ text: String, _ bytes: Int) {
    #expect(ByteSize.parse(text) == bytes)
  }

  @Test(arguments: [
    "", "0", "-1", "lots", "1.5M", "M", "1T", "99999999999999999999", "9223372036854775807G", "１M",
  ])
  func notSizes(_ text: String) {
    #expect(ByteSize.parse(text) == nil)
  }

  @Test func theOptionBeatsTheEnvironmentWhichBeatsTheDefault() throws {
    let env = ["WBR_MAX_FILE_SIZE": "1M", "WBR_MAX_STRING_LENGTH": "2K"]
    let none = try LimitOptions.parse([]).resolved(environment: [:])
    #expect(none == LoadOptions())
    let fromEnv = try LimitOptions.parse([]).resolved(environment: env)
    #expect(fromEnv.maxFileBytes == 1 << 20 && fromEnv.json.maxStringBytes == 2 << 10)
    let fromOption = try LimitOptions.parse(["--max-file-size", "64K"]).resolved(environment: env)
    #expect(fromOption.maxFileBytes == 64 << 10 && fromOption.json.maxStringBytes == 2 << 10)
  }

  @Test func aBadSizeIsAUsageErrorNamingItsSource() throws {
    do {
      _ = try LimitOptions.parse(["--max-file-size", "lots"])
      Issue.record("no error")
    } catch {
      #expect(LimitOptions.message(for: error).contains("--max-file-size: expected a size"))
    }
    do {
      _ = try LimitOptions.parse([]).resolved(environment: ["WBR_MAX_FILE_SIZE": "big"])
      Issue.record("no error")
    } catch let error as ValidationError {
      #expect(error.message.contains("WBR_MAX_FILE_SIZE") && error.message.contains("\"big\""))
    }
  }
}
