// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "wbr",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "wbr", targets: ["WBRTerm"]),
    .library(name: "WBRModel", targets: ["WBRModel"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(name: "WBRModel", path: "Sources/WBRModel"),
    .target(
      name: "WBRBuild",
      dependencies: ["WBRModel", .product(name: "Yams", package: "Yams")],
      path: "Sources/WBRBuild"
    ),
    .executableTarget(
      name: "WBRTerm",
      dependencies: [
        "WBRModel", "WBRBuild", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/WBRTerm"
    ),
    // Helpers the test targets share (golden files); a plain target, never part of a product.
    .target(name: "WBRTestSupport", path: "Tests/WBRTestSupport"),
    .testTarget(
      name: "WBRModelTests", dependencies: ["WBRModel", "WBRTestSupport"], path: "Tests/WBRModelTests",
      exclude: ["Golden"]),
    .testTarget(name: "WBRBuildTests", dependencies: ["WBRBuild", "WBRModel"], path: "Tests/WBRBuildTests"),
    .testTarget(
      name: "WBRTermTests", dependencies: ["WBRTerm", "WBRModel", "WBRTestSupport"],
      path: "Tests/WBRTermTests",
      exclude: ["__Snapshots__"]),
  ],
  swiftLanguageModes: [.v6]
)
