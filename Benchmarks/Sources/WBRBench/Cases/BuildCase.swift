/// `wbr build` end to end on the release binary: YAML config + daily CSV → deck file. Timed
/// from outside (process start to exit), the way a nightly job meets it; peak memory is the
/// `wbr` process's own.
enum BuildCase {
  static func run(_ options: CaseOptions, output: RowOutput) throws {
    let wbr = try options.require("wbr")
    let dir = try options.require("dir")
    let n = options.int("metrics", default: 0)
    let runs = options.int("runs", default: 5)
    let arguments = [
      "build", "--config", dir + "/wbr.yaml", "--data", dir + "/daily.csv", "-o", dir + "/deck.json", "--force",
      "--quiet",
    ]
    var peak = 0
    var failure: ChildProcess.Result?
    var samples: [Timing] = []
    for run in 0...runs {  // run 0 warms the page cache
      var childCPU: UInt64 = 0
      var timing = Sampler.time {
        do {
          let result = try ChildProcess.run(wbr, arguments, discardOutput: true)
          peak = max(peak, result.peakKiB)
          childCPU = result.cpuNanos
          if result.status != 0 { failure = result }
        } catch {
          failure = ChildProcess.Result(status: -1, output: "\(error)", peakKiB: 0)
        }
      }
      timing.cpu = childCPU  // the `wbr build` process's, not ours
      if run > 0 { samples.append(timing) }
    }
    if let failure {
      throw CaseFailure(description: "wbr build failed (\(failure.status)) \(failure.output)")
    }
    output.write(Row(name: "wbr build (3 years daily)", metrics: n, timings: samples, peakKiB: peak))
  }
}

/// A case that could not be measured.
struct CaseFailure: Error, CustomStringConvertible {
  var description: String
}
