// swift-tools-version: 6.1
// The benchmark suite (`make bench`): a package of its own, so `make test` and CI never build it.
// See docs/PERFORMANCE.md for what it measures and docs/DECISIONS.md ("Benchmarks: ...") for
// why the meeting app's sources are compiled in through a symbolic link.
import PackageDescription

let package = Package(
  name: "wbr-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "wbr", path: "..")
  ],
  targets: [
    // The same module map and shim as the app's CNcurses (a link to ../Sources/CNcurses); the
    // target has another name because target names must be unique across packages.
    .systemLibrary(name: "CNcursesBench", path: "Sources/CNcursesBench"),
    .executableTarget(
      name: "wbr-bench",
      dependencies: [
        .product(name: "WBRModel", package: "wbr"), .product(name: "WBRPublish", package: "wbr"), "CNcursesBench",
      ],
      path: "Sources/WBRBench",
      // WBRTerm is a link to the app's sources: its views, update and ncurses backend are
      // compiled into this module as they are into `wbr`, all but the command line (`@main`).
      exclude: ["WBRTerm/Commands"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
