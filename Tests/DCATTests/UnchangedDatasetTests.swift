import Foundation
import RDF
import Testing
@testable import DCAT

/// `DCATMapper.isUnchanged`: datasets the caller recognises by IRI and canonical hash are listed, not
/// mapped, and nothing else about the result changes.
@Suite("Recognising unchanged datasets")
struct UnchangedDatasetTests {
    /// Maps `graph` recognising the (IRI, hash) pairs in `known`.
    private func map(_ graph: Graph, known: [String: String], parallel: Bool = true) -> DCATMappingResult {
        DCATMapper(sourceID: "test", parallel: parallel, isUnchanged: { iri, hash in known[iri] == hash }).map(graph)
    }

    private func check(_ graph: Graph, recognise pick: (Int) -> Bool, parallel: Bool = true) {
        let full = DCATMapper(sourceID: "test", parallel: parallel).map(graph)
        let picked = full.datasets.indices.filter(pick).map { full.datasets[$0] }
        let known = Dictionary(uniqueKeysWithValues: picked.map { ($0.iri, $0.subgraph.hashHex) })
        let result = map(graph, known: known, parallel: parallel)
        // Compared as booleans: a failure prints counts, not every model.
        let recognised = result.unchanged == picked.map(\.iri)
        #expect(recognised, "recognised, in IRI order: \(result.unchanged.count) of \(picked.count)")
        let rest = result.datasets == full.datasets.filter { known[$0.iri] == nil }
        #expect(rest, "the rest mapped exactly as before: \(result.datasets.count) of \(full.datasets.count - picked.count)")
        let catalogs = result.catalogs == full.catalogs
        #expect(catalogs, "catalogs still list every dataset")
        // A stored hash that differs is a changed dataset: it is mapped.
        let stale = known.mapValues { _ in String(repeating: "0", count: 16) }
        let changed = map(graph, known: stale, parallel: parallel)
        let allMapped = changed.unchanged.isEmpty && changed.datasets == full.datasets
        #expect(allMapped, "\(changed.unchanged.count) recognised with a stale hash")
    }

    @Test(arguments: ["nl30-catalog.ttl", "donl11-catalog.ttl", "donl-legacy-export.ttl"])
    func fixtureDatasetsAreRecognisedOrMapped(_ name: String) throws {
        let graph = try Load.graph(Load.fixture(name))
        check(graph, recognise: { $0 % 2 == 0 }, parallel: false)
        check(graph, recognise: { _ in true }, parallel: false)
    }

    /// Blank-node datasets are recognised by their skolem IRI, on every core (600 datasets: mapped in
    /// chunks by several sessions whose recognised IRIs are gathered).
    @Test func manyDatasetsOnEveryCore() throws {
        var text = "@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        for i in 0..<600 {
            let subject = i % 3 == 0 ? "[]" : "<https://example.test/dataset/\(i)>"
            text += "\(subject) a dcat:Dataset ; dct:identifier \"id-\(i)\" ; dct:title \"Dataset \(i)\"@nl .\n"
        }
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(text, name: "many.ttl"), into: &graph)
        check(graph, recognise: { $0 % 5 != 0 })
        let full = DCATMapper(sourceID: "test").map(graph)
        #expect(full.datasets.count == 600)
        #expect(full.datasets.filter(\.isSkolemized).count == 200)
    }
}
