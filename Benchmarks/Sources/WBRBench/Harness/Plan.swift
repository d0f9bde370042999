/// The cases `wbr-bench run` measures, each in a process of its own.
struct Plan {
  /// One process to run: the program, its arguments, and how to label the floor rows it
  /// prints (`floorOf`, for floor runs).
  struct Step {
    var title: String
    var program: String
    var arguments: [String]
    var floorOf: String? = nil
    /// The step is skipped, with this reason, when set.
    var skip: String? = nil
  }

  var steps: [Step] = []

  /// `data` holds deck-N.json and owners.json from scripts/gen-deck.py and build-N/ from
  /// scripts/gen-build-data.py; `me` is this executable; `floor` the floor program (argv).
  static func standard(
    data: String, me: String, wbr: String, floor: [String], quick: Bool, exists: (String) -> Bool
  )
    -> Plan
  {
    var plan = Plan()
    let owners = data + "/owners.json"
    let runs = { (n: Int) in quick ? 3 : n <= 100 ? 30 : n <= 1000 ? 20 : 7 }
    let floorStep = { (file: String, n: Int, label: String, runs: Int) -> Step in
      guard let program = floor.first else {
        return Step(title: "floor \(label)", program: "", arguments: [], skip: "no JSON floor program")
      }
      return Step(
        title: "floor \(label) N=\(n)", program: program,
        arguments: Array(floor.dropFirst()) + [file, "\(n)", "\(runs)"],
        floorOf: label)
    }
    for n in [100, 1000, 10_000] {
      let deck = "\(data)/deck-\(n).json"
      plan.steps.append(floorStep(deck, n, "deck", runs(n)))
      plan.steps.append(
        Step(
          title: "load N=\(n)", program: me,
          arguments: [
            "case", "load", "--deck", deck, "--owners", owners, "--metrics", "\(n)", "--runs", "\(runs(n))",
          ]))
    }
    for n in [1000, 10_000] {
      for size in ["80x24", "250x70"] {
        plan.steps.append(
          Step(
            title: "frames N=\(n) \(size)", program: me,
            arguments: [
              "case", "frames", "--deck", "\(data)/deck-\(n).json", "--owners", owners, "--metrics", "\(n)",
              "--size", size, "--keys", quick ? "40" : "300", "--runs", quick ? "3" : "20",
            ]))
      }
    }
    plan.steps.append(
      Step(
        title: "notes N=1000", program: me,
        arguments: [
          "case", "notes", "--deck", "\(data)/deck-1000.json", "--owners", owners, "--metrics", "1000",
          "--commitments", "200", "--runs", quick ? "3" : "20",
        ]))
    plan.steps.append(
      Step(
        title: "publish N=1000", program: me,
        arguments: [
          "case", "publish", "--deck", "\(data)/deck-1000.json", "--owners", owners, "--metrics", "1000",
          "--runs", quick ? "3" : "10",
        ]))
    plan.steps.append(
      Step(
        title: "writers N=1000", program: me,
        arguments: [
          "case", "writers", "--deck", "\(data)/deck-1000.json", "--owners", owners, "--metrics", "1000",
          "--runs", quick ? "3" : "20",
        ]))
    for n in [100, 1000] {
      let dir = "\(data)/build-\(n)"
      var step = Step(
        title: "build N=\(n)", program: me,
        arguments: [
          "case", "build", "--wbr", wbr, "--dir", dir, "--metrics", "\(n)", "--runs", quick ? "2" : "7",
        ])
      if !exists(dir + "/daily.csv") { step.skip = "no \(dir)/daily.csv (scripts/gen-build-data.py)" }
      plan.steps.append(step)
      var floor = floorStep(dir + "/deck.json", n, "build", runs(n))
      if step.skip != nil { floor.skip = step.skip }
      plan.steps.append(floor)
    }
    return plan
  }
}
