import Foundation
import RDF
import RDFXML
import Testing
import TestSupport

/// Chunk boundaries may fall anywhere (inside a tag, an attribute, a UTF-8 sequence, a reference),
/// and errors must name the right place.
@Suite struct RDFXMLStreamingTests {
    static let mixed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment before the root -->
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:eg="http://example.org/ns#" xmlns:dct="http://purl.org/dc/terms/"
                 xml:base="http://example.org/base/">
          <eg:Thing rdf:about="a?x=1&amp;y=2" eg:attr="Ünïcødé &lt;tag&gt; &#x1F600;" xml:lang="nl">
            <dct:title>Grüße, 世界 &amp; <![CDATA[<cdata> & more]]> — 😀</dct:title>
            <eg:list rdf:parseType="Collection">
              <eg:Item rdf:about="#i1"/>
              <rdf:Description rdf:nodeID="n2"/>
            </eg:list>
            <eg:xml rdf:parseType="Literal"><b xmlns="http://www.w3.org/1999/xhtml" class="x">vet &amp; <i>schuin</i></b><!-- gone --><?pi data?></eg:xml>
            <rdf:li>één</rdf:li>
            <rdf:li rdf:resource="#two"/>
            <eg:nested rdf:parseType="Resource" xml:lang="">
              <eg:n rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</eg:n>
            </eg:nested>
          </eg:Thing>
        </rdf:RDF>
        """

    private func read(_ bytes: [UInt8], maxChunk: Int, limits: RDFXMLLimits = .default) throws -> [Quad] {
        var sink = QuadCollector()
        try RDFXMLReader(base: "http://example.org/doc", limits: limits)
            .read(from: MemoryByteSource(bytes, name: "chunks.rdf", maxChunk: maxChunk), into: &sink)
        return sink.quads
    }

    @Test func tinyChunksGiveTheSameTriples() throws {
        let bytes = Array(Self.mixed.utf8)
        let whole = try read(bytes, maxChunk: .max)
        #expect(whole.count == 14)
        for chunk in [1, 2, 3, 7, 13, 4096] {
            #expect(try read(bytes, maxChunk: chunk) == whole, "maxChunk \(chunk)")
        }
        // Small reader buffers too, not just small source reads.
        #expect(try read(bytes, maxChunk: .max, limits: RDFXMLLimits(chunkSize: 16)) == whole)
    }

    @Test func mixedDocumentValues() throws {
        let triples = try read(Array(Self.mixed.utf8), maxChunk: 5).map(\.triple)
        let subject = Term.iri("http://example.org/base/a?x=1&y=2")
        func object(_ p: String, of s: Term = subject) -> Term? {
            triples.first { $0.subject == s && $0.predicate.value == p }?.object
        }
        #expect(object("http://example.org/ns#attr") == .literal(Literal("Ünïcødé <tag> 😀", language: "nl")))
        #expect(object("http://purl.org/dc/terms/title")
                == .literal(Literal("Grüße, 世界 & <cdata> & more — 😀", language: "nl")))
        #expect(object("http://example.org/ns#xml") == .literal(Literal(
            "<b xmlns=\"http://www.w3.org/1999/xhtml\" class=\"x\">vet &amp; <i>schuin</i></b><?pi data?>",
            datatype: RDFVocab.xmlLiteral)))
        #expect(object(Vocabulary.rdf + "_1") == .literal(Literal("één", language: "nl")))
        #expect(object(Vocabulary.rdf + "_2") == .iri("http://example.org/base/#two"))
        guard case .blank(let nested)? = object("http://example.org/ns#nested") else {
            Issue.record("no nested node")
            return
        }
        #expect(object("http://example.org/ns#n", of: .blank(nested))
                == .literal(Literal("42", datatype: XSD.integer)))
    }

    @Test func everySampleParsesInOddChunks() throws {
        guard let folder = try SharedFolder.url("specs/samples/rdfxml") else { return }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where file.hasSuffix(".rdf") && !file.contains("INVALID") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(file)))
            let whole = try read(bytes, maxChunk: .max)
            #expect(try read(bytes, maxChunk: 13) == whole, "\(file)")
            if bytes.count < 40_000 {
                #expect(try read(bytes, maxChunk: 1) == whole, "\(file)")
            }
        }
    }

    @Test func malformedTagGivesItsLine() throws {
        let doc = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/">
              <rdf:Description rdf:about="http://example.org/s">
                <eg:p>one</eg:p>
                <eg:q>two</eg:q>
                <eg:r attr=unquoted>three</eg:r>
              </rdf:Description>
            </rdf:RDF>
            """
        for chunk in [1, 13, Int.max] {
            do {
                _ = try read(Array(doc.utf8), maxChunk: chunk)
                Issue.record("malformed document accepted")
            } catch let e as RDFSyntaxError {
                #expect(e.source == "chunks.rdf")
                #expect(e.line == 5, "\(e)")
                #expect(e.column > 0)
                #expect(e.description.hasPrefix("chunks.rdf:5:"))
            }
        }
    }

    @Test func mismatchedEndTagAndGrammarErrorsGiveTheirLines() throws {
        let mismatched = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/">
              <rdf:Description>
                <eg:p>one</eg:q>
              </rdf:Description>
            </rdf:RDF>
            """
        #expect(throws: RDFSyntaxError.self) { try read(Array(mismatched.utf8), maxChunk: .max) }
        do { _ = try read(Array(mismatched.utf8), maxChunk: 7) } catch let e as RDFSyntaxError {
            #expect(e.line == 3, "\(e)")
        }
        let grammar = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/">
              <rdf:Description>
                <eg:p>one</eg:p>
              </rdf:Description>
              <rdf:li/>
            </rdf:RDF>
            """
        do {
            _ = try read(Array(grammar.utf8), maxChunk: 3)
            Issue.record("rdf:li node element accepted")
        } catch let e as RDFSyntaxError {
            #expect(e.line == 5, "\(e)")
            #expect(e.column > 0)
            #expect(e.message.contains("rdf:li"))
        }
    }

    @Test func truncatedDocumentFails() throws {
        let doc = Array(Self.mixed.utf8.prefix(600))
        #expect(throws: RDFSyntaxError.self) { try read(doc, maxChunk: 64) }
        #expect(throws: RDFSyntaxError.self) { try read([], maxChunk: 64) }
    }

    /// A sink error stops the parse and reaches the caller unchanged.
    @Test func sinkErrorsPropagate() throws {
        struct Full: Error {}
        struct FailingSink: TripleSink {
            var seen = 0
            mutating func add(_ triple: Triple) throws {
                seen += 1
                if seen == 3 { throw Full() }
            }
        }
        var sink = FailingSink()
        #expect(throws: Full.self) {
            try RDFXMLReader().read(from: MemoryByteSource(Self.mixed, maxChunk: 50), into: &sink)
        }
        #expect(sink.seen == 3)
    }
}

enum Vocabulary {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
}
