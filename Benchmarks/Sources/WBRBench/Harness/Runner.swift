#if canImport(Glibc)
  import Glibc
#endif

/// `wbr-bench run`: runs every step of the plan in a fresh process, collects rows and peak
/// memory, and writes the report.
enum Runner {
  static func run(_ options: CaseOptions) -> Int32 {
    let data = options["data"] ?? ".build/bench-data"
    let me = CommandLine.arguments[0]
    let wbr = options["wbr"] ?? ".build/release/wbr"
    let floor = (options["floor"] ?? "").split(separator: " ").map(String.init)
    let only = options["only"]
    let plan = Plan.standard(
      data: data, me: me, wbr: wbr, floor: floor, quick: options.has("quick"),
      exists: { access($0, R_OK) == 0 })
    let loadBefore = Machine.loadAverage()
    var measured: [Measured] = []
    var notes: [String] = []
    for step in plan.steps {
      if let only, !step.title.contains(only) { continue }
      if let skip = step.skip {
        notes.append("skipped \(step.title): \(skip)")
        log("skip  \(step.title): \(skip)")
        continue
      }
      log("run   \(step.title)")
      do {
        let result = try ChildProcess.run(step.program, step.arguments)
        let rows = result.output.split(separator: "\n").compactMap { Row(line: $0) }
        if result.status != 0 || rows.isEmpty {
          notes.append("failed \(step.title): exit \(result.status)")
          log("FAIL  \(step.title): exit \(result.status)")
          continue
        }
        for var row in rows {
          let isFloor = step.floorOf != nil
          if let label = step.floorOf { row.size = label == "deck" ? "-" : "deck written" }
          measured.append(
            Measured(
              row: row, peakKiB: row.peakKiB ?? result.peakKiB,
              floorKey: step.floorOf ?? (row.name.hasPrefix("wbr build") ? "build" : "deck"), isFloor: isFloor
            ))
        }
      } catch {
        notes.append("failed \(step.title): \(error)")
        log("FAIL  \(step.title): \(error)")
      }
    }
    var deckBytes: [Int: Int] = [:]
    for n in [100, 1000, 10_000] {
      var info = stat()
      if stat("\(data)/deck-\(n).json", &info) == 0 { deckBytes[n] = Int(info.st_size) }
    }
    let report = Report(
      measured: measured, machine: Machine.describe(), loadBefore: loadBefore,
      loadAfter: Machine.loadAverage(),
      notes: notes, deckBytes: deckBytes)
    let text = report.markdown()
    print(text)
    if let out = options["out"], let file = fopen(out, "w") {
      fputs(text + "\n", file)
      fclose(file)
      log("wrote \(out)")
    }
    return report.budgets().allSatisfy(\.met) ? 0 : 1
  }

  static func log(_ line: String) { printError(line) }
}
