import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import RDFIO
import Server
import TestSupport

/// A fixture catalog and `oogst serve` on a free loopback port, started once per test process and shared.
///
/// The server is the built binary in a process of its own: in-process, its request handling would share
/// Swift's cooperative threads with every other suite's synchronous work, and a loaded test run (all
/// suites in parallel on two cores) could starve it for longer than any sane request timeout.
///
/// The catalog holds two runs of source `demo` (the demo feed without keywords, then the feed as it is, so
/// scores have a history) and one run of source `nl30` (the DCAT-AP NL 3.0 fixture).
enum TestServer {
    struct Running: Sendable {
        var port: Int
        var store: CatalogStore
        var path: String
        var pid: Int32
    }

    static let fixtures = SharedFolder.packageRoot.appendingPathComponent("fixtures")

    static let shared: Task<Running, any Error> = Task { try await start(database: try buildFixtureDatabase()) }

    static func running() async throws -> Running { try await shared.value }

    /// Starts `oogst serve` over `database` and returns once it listens. The process is stopped (SIGTERM)
    /// when the test process exits.
    static func start(database path: String, extra: [String] = ["--cors", "https://portal.example.nl"]) async throws -> Running {
        let (process, port) = try await launch(["--db", path, "--port", "0"] + extra)
        Children.register(process.processIdentifier)
        return Running(port: port, store: try CatalogStore(path: path), path: path, pid: process.processIdentifier)
    }

    /// `oogst serve ARGUMENTS`, with the port it reports once it listens.
    static func launch(_ arguments: [String]) async throws -> (Process, Int) {
        let process = Process()
        process.executableURL = OogstBinary.url
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = SharedFolder.packageRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        let port = try await Task.detached { () -> Int in
            var seen = ""
            while true {
                let data = err.fileHandleForReading.availableData
                if data.isEmpty { throw ClientError(message: "oogst serve stopped before it listened: \(seen)") }
                seen += String(decoding: data, as: UTF8.self)
                if let range = seen.range(of: #"serving .* on http://127\.0\.0\.1:\d+/"#, options: .regularExpression) {
                    let match = seen[range].dropLast()
                    if let colon = match.lastIndex(of: ":"), let port = Int(match[match.index(after: colon)...]) { return port }
                }
            }
        }.value
        // Keep draining the server's log so it never blocks on a full pipe.
        Thread.detachNewThread { while !err.fileHandleForReading.availableData.isEmpty {} }
        return (process, port)
    }

    /// Server processes to stop, then database files to remove, when the test process ends.
    enum Children {
        nonisolated(unsafe) static var pids: [Int32] = []
        nonisolated(unsafe) static var files: [String] = []
        static let lock = NSLock()
        static let installed: Void = {
            atexit {
                Children.lock.withLock {
                    for pid in Children.pids { kill(pid, SIGTERM) }
                    for path in Children.files {
                        for suffix in ["", "-wal", "-shm", ".lock"] { unlink(path + suffix) }
                    }
                }
            }
        }()

        static func register(_ pid: Int32) {
            _ = installed
            lock.withLock { pids.append(pid) }
        }

        static func removeAtExit(_ path: String) {
            _ = installed
            lock.withLock { files.append(path) }
        }
    }

    /// A database path under the temporary folder, removed (with its WAL files) when the test process ends.
    static func temporaryDatabase(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-server-\(name)-\(UUID().uuidString).sqlite").path
        Children.removeAtExit(path)
        return path
    }

    /// Maps and scores a feed file as the harvester does.
    static func scoredRecords(_ file: URL, source: String, prefix: String) throws -> [ScoredRecord] {
        var graph = Graph()
        try RDFReaders.read(try FileByteSource(path: file.path), options: ReadOptions(base: file.absoluteString, blankNodePrefix: prefix), into: &graph)
        let mapped = DCATMapper(sourceID: source).map(graph)
        let scorer = Scorer()
        return mapped.datasets.map { ScoredRecord(dataset: $0, quality: scorer.score($0), pageURL: file.absoluteString) }
    }

    static func buildFixtureDatabase() throws -> String {
        let path = temporaryDatabase("fixture")
        let store = try CatalogStore(path: path)
        let demoFile = fixtures.appendingPathComponent("demo/catalog.ttl")
        try store.register(SourceInfo(id: "demo", title: "Voorbeeldstad", url: demoFile.absoluteString, kind: "file"))
        try store.register(SourceInfo(id: "nl30", title: "NL 3.0 fixture", url: "", kind: "file"))

        // Run 1: the demo feed with every keyword of every dataset removed (a worse first harvest).
        var first = try scoredRecords(demoFile, source: "demo", prefix: "a")
        let scorer = Scorer()
        for i in first.indices {
            var d = first[i].dataset
            d.keywords = LocalizedText()
            first[i] = ScoredRecord(dataset: d, quality: scorer.score(d), pageURL: first[i].pageURL)
        }
        try storeRun(store, source: "demo", records: first, at: Date(timeIntervalSince1970: 1_767_000_000))
        // Run 2: the feed as it is.
        try storeRun(store, source: "demo", records: try scoredRecords(demoFile, source: "demo", prefix: "b"),
                     at: Date(timeIntervalSince1970: 1_767_086_400))
        try storeRun(store, source: "nl30", records: try scoredRecords(fixtures.appendingPathComponent("dcat/nl30-catalog.ttl"), source: "nl30", prefix: "c"),
                     at: Date(timeIntervalSince1970: 1_767_090_000))
        try store.checkpoint()
        return path
    }

    /// One run of one page. Keywords are part of the subgraph hash, so run 2 really replaces the records.
    static func storeRun(_ store: CatalogStore, source: String, records: [ScoredRecord], at date: Date) throws {
        let run = try store.startRun(source: source, at: date)
        // A record whose model changed must have a different hash to be rewritten; the subgraph of a model
        // edited in memory is stale, so recompute it from the model's own serialization.
        let fresh = records.map { r -> ScoredRecord in
            var d = r.dataset
            if r.dataset.keywords.isEmpty {
                let triples = DCATSerializer(blankNodePrefix: "k").triples(for: d)
                d.subgraph = Subgraph.canonical(triples)
            }
            return ScoredRecord(dataset: d, quality: r.quality, pageURL: r.pageURL)
        }
        let counts = try store.writePage(source: source, run: run, records: fresh, at: date)
        var report = RunReport(id: run, source: source, status: .succeeded, startedAt: "")
        report.pages = 1
        report.added = counts.added
        report.updated = counts.updated
        report.unchanged = counts.unchanged
        try store.finishRun(report, at: date.addingTimeInterval(5))
    }
}
