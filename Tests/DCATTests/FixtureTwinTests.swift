import Foundation
import RDF
import Testing
@testable import DCAT

/// The three serialisations of each fixture give the same graph, the same model and the same hashes.
@Suite struct FixtureTwinTests {
    static let fixtures = ["nl30-catalog", "donl11-catalog", "donl-legacy-export"]

    @Test(arguments: fixtures)
    func everyFormatGivesTheSameModel(_ name: String) throws {
        let turtle = try Load.map(Load.fixture(name + ".ttl"))
        #expect(!turtle.datasets.isEmpty)
        for format in Load.availableFormats where format != .turtle && format != .ntriples {
            let path = Load.fixture(name + "." + format.rawValue)
            let other = try Load.map(path)
            #expect(try Load.graph(path).isIsomorphic(to: Load.graph(Load.fixture(name + ".ttl"))), "\(name).\(format.rawValue): graph")
            #expect(other.datasets.map(\.iri) == turtle.datasets.map(\.iri))
            #expect(other.datasets.map(\.subgraph.hash) == turtle.datasets.map(\.subgraph.hash), "\(name).\(format.rawValue): hashes")
            for (a, b) in zip(other.datasets, turtle.datasets) {
                #expect(firstDifference(a, b) == nil, "\(name).\(format.rawValue): \(a.iri)")
            }
            #expect(other.dataServices == turtle.dataServices)
            #expect(other.catalogs == turtle.catalogs)
        }
    }
}
