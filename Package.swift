// swift-tools-version:6.0
import PackageDescription

// No Swift packages: the system's ncursesw and SQLite are reached through
// system-library targets (module maps in Sources/CNCurses and Sources/CSQLite).
let package = Package(
    name: "metodist",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "metodist", targets: ["metodist"]),
        .executable(name: "metodist-bench", targets: ["metodist-bench"]),
    ],
    targets: [
        .systemLibrary(name: "CNCurses", path: "Sources/CNCurses"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "Domain"),
        .target(name: "Storage", dependencies: ["Domain", "CSQLite"]),
        // Above the storage core: they reach the store through Storage's protocols (Sources/Storage/API), never SQLite.
        .target(name: "Exchange", dependencies: ["Storage", "Domain"]),
        .target(name: "DemoRegion", dependencies: ["Storage", "Domain"]),
        .target(name: "TUI", dependencies: ["Domain", "Storage", "Exchange", "CNCurses"]),
        .executableTarget(name: "metodist", dependencies: ["TUI", "Exchange", "DemoRegion", "Storage", "Domain"]),
        .executableTarget(name: "metodist-bench", dependencies: ["TUI", "Storage", "Domain"],
                          path: "Benchmarks/metodist-bench"),
        // A writer process for the concurrency and crash tests (many real processes on one file).
        .executableTarget(name: "metodist-load", dependencies: ["Storage", "Domain"], path: "Tools/metodist-load"),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Exchange", "DemoRegion", "Domain", "CSQLite"]),
        .testTarget(name: "ExchangeTests", dependencies: ["Exchange", "DemoRegion", "Storage", "Domain", "CSQLite"]),
        .testTarget(name: "DemoRegionTests", dependencies: ["DemoRegion", "Storage", "Domain", "CSQLite"]),
        .testTarget(name: "TUITests", dependencies: ["TUI", "Exchange", "DemoRegion", "Storage", "Domain"]),
        .testTarget(name: "EndToEndTests", dependencies: ["CSQLite"]),
    ],
    swiftLanguageModes: [.v6]
)
