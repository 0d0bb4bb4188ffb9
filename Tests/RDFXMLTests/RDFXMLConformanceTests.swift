import Foundation
import RDF
import RDFXML
import Testing
import TestSupport

/// The W3C RDF 1.1 RDF/XML suite, driven by its index.json: eval tests must give a graph isomorphic
/// to the expected N-Triples, negative syntax tests must fail.
@Suite struct RDFXMLConformanceTests {
    @Test func w3cSuite() throws {
        guard let folder = try SharedFolder.url("conformance/rdf-xml") else { return }
        let entries = try RDFSuiteEntry.load(folder.appendingPathComponent("index.json"))
        let tally = ConformanceTally(suite: "RDF/XML")
        for entry in entries {
            let input = folder.appendingPathComponent(entry.action)
            let reader = RDFXMLReader(base: entry.base)
            var sink = QuadCollector()
            do {
                try reader.read(from: FileByteSource(path: input.path), into: &sink)
                if entry.isNegative {
                    tally.fail(entry.id, "parsed without error (\(sink.quads.count) triples)")
                    continue
                }
                guard let result = entry.result else {
                    tally.pass()
                    continue
                }
                let expected = try readNQuads(folder.appendingPathComponent(result))
                if Isomorphism.isomorphic(sink.quads, expected) {
                    tally.pass()
                } else {
                    let got = sink.quads.map(\.description).sorted().joined(separator: "\n    ")
                    tally.fail(entry.id, "graph differs from \(result); got:\n    \(got)")
                }
            } catch {
                if entry.isNegative { tally.pass() } else { tally.fail(entry.id, "\(error)") }
            }
        }
        _ = tally.report()
        #expect(tally.total == 166)
        #expect(tally.failures.isEmpty)
    }
}
