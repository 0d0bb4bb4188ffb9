import Foundation
import RDF
import Testing
@testable import DCAT

/// Mapping a whole catalog: every linked dataset comes out once, with a distinct hash, whether the mapper
/// runs on one core or all. Its speed is measured by `oogst-bench --map` (docs/benchmarks.md), not here.
@Suite struct CatalogMappingTests {
    static func syntheticCatalog(_ n: Int) -> String {
        var s = ""
        for i in 0..<n {
            let d = "<https://data.example.nl/dataset/\(i)>"
            s += "<https://data.example.nl/catalog> <http://www.w3.org/ns/dcat#dataset> \(d) .\n"
            s += "\(d) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n"
            s += "\(d) <http://purl.org/dc/terms/title> \"Dataset \(i)\"@nl .\n"
            s += "\(d) <http://www.w3.org/ns/dcat#theme> <http://publications.europa.eu/resource/authority/data-theme/ENVI> .\n"
            s += "\(d) <http://purl.org/dc/terms/license> <http://creativecommons.org/publicdomain/zero/1.0/> .\n"
            s += "\(d) <http://www.w3.org/ns/dcat#distribution> _:d\(i) .\n"
            s += "_:d\(i) <http://www.w3.org/ns/dcat#accessURL> <https://data.example.nl/files/\(i).csv> .\n"
            s += "_:d\(i) <http://purl.org/dc/terms/format> <http://publications.europa.eu/resource/authority/file-type/CSV> .\n"
        }
        s += "<https://data.example.nl/catalog> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Catalog> .\n"
        return s
    }

    @Test func mapsEveryDatasetOfACatalog() throws {
        var graph = Graph()
        try NTriplesReader().read(from: MemoryByteSource(Self.syntheticCatalog(2000), name: "synthetic"), into: &graph)
        let result = DCATMapper(sourceID: "test").map(graph)
        let catalogLinks = result.catalogs.reduce(0) { $0 + $1.datasets.count }
        #expect(result.datasets.count == 2000)
        #expect(result.datasets.count == catalogLinks)
        #expect(Set(result.datasets.map(\.subgraph.hash)).count == result.datasets.count)
    }

    @Test func parallelAndSequentialMappingAgree() throws {
        var text = Self.syntheticCatalog(1500)
        // Blank-node datasets, two sharing an identifier, exercise the skolem rules across workers.
        for i in 0..<3 {
            text += "_:x\(i) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n"
            text += "_:x\(i) <http://purl.org/dc/terms/identifier> \"\(i == 2 ? "B" : "A")\" .\n"
            text += "_:x\(i) <http://purl.org/dc/terms/title> \"blank \(i)\" .\n"
        }
        let graph = Graph(try NTriplesReader().read(text).map(\.triple))
        let parallel = DCATMapper(sourceID: "s", parallel: true).map(graph)
        let sequential = DCATMapper(sourceID: "s", parallel: false).map(graph)
        #expect(parallel.datasets.count == 1503)
        #expect(parallel == sequential)
        #expect(Set(parallel.datasets.map(\.iri)).count == 1503)
    }
}
