import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import TestSupport

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

    /// A store with one source `s` and its records written in one run.
    static func with(_ turtle: String, source: String = "s") throws -> (TemporaryStore, Int64) {
        let t = try TemporaryStore()
        try t.store.register(SourceInfo(id: source))
        let run = try t.store.startRun(source: source)
        try t.store.writePage(source: source, run: run, records: try Feed.records(turtle))
        return (t, run)
    }
}
