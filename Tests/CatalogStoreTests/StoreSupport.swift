@testable import CatalogStore
import DCAT
import Foundation
import GRDB
import Quality
import RDF
import RDFIO
import TestSupport
import Testing

/// Feeds written inline as Turtle, mapped and scored the way the harvester does it.
enum Feed {
    static let prefixes = """
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        """

    static func records(_ turtle: String, page: String? = nil) throws -> [ScoredRecord] {
        var graph = Graph()
        try TurtleReader(base: "http://example.org/feed").read(from: MemoryByteSource(prefixes + turtle, name: "feed.ttl"),
                                                                into: &graph)
        let scorer = Scorer()
        return DCATMapper(sourceID: "test", parallel: false).map(graph).datasets
            .sorted { $0.iri < $1.iri }
            .map { ScoredRecord(dataset: $0, quality: scorer.score($0), pageURL: page) }
    }

    /// One dataset in Turtle, with the parts a test varies.
    static func dataset(_ name: String, title: String, description: String = "Een dataset.", keywords: [String] = [],
                        publisher: String = "https://example.org/org/utrecht", publisherName: String = "Gemeente Utrecht",
                        theme: String? = nil, format: String? = nil, license: String? = nil,
                        modified: String? = nil) -> String {
        func text(_ t: String) -> String { t.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") }
        let eu = "http://publications.europa.eu/resource/authority/"
        var s = "<https://example.org/ds/\(name)> a dcat:Dataset ;\n"
        s += "  dct:title \"\(text(title))\"@nl ;\n  dct:description \"\(text(description))\"@nl ;\n"
        for k in keywords { s += "  dcat:keyword \"\(text(k))\"@nl ;\n" }
        if let theme { s += "  dcat:theme <\(eu)data-theme/\(theme)> ;\n" }
        if let modified { s += "  dct:modified \"\(modified)\"^^xsd:date ;\n" }
        if format != nil || license != nil {
            s += "  dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://example.org/files/\(name)>"
            if let format { s += " ; dct:format <\(eu)file-type/\(format)>" }
            if let license { s += " ; dct:license <\(license)>" }
            s += " ] ;\n"
        }
        s += "  dct:publisher <\(publisher)> .\n"
        s += "<\(publisher)> a foaf:Agent ; foaf:name \"\(publisherName)\" .\n"
        return s
    }
}

/// A fresh database file per test, removed with its WAL files.
final class TemporaryStore {
    let path: String
    let store: CatalogStore

    init(schemaVersion: String? = nil) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-store-\(UUID().uuidString).sqlite").path
        store = try CatalogStore(path: path, schemaVersion: schemaVersion)
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The size of the write-ahead log file: the most the log ever held since the file was made (SQLite
    /// writes a log that started over from its beginning again, and only a `truncate` checkpoint shrinks it).
    func walBytes() throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    }

    /// `walBytes` in frames: a 32-byte header, then frames of a 24-byte header and a page each.
    func walFrames() throws -> Int {
        max(0, try walBytes() - 32) / (CatalogStore.pageSize + 24)
    }

