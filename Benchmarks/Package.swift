// swift-tools-version: 6.1
// The benchmark suite (`make bench`): a package of its own, so `make test` and CI never build it.
// See docs/PERFORMANCE.md for what it measures and docs/DECISIONS.md ("Benchmarks: ...") for
// why it depends on the app's library products and draws frames on a terminal of its own.
import PackageDescription

let package = Package(
  name: "wbr-benchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "wbr", path: "..")
  ],
  targets: [
    .executableTarget(
      name: "wbr-bench",
      dependencies: [
        .product(name: "WBRModel", package: "wbr"), .product(name: "WBRStore", package: "wbr"),
        .product(name: "WBRApp", package: "wbr"), .product(name: "WBRPublish", package: "wbr"),
      ],
      path: "Sources/WBRBench"
    )
  ],
  swiftLanguageModes: [.v6]
)
