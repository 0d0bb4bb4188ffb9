// swift-tools-version:6.0
// Oogst: a DCAT-AP NL metadata catalog harvester. Module layering follows ../shared/DESIGN.md:
// a target only uses targets listed above it.
import Foundation
import PackageDescription

/// Release builds of the libraries skip the run-time exclusivity checks: the DCAT mapper's per-record
/// classes spent ~8 % of their instructions in `swift_beginAccess` (callgrind), and a harvest ~3 % of its
/// samples in those checks and the thread-local access set behind them (perf). Debug builds, which run
/// the tests, keep every check.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

/// The executables allocate with jemalloc (Debian `libjemalloc-dev`) instead of glibc's malloc: a first
/// harvest spends ~6 % less CPU, a store load 3-5 %, `oogst validate` 8 % (docs/benchmarks.md, session 19).
/// Their records are built on one thread and freed on another, in sizes past glibc's per-thread cache.
/// Where `libjemalloc.so` is not installed (a fresh machine before `.ci/run`), the build links glibc's
/// malloc rather than fail at the link, so the README's commands work anywhere. `OOGST_SYSTEM_MALLOC=1`
/// links glibc's malloc even where jemalloc is installed; `OOGST_SYSTEM_MALLOC=0` insists on jemalloc
/// (`.ci/run` sets it, so CI measures and tests the allocator the benchmarks use).
let jemallocInstalled = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    .contains { FileManager.default.fileExists(atPath: $0 + "/libjemalloc.so") }
let systemMalloc = Context.environment["OOGST_SYSTEM_MALLOC"].map { !$0.isEmpty && $0 != "0" } ?? !jemallocInstalled
let allocator: [LinkerSetting] = systemMalloc ? [] : [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
let allocatorFlag: [SwiftSetting] = systemMalloc ? [.define("OOGST_SYSTEM_MALLOC")] : []

let package = Package(
    name: "Oogst",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "oogst", targets: ["oogst"]),
        .library(name: "RDF", targets: ["RDF"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // Terms, graphs, IRI resolution, N-Triples/N-Quads and Turtle.
        .target(name: "RDF", swiftSettings: hotPath),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "RDFXML", dependencies: ["RDF", "CLibXML2"], swiftSettings: hotPath),
        // zlib, for the store's record blobs (model, subgraph, score: ~15 KB of JSON and N-Triples each).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "JSONLD", dependencies: ["RDF"], swiftSettings: hotPath),
        .target(name: "SHACL", dependencies: ["RDF"], swiftSettings: hotPath),
        // The one door to every serialization.
        .target(name: "RDFIO", dependencies: ["RDF", "RDFXML", "JSONLD"], swiftSettings: hotPath),
        .target(name: "DCAT", dependencies: ["RDF"], swiftSettings: hotPath),
        .target(name: "Quality", dependencies: ["DCAT", "SHACL", "RDF"], swiftSettings: hotPath),
        // The local catalog: SQLite (GRDB, WAL), FTS5 search with Dutch and English stemming, scores, runs.
        .target(name: "CatalogStore", dependencies: ["DCAT", "Quality", "RDF", "CZlib", .product(name: "GRDB", package: "GRDB.swift"),
                                                   .product(name: "GRDBSQLite", package: "GRDB.swift")],
                swiftSettings: hotPath),
        // Sources, fetching, paging, runs, withdrawal, schedules, link checks: the whole flow.
        .target(name: "Harvest", dependencies: ["RDF", "RDFIO", "JSONLD", "DCAT", "Quality", "CatalogStore", .product(name: "Yams", package: "Yams")],
                swiftSettings: hotPath),
        // `oogst serve`: the REST API, DCAT re-publication and the web pages (Hummingbird, Mustache templates).
        .target(name: "Server", dependencies: ["CatalogStore", "DCAT", "Quality", "RDF", "RDFXML", "JSONLD",
                                               .product(name: "Hummingbird", package: "hummingbird"),
                                               .product(name: "Mustache", package: "swift-mustache"),
                                               .product(name: "Logging", package: "swift-log"),
                                               .product(name: "HTTPTypes", package: "swift-http-types")],
                resources: [.copy("Templates")]),
        .executableTarget(
            name: "oogst",
            dependencies: ["RDFIO", "JSONLD", "DCAT", "Quality", "CatalogStore", "Harvest", "Server", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            linkerSettings: allocator
        ),
        // Parser throughput benchmark: `swift run -c release oogst-bench --help`.
        .executableTarget(name: "oogst-bench", dependencies: ["RDFIO", "DCAT"], linkerSettings: allocator),
        // Store benchmark (bulk load, search latency): `swift run -c release oogst-store-bench --help`.
        .executableTarget(name: "oogst-store-bench", dependencies: ["CatalogStore", "RDFIO", "DCAT", "Quality", "RDF"],
                         linkerSettings: allocator),

        // Finds ../shared (conformance suites, specs) for every test target.
        .target(name: "TestSupport", dependencies: ["RDF", .product(name: "GRDB", package: "GRDB.swift")], path: "Tests/TestSupport"),
        .testTarget(name: "RDFTests", dependencies: ["RDF", "TestSupport"]),
        .testTarget(name: "RDFXMLTests", dependencies: ["RDFXML", "RDF", "TestSupport"]),
        .testTarget(name: "JSONLDTests", dependencies: ["JSONLD", "RDF", "TestSupport"]),
        .testTarget(name: "RDFIOTests", dependencies: ["RDFIO", "RDF", "TestSupport"]),
        .testTarget(name: "SHACLTests", dependencies: ["SHACL", "RDF", "TestSupport"]),
        .testTarget(name: "CatalogStoreTests", dependencies: ["CatalogStore", "DCAT", "Quality", "RDF", "RDFIO", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "OogstCLITests", dependencies: ["oogst", "RDFIO", "RDF", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    swiftSettings: allocatorFlag),
        .testTarget(name: "QualityTests", dependencies: ["Quality", "DCAT", "SHACL", "RDF", "RDFIO", "TestSupport"]),
        .testTarget(name: "HarvestTests", dependencies: ["Harvest", "RDF", "RDFIO", "DCAT", "CatalogStore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
                    exclude: ["Server", "Fixtures"]),
        .testTarget(name: "ServerTests", dependencies: ["oogst", "Server", "CatalogStore", "Harvest", "DCAT", "Quality", "RDF", "RDFIO",
                                                        "RDFXML", "JSONLD", "TestSupport"]),
        .testTarget(name: "DCATTests", dependencies: ["DCAT", "RDF", "RDFXML", "JSONLD", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
