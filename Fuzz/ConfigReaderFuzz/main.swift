/// libFuzzer entry point: one input through `BuildFuzzInputs.config` (Tests/); any problem aborts,
/// so that libFuzzer keeps the input (docs/RELIABILITY.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzOracle.require(BuildFuzzInputs.config(FuzzOracle.bytes(data, size)))
  return 0
}
