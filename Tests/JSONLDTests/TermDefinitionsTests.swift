import Foundation
@testable import JSONLD
import RDF
import Testing

/// The term definitions answer a lookup without hashing when no term has the key's byte length; these
/// hold that the shortcut never hides a term that is there.
@Suite struct TermDefinitionsTests {
    func definition(_ iri: String) -> TermDefinition {
        let d = TermDefinition()
        d.iri = iri
        return d
    }

    @Test func findsTermsOfEveryLengthIncludingVeryLongOnes() {
        var terms = TermDefinitions()
        let keys = (1...90).map { String(repeating: "k", count: $0) }
        for k in keys where k.count % 3 == 0 { terms[k] = definition("http://ex.org/\(k.count)") }
        for k in keys {
            #expect((terms[k]?.iri) == (k.count % 3 == 0 ? "http://ex.org/\(k.count)" : nil), "length \(k.count)")
        }
        // 63 bytes and longer share one bit: an absent 64-byte key next to a present 66-byte one.
        #expect(terms[String(repeating: "x", count: 66)] == nil)
        #expect(terms[String(repeating: "k", count: 64)] == nil)
    }

    @Test func removedAndRedefinedTermsAreSeen() {
        var terms = TermDefinitions()
        terms["name"] = definition("http://ex.org/name")
        terms["nick"] = definition("http://ex.org/nick")
        #expect(terms.removeValue(forKey: "name")?.iri == "http://ex.org/name")
        #expect(terms["name"] == nil)
        #expect(terms["nick"]?.iri == "http://ex.org/nick")
        terms["name"] = definition("http://ex.org/other")
        #expect(terms["name"]?.iri == "http://ex.org/other")
        #expect(Set(terms.map(\.key)) == ["name", "nick"])
        #expect(terms.values.count == 2)
    }

    /// A context may define a term whose key is itself a long absolute IRI; expansion must still use its
    /// definition (here: values coerced to IRIs).
    @Test func aLongIRITermKeepsItsDefinitionInExpansion() throws {
        let key = "http://example.org/vocabulary/a-rather-long-property-name-for-testing"
        #expect(key.utf8.count > 63)
        let text = """
            {"@context": {"\(key)": {"@type": "@id"}}, "@id": "http://example.org/s", "\(key)": "http://example.org/o"}
            """
        var sink = QuadCollector()
        try JSONLDReader().read(from: MemoryByteSource(text, name: "in.jsonld"), into: &sink)
        #expect(sink.quads.map(\.triple.object) == [.iri(IRI("http://example.org/o"))])
    }
}
