// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "wbr",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "wbr", targets: ["WBRTerm"]),
    .library(name: "WBRModel", targets: ["WBRModel"]),
    .library(name: "WBRPublish", targets: ["WBRPublish"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .target(name: "WBRModel", path: "Sources/WBRModel"),
    .target(name: "WBRPublish", dependencies: ["WBRModel"], path: "Sources/WBRPublish"),
    .target(
      name: "WBRBuild",
      dependencies: ["WBRModel", .product(name: "Yams", package: "Yams")],
      path: "Sources/WBRBuild"
    ),
    .executableTarget(
      name: "WBRTerm",
      dependencies: [
        "WBRModel", "WBRBuild", "WBRPublish", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/WBRTerm"
    ),
    .testTarget(
      name: "WBRModelTests", dependencies: ["WBRModel"], path: "Tests/WBRModelTests", exclude: ["Golden"]),
    .testTarget(
      name: "WBRPublishTests", dependencies: ["WBRPublish", "WBRModel"], path: "Tests/WBRPublishTests",
      exclude: ["Golden"]),
    .testTarget(name: "WBRBuildTests", dependencies: ["WBRBuild", "WBRModel"], path: "Tests/WBRBuildTests"),
    .testTarget(
      name: "WBRCompatTests", dependencies: ["WBRModel"], path: "Tests/WBRCompatTests",
      exclude: ["Journals", "Decks", "Golden", "cases.txt", "README.md"]),
    .testTarget(
      name: "WBRTermTests", dependencies: ["WBRTerm", "WBRModel"], path: "Tests/WBRTermTests",
      exclude: ["__Snapshots__"]),
  ],
  swiftLanguageModes: [.v6]
)
