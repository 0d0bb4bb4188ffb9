import Foundation
import RDF
import RDFXML
import Testing

/// Grammar points the W3C suite touches only lightly, checked on small documents.
@Suite struct RDFXMLGrammarTests {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    private func parse(_ body: String, base: String? = "http://example.org/doc", extraNamespaces: String = "") throws -> [Triple] {
        let doc = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/ns#" \(extraNamespaces)>
            \(body)
            </rdf:RDF>
            """
        return try RDFXMLReader(base: base).read(doc, name: "grammar.rdf")
    }

    private func objects(_ triples: [Triple], _ predicate: String) -> [Term] {
        triples.filter { $0.predicate.value == predicate }.map(\.object)
    }

    @Test func liNumbersPerSubject() throws {
        let triples = try parse("""
            <rdf:Seq rdf:about="http://example.org/a">
              <rdf:li>1</rdf:li><rdf:li>2</rdf:li>
              <rdf:li><rdf:Bag rdf:about="http://example.org/b"><rdf:li>b1</rdf:li></rdf:Bag></rdf:li>
              <rdf:li>4</rdf:li>
            </rdf:Seq>
            """)
        let a = Term.iri("http://example.org/a")
        let b = Term.iri("http://example.org/b")
        #expect(triples.contains(Triple(a, IRI(Self.rdf + "_1"), .literal(Literal("1")))))
        #expect(triples.contains(Triple(a, IRI(Self.rdf + "_3"), b)))
        #expect(triples.contains(Triple(a, IRI(Self.rdf + "_4"), .literal(Literal("4")))))
        #expect(triples.contains(Triple(b, IRI(Self.rdf + "_1"), .literal(Literal("b1")))))
        #expect(triples.contains(Triple(a, RDFVocab.type, .iri(IRI(Self.rdf + "Seq")))))
    }

    @Test func languageIsInheritedAndCanBeReset() throws {
        let triples = try parse("""
            <rdf:Description rdf:about="http://example.org/a" xml:lang="NL" eg:attr="attribuut">
              <eg:p>inherited</eg:p>
              <eg:q xml:lang="">reset</eg:q>
              <eg:r xml:lang="en-GB">own</eg:r>
              <eg:d rdf:datatype="http://www.w3.org/2001/XMLSchema#date">2024-01-01</eg:d>
            </rdf:Description>
            """)
        #expect(objects(triples, "http://example.org/ns#attr") == [.literal(Literal("attribuut", language: "nl"))])
        #expect(objects(triples, "http://example.org/ns#p") == [.literal(Literal("inherited", language: "nl"))])
        #expect(objects(triples, "http://example.org/ns#q") == [.literal(Literal("reset"))])
        #expect(objects(triples, "http://example.org/ns#r") == [.literal(Literal("own", language: "en-gb"))])
        #expect(objects(triples, "http://example.org/ns#d") == [.literal(Literal("2024-01-01", datatype: XSD.date))])
    }

    @Test func xmlBaseNestsAndResolves() throws {
        let triples = try parse("""
            <rdf:Description rdf:about="a" xml:base="http://other.example/dir/">
              <eg:p rdf:resource="../up"/>
              <eg:q xml:base="sub/"><rdf:Description rdf:about="x"/></eg:q>
              <eg:r rdf:resource="#frag"/>
            </rdf:Description>
            <rdf:Description rdf:about="b"/>
            <rdf:Description rdf:ID="id1"/>
            """, extraNamespaces: "")
        let a = Term.iri("http://other.example/dir/a")
        #expect(triples.contains(Triple(a, IRI("http://example.org/ns#p"), .iri("http://other.example/up"))))
        #expect(triples.contains(Triple(a, IRI("http://example.org/ns#q"), .iri("http://other.example/dir/sub/x"))))
        #expect(triples.contains(Triple(a, IRI("http://example.org/ns#r"), .iri("http://other.example/dir/#frag"))))
        // Outside the xml:base scope the document base applies again.
        let b = triples.filter { $0.subject == .iri("http://example.org/b") }
        #expect(b.isEmpty) // an empty description makes no triple
        let rdfs = try parse(#"<rdf:Description rdf:about="b" eg:p="v"/><rdf:Description rdf:ID="i" eg:p="w"/>"#)
        #expect(rdfs.map(\.subject) == [.iri("http://example.org/b"), .iri("http://example.org/doc#i")])
    }

    @Test func reificationAndDuplicateIDs() throws {
        let triples = try parse("""
            <rdf:Description rdf:about="http://example.org/a">
              <eg:p rdf:ID="st">v</eg:p>
            </rdf:Description>
            """)
        let st = Term.iri("http://example.org/doc#st")
        #expect(triples.contains(Triple(st, RDFVocab.type, .iri(IRI(Self.rdf + "Statement")))))
        #expect(triples.contains(Triple(st, IRI(Self.rdf + "object"), .literal(Literal("v")))))
        #expect(triples.count == 5)
        #expect(throws: RDFSyntaxError.self) {
            try parse(#"<rdf:Description rdf:ID="x"/><rdf:Description rdf:ID="x"/>"#)
        }
        // The same ID under another base is another IRI.
        #expect(try parse(#"<rdf:Description rdf:ID="x" eg:p="1"/><rdf:Description xml:base="http://o/" rdf:ID="x" eg:p="2"/>"#).count == 2)
    }

    @Test func collectionsAndNodeIDs() throws {
        let triples = try parse("""
            <rdf:Description rdf:about="http://example.org/a">
              <eg:list rdf:parseType="Collection">
                <rdf:Description rdf:about="http://example.org/1"/>
                <rdf:Description rdf:nodeID="two"/>
              </eg:list>
              <eg:empty rdf:parseType="Collection"/>
              <eg:same rdf:nodeID="two"/>
            </rdf:Description>
            """)
        #expect(objects(triples, "http://example.org/ns#empty") == [.iri(RDFVocab.nil_)])
        let firsts = objects(triples, RDFVocab.first.value)
        #expect(firsts.count == 2)
        #expect(firsts[1] == objects(triples, "http://example.org/ns#same")[0])
        #expect(objects(triples, RDFVocab.rest.value).last == .iri(RDFVocab.nil_))
    }

    @Test func xmlLiteralIsExclusivelyCanonical() throws {
        let triples = try parse("""
            <rdf:Description rdf:about="http://example.org/a">
              <eg:p rdf:parseType="Literal"><x:b xmlns:x="http://x/" xmlns:unused="http://u/" z="2" x:a="1" a="&quot;&#9;"><br/></x:b> &amp; <c/></eg:p>
            </rdf:Description>
            """, extraNamespaces: #"xmlns="http://default/""#)
        let expected = #"<x:b xmlns:x="http://x/" a="&quot;&#x9;" z="2" x:a="1"><br xmlns="http://default/"></br></x:b> &amp; <c xmlns="http://default/"></c>"#
        #expect(objects(triples, "http://example.org/ns#p") == [.literal(Literal(expected, datatype: RDFVocab.xmlLiteral))])
    }

    @Test func prefixesReachTheSink() throws {
        var sink = QuadCollector()
        let doc = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dcat="http://www.w3.org/ns/dcat#">
              <dcat:Dataset rdf:about="http://example.org/d" xmlns:dct="http://purl.org/dc/terms/" dct:title="t"/>
              <dcat:Dataset rdf:about="http://example.org/e" xmlns:dct="http://purl.org/dc/terms/" dct:title="u"/>
            </rdf:RDF>
            """
        try RDFXMLReader().read(from: MemoryByteSource(doc), into: &sink)
        #expect(sink.prefixes.map(\.0) == ["rdf", "dcat", "dct"])
        #expect(sink.prefixes.last?.1 == IRI("http://purl.org/dc/terms/"))
    }

