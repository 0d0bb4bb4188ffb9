import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import RDFIO
import Server
import TestSupport

/// A fixture catalog and a server on a free loopback port, started once per test process and shared.
///
/// The catalog holds two runs of source `demo` (the demo feed, then the demo feed again with one dataset
/// improved, so scores have a history) and one run of source `nl30` (the DCAT-AP NL 3.0 fixture).
enum TestServer {
    struct Running: Sendable {
        var port: Int
        var store: CatalogStore
        var path: String
    }

    static let fixtures = SharedFolder.packageRoot.appendingPathComponent("fixtures")

    static let shared: Task<Running, any Error> = Task { try await start(database: try buildFixtureDatabase()) }

    static func running() async throws -> Running { try await shared.value }

    /// Starts a server over `database` (in this process) and returns once it listens.
    static func start(database path: String, settings: ServerSettings = ServerSettings(port: 0, corsOrigins: ["https://portal.example.nl"])) async throws -> Running {
        let store = try CatalogStore(path: path)
        let server = try await OogstServer(settings: settings, store: store)
        let port = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int, any Error>) in
            let once = Once()
            Task.detached {
                do {
                    try await server.runUntilCancelled { port in once.run { continuation.resume(returning: port) } }
                } catch {
                    once.run { continuation.resume(throwing: error) }
                }
            }
        }
        return Running(port: port, store: store, path: path)
    }

    final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        func run(_ body: () -> Void) {
            lock.lock()
            defer { lock.unlock() }
            if !done { done = true; body() }
        }
    }

    static func temporaryDatabase(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("oogst-server-\(name)-\(UUID().uuidString).sqlite").path
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
