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
    // The PostgreSQL wire protocol (and Redshift's), for `wbr build`'s data_sources: linked by
    // the executable only (WBRPostgres), so the model, its tests, the fuzzers and the benchmark
    // package never build it (docs/DECISIONS.md, "Sources: ...").
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.25.0"),
    .package(url: "https://github.com/apple/swift-log.git", from: "1.5.3"),
    // The settings file (settings.toml) is read by WBRApp's pure `SettingsParser`; TOMLKit wraps
    // toml++, which reports every error with its line and column (docs/DECISIONS.md, "Settings: ...").
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    // fstatfs's file-system magic for the journal (sys/vfs.h is not in Swift's Glibc module).
    .systemLibrary(name: "CStatfs", path: "Sources/CStatfs"),
    .target(name: "WBRModel", path: "Sources/WBRModel"),
    .target(name: "WBRStore", dependencies: ["WBRModel", "CStatfs"], path: "Sources/WBRStore"),
    .target(name: "WBRPublish", dependencies: ["WBRModel"], path: "Sources/WBRPublish"),
    .target(
      name: "WBRBuild",
      dependencies: ["WBRModel", "WBRStore", .product(name: "Yams", package: "Yams")],
      path: "Sources/WBRBuild"
    ),
    .target(
      name: "WBRApp", dependencies: ["WBRModel", "WBRStore", .product(name: "TOMLKit", package: "TOMLKit")],
      path: "Sources/WBRApp"),
    .target(
      name: "WBRPostgres",
      dependencies: [
        "WBRBuild", "WBRModel", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"), .product(name: "Logging", package: "swift-log"),
      ],
      path: "Sources/WBRPostgres"
    ),
    .executableTarget(
      name: "WBRTerm",
      dependencies: [
        "WBRModel", "WBRStore", "WBRBuild", "WBRApp", "WBRPublish", "WBRPostgres", "CNcurses",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Sources/WBRTerm"
    ),
    // Helpers the test targets share (golden files); a plain target, never part of a product.
    .target(name: "WBRTestSupport", path: "Tests/WBRTestSupport"),
    .testTarget(
      name: "WBRModelTests", dependencies: ["WBRModel", "WBRTestSupport"], path: "Tests/WBRModelTests",
      exclude: ["Golden"]),
    // One writer of the journal's several-writers stress test, run by WBRStoreTests as a process.
    .executableTarget(
      name: "WBRJournalWriter", dependencies: ["WBRStore", "WBRModel"], path: "Tests/WBRJournalWriter"),
    .testTarget(
      name: "WBRStoreTests", dependencies: ["WBRStore", "WBRModel", "WBRJournalWriter"],
      path: "Tests/WBRStoreTests"),
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
      name: "WBRPostgresTests",
      dependencies: [
        "WBRPostgres", "WBRBuild", .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      path: "Tests/WBRPostgresTests"),
    .testTarget(
      name: "WBRTermTests", dependencies: ["WBRTerm", "WBRApp", "WBRModel", "WBRStore"],
      path: "Tests/WBRTermTests"),
  ],
  swiftLanguageModes: [.v6]
)