    /// A store with one source `s` and its records written in one run.
    static func with(_ turtle: String, source: String = "s") throws -> (TemporaryStore, Int64) {
        let t = try TemporaryStore()
        try t.store.register(SourceInfo(id: source))
        let run = try t.store.startRun(source: source)
        try t.store.writePage(source: source, run: run, records: try Feed.records(turtle))
        return (t, run)
    }
}

/// Files as earlier versions of Oogst wrote them. Their writers no longer exist, their layouts do: records
/// are written by today's code into a current store, then copied row by row into a file migrated only up
/// to `schemaVersion` (before v4 the model and subgraph lived in the `record` row itself).
enum LegacyFile {
    static func make(schemaVersion: String, turtle: String, source: String = "s") throws -> TemporaryStore {
        let current = try TemporaryStore.with(turtle, source: source).0
        let old = try TemporaryStore(schemaVersion: schemaVersion)
        let queue = try DatabaseQueue(path: old.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS cur", arguments: [current.path])
            try db.inTransaction {
                let recordColumns = try db.columns(in: "record", in: "main").map(\.name)
                let selected = recordColumns.map { ["model", "subgraph"].contains($0) ? "b.\($0)" : "r.\($0)" }
                let hasBodies = try db.tableExists("record_body", in: "main")
                // Before v10 every record also had links to its rating and its source.
                let linksRecordColumns = (Migrations.names.firstIndex(of: schemaVersion) ?? 0) < Migrations.names.firstIndex(of: "v10-rating-and-source-from-record")!
                try db.execute(sql: """
                    INSERT INTO main.source SELECT * FROM cur.source;
                    INSERT INTO main.run SELECT * FROM cur.run;
                    INSERT INTO main.record (\(recordColumns.joined(separator: ", ")))
                        SELECT \(selected.joined(separator: ", ")) FROM cur.record r JOIN cur.record_body b ON b.record_id = r.id;
                    \(hasBodies ? "INSERT INTO main.record_body SELECT * FROM cur.record_body;" : "")
                    INSERT INTO main.distribution SELECT * FROM cur.distribution;
                    INSERT INTO main.facet_value SELECT * FROM cur.facet_value;
                    INSERT INTO main.record_facet SELECT * FROM cur.record_facet;
                    \(linksRecordColumns ? """
                        INSERT INTO main.record_facet (value_id, record_id) SELECT fv.id, r.id FROM main.record r
                            JOIN main.facet_value fv ON (fv.facet = 'rating' AND fv.value = r.rating)
                                OR (fv.facet = 'source' AND fv.value = r.source_id);
                        """ : "")
                    INSERT INTO main.score SELECT * FROM cur.score;
                    INSERT INTO main.score_history SELECT * FROM cur.score_history;
                    INSERT INTO main.record_fts (rowid, title, description, keywords, publisher, themes)
                        SELECT rowid, title, description, keywords, publisher, themes FROM cur.record_fts;
                    """)
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE cur")
        }
        try queue.close()
        return old
    }
}

/// Every dataset of our fixtures and of the Turtle, RDF/XML and N-Triples samples, mapped as the harvester
/// maps them, with the file each came from. `withSamples` is false only outside CI when ../shared is
/// absent: then the fixtures alone are there. A few samples are invalid on purpose (an undeclared
/// prefix); the readers' tests cover those, here they are skipped.
enum SampleDatasets {
    static func all() throws -> (datasets: [(path: String, dataset: Dataset)], withSamples: Bool) {
        var paths: [String] = []
        let fixtures = SharedFolder.packageRoot.appendingPathComponent("fixtures/dcat")
        paths += try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted().map { fixtures.appendingPathComponent($0).path }
        var withSamples = false
        for folder in ["turtle", "rdfxml", "ntriples"] {
            guard let dir = try SharedFolder.url("specs/samples/" + folder) else { continue }
            withSamples = true
            paths += try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().map { dir.appendingPathComponent($0).path }
        }
        var out: [(path: String, dataset: Dataset)] = []
        for path in paths where !path.hasSuffix(".jsonld") && !path.hasSuffix(".json") {
            var graph = Graph()
            guard (try? RDFReaders.read(try FileByteSource(path: path), explicit: nil,
                                        options: ReadOptions(base: URL(fileURLWithPath: path).absoluteString),
                                        into: &graph)) != nil else { continue }
            out += DCATMapper(sourceID: "test", parallel: false).map(graph).datasets.map { (path, $0) }
        }
        return (out, withSamples)
    }
}

/// The damage every binary blob table must refuse with `BlobError` rather than crash on: each
/// truncation, a byte too many, and an unknown version in the first byte (`badVersion`).
func expectDamagedTablesRefused(_ table: [UInt8], badVersion: UInt8, decode: ([UInt8]) throws -> Void,
                                sourceLocation: SourceLocation = #_sourceLocation) {
    for cut in 0..<table.count {
        #expect(throws: BlobError.self, sourceLocation: sourceLocation) { try decode(Array(table[..<cut])) }
    }
    #expect(throws: BlobError.self, sourceLocation: sourceLocation) { try decode(table + [0]) }
    var version = table
    version[0] = badVersion
    #expect(throws: BlobError.self, sourceLocation: sourceLocation) { try decode(version) }
}
