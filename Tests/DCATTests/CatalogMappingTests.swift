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

    /// Workers take chunks as they come free and keep their session (its caches, its notes of shared
    /// values) from chunk to chunk: the result must not depend on which worker mapped what. Every fifth
    /// dataset is a blank node (a skolem IRI), and shared values carry notes to be replayed.
    @Test func mappingOnAllCoresGivesWhatOneCoreGives() throws {
        var text = ""
        for i in 0..<3000 {
            let d = i % 5 == 0 ? "_:blank\(i)" : "<https://data.example.nl/dataset/\(i)>"
            text += "<https://data.example.nl/catalog> <http://www.w3.org/ns/dcat#dataset> \(d) .\n"
            text += "\(d) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Dataset> .\n"
            text += "\(d) <http://purl.org/dc/terms/identifier> \"id-\(i)\" .\n"
            text += "\(d) <http://purl.org/dc/terms/title> \"Dataset \(i)\"@nl .\n"
            text += "\(d) <http://www.w3.org/ns/dcat#theme> <http://publications.europa.eu/resource/authority/data-theme/ENVI> .\n"
            // A shared value with a repair note, which every session must replay for each record.
            if i % 3 == 0 {
                text += "\(d) <http://purl.org/dc/terms/accessRights> <http://publications.europa.eu/resource/authority/access-right/RESTRICED> .\n"
            }
            text += "\(d) <http://www.w3.org/ns/dcat#distribution> _:d\(i) .\n"
            text += "_:d\(i) <http://www.w3.org/ns/dcat#accessURL> <https://data.example.nl/files/\(i).csv> .\n"
        }
        text += "<https://data.example.nl/catalog> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#Catalog> .\n"
        var graph = Graph()
        try NTriplesReader().read(from: MemoryByteSource(text, name: "synthetic"), into: &graph)
        let serial = DCATMapper(sourceID: "test", parallel: false).map(graph)
        let parallel = DCATMapper(sourceID: "test", parallel: true).map(graph)
        #expect(serial.datasets.count == 3000)
        #expect(serial.datasets.filter(\.isSkolemized).count == 600)
        #expect(serial.datasets.filter { $0.notes.contains { $0.kind == .vocabularyTypo } }.count == 1000)
        #expect(parallel == serial)
    }

    /// What counts as a dataset and which catalog it belongs to: typed nodes (a subclass the feed declares
    /// included), untyped nodes a catalog links and describes, not a link to a node with no statements
    /// (the catalog notes it), and the first catalog that links a dataset is its catalog.
    @Test func findsDatasetsByTypeByCatalogLinkAndByDeclaredSubclass() throws {
        let turtle = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix ex: <https://example.org/> .
            ex:first a dcat:Catalog ; dct:title "First" ; dcat:dataset ex:typed, ex:linked, ex:nowhere .
            ex:second a dcat:Catalog ; dct:title "Second" ; dcat:dataset ex:linked, ex:special .
            ex:typed a dcat:Dataset ; dct:title "Typed" .
            ex:linked dct:title "Linked only" .
            ex:Special rdfs:subClassOf dcat:Dataset .
            ex:special a ex:Special ; dct:title "Of a declared subclass" .
            ex:alone a dcat:Dataset ; dct:title "In no catalog" .
            ex:service a dcat:DataService ; dct:title "A service" .
            """
        var graph = Graph()
        try TurtleReader().read(from: MemoryByteSource(turtle, name: "discovery.ttl"), into: &graph)
        for parallel in [false, true] {
            let result = DCATMapper(sourceID: "test", parallel: parallel).map(graph)
            let catalogOf = Dictionary(uniqueKeysWithValues: result.datasets.map { ($0.iri, $0.catalog) })
            #expect(catalogOf == ["https://example.org/typed": "https://example.org/first",
                                  "https://example.org/linked": "https://example.org/first",
                                  "https://example.org/special": "https://example.org/second",
                                  "https://example.org/alone": nil])
            #expect(result.dataServices.map(\.iri) == ["https://example.org/service"])
            #expect(result.catalogs.map(\.iri) == ["https://example.org/first", "https://example.org/second"])
            let first = try #require(result.catalogs.first)
            #expect(first.notes.contains { $0.kind == .missingLink && $0.original.contains("nowhere") })
            #expect(!result.catalogs[1].notes.contains { $0.kind == .missingLink })
        }
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
