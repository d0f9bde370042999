/// libFuzzer entry point: one input through `FuzzInputs.journal` (Tests/); any problem aborts,
/// so that libFuzzer keeps the input (docs/RELIABILITY.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzOracle.require(FuzzInputs.journal(FuzzOracle.bytes(data, size)))
  return 0
}
