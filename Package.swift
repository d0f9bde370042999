// swift-tools-version: 6.1
import PackageDescription

// The module map (ARCHITECTURE.md): WBRModel (pure) ← WBRStore (files, clock) ← WBRBuild,
// WBRApp (the meeting: state, update, views, run loop) ← WBRTerm (`wbr`: the command line and
// the ncurses backend, the only importer of CNcurses).
let package = Package(
  name: "wbr",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "wbr", targets: ["WBRTerm"]),
    .library(name: "WBRModel", targets: ["WBRModel"]),
    .library(name: "WBRStore", targets: ["WBRStore"]),
    .library(name: "WBRBuild", targets: ["WBRBuild"]),
    .library(name: "WBRApp", targets: ["WBRApp"]),
    .library(name: "WBRPublish", targets: ["WBRPublish"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(name: "WBRModel", path: "Sources/WBRModel"),
    .target(name: "WBRStore", dependencies: ["WBRModel"], path: "Sources/WBRStore"),
    .target(name: "WBRPublish", dependencies: ["WBRModel"], path: "Sources/WBRPublish"),
    .target(
      name: "WBRBuild",
      dependencies: ["WBRModel", "WBRStore", .product(name: "Yams", package: "Yams")],
      path: "Sources/WBRBuild"
    ),
    .target(name: "WBRApp", dependencies: ["WBRModel", "WBRStore"], path: "Sources/WBRApp"),
    .executableTarget(
      name: "WBRTerm",
      dependencies: [
        "WBRModel", "WBRStore", "WBRBuild", "WBRApp", "WBRPublish", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/WBRTerm"
    ),
    // Helpers the test targets share (golden files); a plain target, never part of a product.
    .target(name: "WBRTestSupport", path: "Tests/WBRTestSupport"),
    .testTarget(
      name: "WBRModelTests", dependencies: ["WBRModel", "WBRTestSupport"], path: "Tests/WBRModelTests",
      exclude: ["Golden"]),
    .testTarget(name: "WBRStoreTests", dependencies: ["WBRStore", "WBRModel"], path: "Tests/WBRStoreTests"),
    .testTarget(
      name: "WBRPublishTests", dependencies: ["WBRPublish", "WBRModel", "WBRStore", "WBRTestSupport"],
      path: "Tests/WBRPublishTests",
      exclude: ["Golden"]),
    .testTarget(name: "WBRBuildTests", dependencies: ["WBRBuild", "WBRModel"], path: "Tests/WBRBuildTests"),
    .testTarget(
      name: "WBRCompatTests", dependencies: ["WBRModel", "WBRStore", "WBRTestSupport"],
      path: "Tests/WBRCompatTests",
      exclude: ["Journals", "Decks", "Golden", "cases.txt", "README.md"]),
    .testTarget(
      name: "WBRAppTests", dependencies: ["WBRApp", "WBRModel", "WBRStore", "WBRTestSupport"],
      path: "Tests/WBRAppTests",
      exclude: ["__Snapshots__"]),
    .testTarget(
      name: "WBRTermTests", dependencies: ["WBRTerm", "WBRApp", "WBRModel"], path: "Tests/WBRTermTests"),
  ],
  swiftLanguageModes: [.v6]
)