    @Test func blankNodesUseThePrefixAndNeverCollide() throws {
        let triples = try RDFXMLReader(blankNodePrefix: "p7_").read("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/ns#">
              <rdf:Description rdf:nodeID="b0"><eg:p><rdf:Description eg:q="x"/></eg:p></rdf:Description>
            </rdf:RDF>
            """)
        let labels = Set(triples.flatMap { [$0.subject, $0.object] }.compactMap(\.blankNode).map(\.id))
        #expect(labels.count == 2)
        #expect(labels.allSatisfy { $0.hasPrefix("p7_") })
    }

    @Test func rdfRDFIsOptional() throws {
        let triples = try RDFXMLReader(base: "http://example.org/").read("""
            <eg:Thing xmlns:eg="http://example.org/ns#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="t">
              <eg:p>v</eg:p>
            </eg:Thing>
            """)
        #expect(triples.count == 2)
        #expect(triples[0] == Triple(.iri("http://example.org/t"), RDFVocab.type, .iri("http://example.org/ns#Thing")))
    }

    @Test func grammarErrors() throws {
        let bad = [
            #"<rdf:Description><eg:p rdf:resource="http://x/">text</eg:p></rdf:Description>"#,
            #"<rdf:Description><eg:p rdf:datatype="http://x/"><rdf:Description/></eg:p></rdf:Description>"#,
            #"<rdf:Description><eg:p><rdf:Description/><rdf:Description/></eg:p></rdf:Description>"#,
            #"<rdf:Description><eg:p>text<rdf:Description/></eg:p></rdf:Description>"#,
            #"<rdf:Description>loose text</rdf:Description>"#,
            #"<rdf:Description unqualified="x"/>"#,
            #"<rdf:Description><unqualified/></rdf:Description>"#,
            #"<rdf:Description><eg:p rdf:about="http://x/"/></rdf:Description>"#,
            #"<rdf:Description rdf:resource="http://x/"/>"#,
            #"<rdf:Description rdf:nodeID="a b"/>"#,
            #"<rdf:Description><undeclared:p/></rdf:Description>"#,
            #"<rdf:Description><eg:p rdf:parseType="Resource" rdf:resource="http://x/"/></rdf:Description>"#,
        ]
        for body in bad {
            #expect(throws: RDFSyntaxError.self, "\(body)") { try parse(body) }
        }
    }

    /// libxml2 hands `&` in attribute values over as `&#38;`; the value must come out as written.
    @Test func attributeReferencesDecodeOnce() throws {
        let triples = try parse(#"<rdf:Description rdf:about="http://example.org/?a=1&amp;b=2" eg:p="a &amp;lt; b &amp;#38; c &#38; d &lt; &#x263A;"/>"#)
        #expect(triples == [Triple(.iri("http://example.org/?a=1&b=2"), IRI("http://example.org/ns#p"),
                                   .literal(Literal("a &lt; b &#38; c & d < ☺")))])
    }

    @Test func undeclaredEntitiesAreErrors() throws {
        let external = #"<!DOCTYPE rdf:RDF SYSTEM "never-loaded.dtd">"#
        let docs = [
            external + #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://e/"><rdf:Description eg:p="a&foo;b"/></rdf:RDF>"#,
            external + #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://e/"><rdf:Description><eg:p>a&foo;b</eg:p></rdf:Description></rdf:RDF>"#,
            #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://e/"><rdf:Description><eg:p>&foo;</eg:p></rdf:Description></rdf:RDF>"#,
        ]
        for doc in docs {
            do {
                _ = try RDFXMLReader().read(doc)
                Issue.record("undeclared entity accepted: \(doc)")
            } catch let e as RDFSyntaxError {
                #expect(e.message.contains("foo"), "\(e)")
            }
        }
    }

    @Test func declaredEncodingsAreHonoured() throws {
        let open = #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://e/"><rdf:Description><eg:p>"#
        let close = "</eg:p></rdf:Description></rdf:RDF>"
        var latin1 = Array((#"<?xml version="1.0" encoding="ISO-8859-1"?>"# + open + "caf").utf8)
        latin1.append(0xE9)
        latin1 += Array(close.utf8)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in (open + "grüß 😀" + close).utf16 {
            utf16.append(UInt8(unit & 0xFF))
            utf16.append(UInt8(unit >> 8))
        }
        for (bytes, expected) in [(latin1, "café"), (utf16, "grüß 😀")] {
            for chunk in [1, 5, Int.max] {
                var sink = QuadCollector()
                try RDFXMLReader().read(from: MemoryByteSource(bytes, maxChunk: chunk), into: &sink)
                #expect(sink.triples.map(\.object) == [.literal(Literal(expected))], "chunk \(chunk)")
            }
        }
    }

    /// Pages of one harvest share a labeler, so their anonymous nodes stay apart in one graph.
    @Test func sharedLabelerKeepsDocumentsApart() throws {
        let doc = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:eg="http://example.org/ns#">
              <rdf:Description eg:p="x"/>
            </rdf:RDF>
            """
        let labeler = BlankNodeLabeler(prefix: "page")
        var sink = QuadCollector()
        try RDFXMLReader().read(from: MemoryByteSource(doc), into: &sink, labeler: labeler)
        try RDFXMLReader().read(from: MemoryByteSource(doc), into: &sink, labeler: labeler)
        let subjects = sink.triples.map(\.subject)
        #expect(subjects.count == 2)
        #expect(subjects[0] != subjects[1])
    }
}
