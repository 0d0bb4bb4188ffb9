import Foundation
import RDF
import Testing
@testable import DCAT

/// Mapping cost against parsing cost. Set OOGST_DCAT_BENCH to an N-Triples catalog (e.g. the output of
/// `python3 ../shared/bench/gen_catalog.py 20000 -f ntriples`) and run in release to measure; without it
/// a small generated catalog keeps the path exercised.
@Suite struct MappingSpeedTests {
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

    @Test func mapsEveryDatasetOfALargeCatalog() throws {
        let clock = ContinuousClock()
        var graph = Graph()
        let source: ByteSource
        if let path = ProcessInfo.processInfo.environment["OOGST_DCAT_BENCH"] {
            source = try FileByteSource(path: path)
        } else {
            source = MemoryByteSource(Self.syntheticCatalog(2000), name: "synthetic")
        }
        let parse = try clock.measure { try NTriplesReader().read(from: source, into: &graph) }
        var result = DCATMappingResult()
        let parallel = ProcessInfo.processInfo.environment["OOGST_DCAT_SEQUENTIAL"] == nil
        let map = clock.measure { result = DCATMapper(sourceID: "bench", parallel: parallel).map(graph) }
        let catalogLinks = result.catalogs.reduce(0) { $0 + $1.datasets.count }
        print("DCAT mapping: \(graph.count) triples, \(result.datasets.count) datasets; parse \(parse), map \(map)"
              + (parallel ? " (all cores)" : " (one core)"))
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
