#if canImport(Glibc)
  import Glibc
#endif

/// wbr-bench: the benchmark suite behind `make bench` (docs/PERFORMANCE.md).
///
///     wbr-bench run [--data DIR] [--wbr PATH] [--floor "PROGRAM ARGS"] [--out FILE] [--quick] [--only TEXT]
///     wbr-bench case load|frames|notes|publish|build|writers --deck FILE ...   (one case; run starts these)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "run":
  exit(Runner.run(CaseOptions(Array(arguments.dropFirst()))))
case "case" where arguments.count >= 2:
  let options = CaseOptions(Array(arguments.dropFirst(2)))
  let output = RowOutput()
  do {
    switch arguments[1] {
    case "load": try LoadCase.run(options, output: output)
    case "frames": try FrameCase.run(options, output: output)
    case "notes": try NotesCase.run(options, output: output)
    case "publish": try PublishCase.run(options, output: output)
    case "build": try BuildCase.run(options, output: output)
    case "writers": try WriterCase.run(options, output: output)
    default: throw CaseFailure(description: "unknown case \(arguments[1])")
    }
  } catch {
    printError("wbr-bench: \(error)")
    exit(1)
  }
default:
  printError(
    "usage: wbr-bench run [--data DIR] [--wbr PATH] [--floor CMD] [--out FILE] [--quick] [--only TEXT]")
  exit(64)
}
