// swift-tools-version: 6.1
import PackageDescription

/// beai: data flows domain → search index → UI core → app → ncurses backend → CLI.
let package = Package(
    name: "beai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "beai", targets: ["beai"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The domain: types, loading, validation, tree, budgets, comparison. Foundation only.
        .target(name: "BeaiDomain"),
        // The JSON files of Resources/, compiled into the binary by the EmbedData plugin.
        .target(name: "BeaiBuiltinData", dependencies: ["BeaiDomain"], plugins: ["EmbedData"]),
        .executableTarget(name: "beai-embed", dependencies: ["BeaiDomain"], path: "Sources/BeaiEmbed"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["beai-embed"]),
        // The search index: SQLite FTS5 through GRDB, built from the domain.
        .target(name: "BeaiSearch", dependencies: [
            "BeaiDomain", .product(name: "GRDB", package: "GRDB.swift"),
            // SQLite's C interface, as GRDB links it: for the bulk insert that builds the index.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // Search benchmarks over the built-in data and synthetic datasets: `swift run -c release beai-bench`.
        .executableTarget(
            name: "beai-bench", dependencies: ["BeaiSearch", "BeaiDomain", "BeaiBuiltinData", "BeaiApp"], path: "Sources/BeaiBench"),
        // The written forms of programmes and comparisons (JSON, CSV, Markdown), shared by the
        // command line and the explorer's export.
        .target(name: "BeaiExport", dependencies: ["BeaiDomain"]),
        // The terminal UI core: cells, buffer, layout, widgets. Pure Swift.
        .target(name: "BeaiTUI"),
        // The app: State, Action, a pure update and a pure view.
        .target(name: "BeaiApp", dependencies: ["BeaiDomain", "BeaiExport", "BeaiSearch", "BeaiTUI"]),
        // The config file: $XDG_CONFIG_HOME/beai/config.toml read with TOMLKit into a theme, keys and
        // start-up settings, every problem with its line.
        .target(name: "BeaiConfig", dependencies: ["BeaiApp", "BeaiDomain", "BeaiTUI", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The ncurses backend: the only code that calls ncurses.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "BeaiTerminal", dependencies: ["CNcursesw", "BeaiTUI", "BeaiApp"]),
        // The command line.
        .executableTarget(
            name: "beai",
            dependencies: [
                "BeaiDomain", "BeaiBuiltinData", "BeaiExport", "BeaiSearch", "BeaiApp", "BeaiConfig", "BeaiTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "BeaiDomainTests", dependencies: ["BeaiDomain", "BeaiBuiltinData"]),
        .testTarget(name: "BeaiSearchTests", dependencies: ["BeaiSearch", "BeaiDomain", "BeaiBuiltinData"]),
        .testTarget(name: "BeaiTUITests", dependencies: ["BeaiTUI"]),
        .testTarget(
            name: "BeaiAppTests", dependencies: ["BeaiApp", "BeaiDomain", "BeaiExport", "BeaiSearch", "BeaiBuiltinData"], exclude: ["Snapshots", "Fixtures"]),
        .testTarget(name: "BeaiConfigTests", dependencies: ["BeaiConfig", "BeaiApp", "BeaiTUI"]),
        .testTarget(name: "BeaiCLITests", dependencies: ["beai"], exclude: ["Fixtures"]),
        .testTarget(name: "BeaiE2ETests", dependencies: ["beai"]),
    ]
)
