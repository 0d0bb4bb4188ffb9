import Foundation
import RDF
import TestSupport
import Testing

/// search, show, scores and runs over a catalog filled by `validate --store` from the fixtures.
@Suite("oogst search/show/scores/runs", .serialized)
final class StoreCommandTests {
    let db: String
    let demo = SharedFolder.packageRoot.appendingPathComponent("fixtures/demo/catalog.ttl").path

    init() throws {
        db = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-cli-\(UUID().uuidString).sqlite").path
        let r = try OogstBinary.run(["validate", demo, "--store", db, "--source", "demo"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("3 added"))
    }

    deinit {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try OogstBinary.run(arguments + ["--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    @Test func searchJSONFollowsTheContract() throws {
        let root = try json(["search", "fietspad", "--json"])
        #expect(root["total"] as? Int == 1)
        let hit = try #require((root["hits"] as? [[String: Any]])?.first)
        for key in ["id", "iri", "title", "publisher", "score", "rating", "rank"] { #expect(hit[key] != nil, "hit.\(key)") }
        #expect(hit["iri"] as? String == "https://data.voorbeeldstad.nl/dataset/fietspaden")
        #expect(hit["score"] as? Int == 295)
        let facets = try #require(root["facets"] as? [String: Any])
        for key in ["publisher", "theme", "format", "license", "rating"] { #expect(facets[key] is [Any], "facets.\(key)") }
    }

    @Test func searchTableAndFilters() throws {
        let r = try OogstBinary.run(["search", "--rating", "good", "--db", db])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("1 dataset"))
        #expect(r.stdout.contains("Fietspaden"))
        let none = try OogstBinary.run(["search", "--publisher", "Nobody", "--db", db])
        #expect(none.status == 64)
        #expect(none.stderr.contains("no publisher 'Nobody'"))
        let bad = try OogstBinary.run(["search", "--sort", "sideways", "--db", db])
        #expect(bad.status == 64)
    }

    @Test func showByIRIWithFindingsAndTurtle() throws {
        let iri = "https://data.voorbeeldstad.nl/dataset/afvalbakken"
        let root = try json(["show", iri, "--json"])
        let entry = try #require((root["datasets"] as? [[String: Any]])?.first)
        #expect(entry["iri"] as? String == iri)
        #expect((entry["score"] as? [String: Any])?["total"] as? Int == 0)
        #expect((entry["findings"] as? [[String: Any]])?.contains { $0["id"] as? String == "keywordAvailability" } == true)
        #expect(entry["source"] as? String == "demo")
        let text = try OogstBinary.run(["show", iri, "--db", db])
        #expect(text.stdout.contains("what to fix"))
        let turtle = try OogstBinary.run(["show", iri, "--turtle", "--db", db])
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(turtle.stdout, name: "show.ttl"), into: &graph)
        #expect(graph.objects(.iri(IRI(iri)), RDFVocab.type).contains(.iri(IRI("http://www.w3.org/ns/dcat#Dataset"))))
        let missing = try OogstBinary.run(["show", "https://nowhere.example/x", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no dataset"))
    }

    @Test func scoresInEveryFormat() throws {
        let csv = try OogstBinary.run(["scores", "--format", "csv", "--db", db])
        #expect(csv.stdout.split(separator: "\r\n").count == 4)
        let groups = try json(["scores", "--by", "publisher", "--format", "json"])
        #expect((groups["groups"] as? [[String: Any]])?.isEmpty == false)
        let datasets = try json(["scores", "--format", "json"])
        #expect((datasets["datasets"] as? [Any])?.count == 3)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("oogst-dqv-\(UUID()).ttl").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let dqv = try OogstBinary.run(["scores", "--format", "dqv", "--output", out, "--db", db])
        #expect(dqv.status == 0, "\(dqv.stderr)")
        var graph = Graph()
        try TurtleReader().read(from: FileByteSource(path: out), into: &graph)
        #expect(!graph.subjects(RDFVocab.type, .iri(IRI("http://www.w3.org/ns/dqv#QualityMeasurement"))).isEmpty)
        let table = try OogstBinary.run(["scores", "--by", "source", "--db", db])
        #expect(table.stdout.contains("demo"))
    }

    @Test func runsAfterASecondImport() throws {
        let again = try OogstBinary.run(["validate", demo, "--store", db, "--source", "demo"])
        #expect(again.stderr.contains("0 added, 0 updated, 3 unchanged"))
        let root = try json(["runs", "--json"])
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 2)
        #expect(runs.first?["status"] as? String == "succeeded")
        #expect(runs.first?["unchanged"] as? Int == 3)
    }

    @Test func missingDatabaseIsAnIOError() throws {
        let r = try OogstBinary.run(["search", "x", "--db", "/nonexistent/dir/oogst.sqlite"])
        #expect(r.status == 74)
        #expect(r.stderr.contains("no catalog database"))
    }
}
