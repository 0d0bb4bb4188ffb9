import Foundation
import RDF
import TestSupport
import Testing

@Suite("N-Triples conformance (W3C rdf-tests)")
struct NTriplesConformanceTests {
    @Test func suite() throws {
        guard let folder = try SharedFolder.url("conformance/n-triples") else { return }
        let entries = try RDFSuiteEntry.load(folder.appendingPathComponent("index.json"))
        #expect(entries.count == 70)
        let tally = ConformanceTally(suite: "N-Triples")
        for e in entries {
            let path = folder.appendingPathComponent(e.action).path
            do {
                var sink = QuadCollector()
                try NTriplesReader().read(from: FileByteSource(path: path), into: &sink)
                if e.isNegative { tally.fail(e.id, "parsed, but the test expects a syntax error") } else { tally.pass() }
            } catch {
                if e.isNegative { tally.pass() } else { tally.fail(e.id, "\(error)") }
            }
        }
        _ = tally.report()
        #expect(tally.failures.isEmpty)
        #expect(tally.passed == 70)
    }
}
