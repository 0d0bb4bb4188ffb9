import Foundation
import RDF
import Testing
import TestSupport

@Suite struct TurtleWriterTests {
    private func graph(_ turtle: String) throws -> Graph {
        var g = Graph()
        try TurtleReader(base: "http://example.org/").read(from: MemoryByteSource(turtle), into: &g)
        return g
    }

    private func roundTrip(_ g: Graph, writer: TurtleWriter = TurtleWriter(), readBase: String? = nil) throws -> (String, Graph) {
        let text = try writer.string(g)
        var back = Graph()
        try TurtleReader(base: readBase).read(from: MemoryByteSource(text, name: "written"), into: &back)
        return (text, back)
    }

    // MARK: layout

    @Test func readableBlocks() throws {
        let g = try graph("""
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix ex: <http://example.org/ns/> .
            ex:ds dct:title "Bomen"@nl, "Trees"@en ; a dcat:Dataset ;
              dcat:distribution [ a dcat:Distribution ; dcat:accessURL <http://example.org/dl> ] ;
              ex:tags ( "a" "b" ) ; ex:count 42 ; ex:ratio 0.5 ; ex:ok true ; ex:when "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> .
            """)
        let text = try TurtleWriter().string(g)
        #expect(text == """
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix ex: <http://example.org/ns/> .

            ex:ds a dcat:Dataset ;
                dct:title "Bomen"@nl, "Trees"@en ;
                dcat:distribution [
                    a dcat:Distribution ;
                    dcat:accessURL <http://example.org/dl>
                ] ;
                ex:tags ( "a" "b" ) ;
                ex:count 42 ;
                ex:ratio 0.5 ;
                ex:ok true ;
                ex:when "2024-01-01"^^xsd:date .


            """)
        let (_, back) = try roundTrip(g)
        #expect(back.isIsomorphic(to: g))
    }

    @Test func onlyUsedPrefixesAreDeclared() throws {
        let g = Graph([Triple(.iri("http://www.w3.org/ns/dcat#x"), RDFVocab.type, .iri("http://other.example/y"))])
        let text = try TurtleWriter().string(g)
        #expect(text.hasPrefix("@prefix dcat: <http://www.w3.org/ns/dcat#> .\n\ndcat:x a <http://other.example/y> ."))
        #expect(!text.contains("@prefix rdf:"))
    }

    @Test func literalQuoting() throws {
        let s = Term.iri("http://e/s"), p = IRI("http://e/p")
        let cases: [(Literal, String)] = [
            (Literal("plain"), #""plain""#),
            (Literal(#"say "hi""#), #"'say "hi"'"#),
            (Literal(#"both " and '"#), #""both \" and '""#),
            (Literal("two\nlines"), "\"\"\"two\nlines\"\"\""),
            (Literal("ends with \"\nquote\""), "'''ends with \"\nquote\"'''"),
            (Literal("both \"\"\" and '\nend\""), "\"\"\"both \\\"\\\"\" and '\nend\\\"\"\"\""),
            (Literal("back\\slash\ttab"), "\"back\\\\slash\ttab\""),
            (Literal("cr\r"), #""cr\r""#),
            (Literal("1", datatype: XSD.integer), "1"),
            (Literal("-05", datatype: XSD.integer), "-05"),
            (Literal("1.", datatype: XSD.decimal), "\"1.\"^^xsd:decimal"),
            (Literal("1.5E3", datatype: XSD.double), "1.5E3"),
            (Literal("INF", datatype: XSD.double), "\"INF\"^^xsd:double"),
            (Literal("1", datatype: XSD.boolean), "\"1\"^^xsd:boolean"),
            (Literal("false", datatype: XSD.boolean), "false"),
            (Literal("x", language: "nl-NL"), #""x"@nl-nl"#),
        ]
        for (literal, expected) in cases {
            let g = Graph([Triple(s, p, .literal(literal))])
            let text = try TurtleWriter().string(g)
            #expect(text.contains("<http://e/s> <http://e/p> \(expected) ."), "\(literal): \(text)")
            let (_, back) = try roundTrip(g)
            #expect(back.triples == g.triples, "\(literal) does not read back")
        }
    }

    @Test func localNamesAreEscapedOrWrittenInFull() throws {
        let ns = "http://example.org/ns/"
        let cases: [(String, String)] = [
            ("plain", "ex:plain"), ("with.dot", "ex:with.dot"), ("trailing.", "ex:trailing\\."),
            ("-dash", "ex:\\-dash"), ("a:b", "ex:a:b"), ("(x)", "ex:\\(x\\)"), ("100%25", "ex:100%25"),
            ("é", "ex:é"), ("", "ex:"), ("a/b", "<http://example.org/ns/a/b>"), ("50%", "<http://example.org/ns/50%>"), ("q?x", "<http://example.org/ns/q?x>"),
        ]
        for (local, expected) in cases {
            let g = Graph([Triple(.iri(ns + local), IRI("http://e/p"), .iri("http://e/o"))])
            let text = try TurtleWriter(prefixes: [("ex", IRI(ns))]).string(g)
            #expect(text.contains("\n\(expected) <http://e/p>") || text.hasPrefix("\(expected) <http://e/p>"), "\(local): \(text)")
            let (_, back) = try roundTrip(g)
            #expect(back.triples == g.triples, "\(local) does not read back: \(text)")
        }
    }

    @Test func sharedAndCyclicBlankNodes() throws {
        let g = try graph("""
            @prefix : <http://example.org/> .
            :a :p _:shared . :b :p _:shared . _:shared :name "s" .
            _:x :next _:y . _:y :next _:x .
            [] :alone "yes" .
            :c :empty [] .
            """)
        let (text, back) = try roundTrip(g)
        #expect(back.isIsomorphic(to: g), "\(text)")
        #expect(text.contains("_:b0"))
        #expect(text.contains("[\n    :alone \"yes\"\n] ."))
        #expect(text.contains(":c :empty [] ."))
        #expect(text.contains("_:b1 :next [\n        :next _:b1\n    ] ."))
    }

    @Test func relativeIRIsAgainstBase() throws {
        let g = Graph([
            Triple(.iri("http://example.org/dir/doc#me"), IRI("http://example.org/dir/other"), .iri("http://elsewhere.example/x")),
        ])
        let writer = TurtleWriter(prefixes: [], base: "http://example.org/dir/doc")
        let (text, back) = try roundTrip(g, writer: writer)
        #expect(text == "@base <http://example.org/dir/doc> .\n\n<#me> <other> <http://elsewhere.example/x> .\n\n")
        #expect(back.triples == g.triples)
    }

    @Test func invalidIRIsAreRefused() {
        let g = Graph([Triple(.iri("http://example.org/a b"), IRI("http://e/p"), .iri("http://e/o"))])
        #expect(throws: TurtleWriterError.self) { try TurtleWriter().string(g) }
        let directed = Graph([Triple(.iri("http://e/s"), IRI("http://e/p"), .literal(Literal("x", language: "ar", direction: "rtl")))])
        #expect(throws: TurtleWriterError.self) { try TurtleWriter().string(directed) }
    }

    @Test func documentPrefixesAreKept() throws {
        var sink = Graph()
        try TurtleReader().read(from: MemoryByteSource("@prefix mine: <http://mine.example/> .\nmine:a mine:b mine:c ."), into: &sink)
        let text = try TurtleWriter().string(sink)
        #expect(text.hasPrefix("@prefix mine: <http://mine.example/> .\n\nmine:a mine:b mine:c ."))
    }

    @Test func writesTripleArraysAndEmptyGraphs() throws {
        let out = MemoryByteOutput()
        try TurtleWriter().write([Triple(.iri("http://e/s"), IRI("http://e/p"), .literal(Literal("o")))], to: out)
        #expect(out.string == "<http://e/s> <http://e/p> \"o\" .\n\n")
        #expect(try TurtleWriter().string(Graph()) == "")
    }

    // MARK: round trips over real documents

    /// Every eval test of the W3C suite: read, write, read again, and compare.
    @Test func roundTripsTheTurtleEvalSuite() throws {
        guard let dir = try SharedFolder.url("conformance/turtle") else { return }
        let entries = try RDFSuiteEntry.load(dir.appendingPathComponent("index.json")).filter(\.isEval)
        #expect(entries.count == 145)
        var passed = 0
        for e in entries {
            var g = Graph()
            try TurtleReader(base: e.base).read(from: FileByteSource(path: dir.appendingPathComponent(e.action).path), into: &g)
            for writer in [TurtleWriter(), TurtleWriter(base: e.base)] {
                do {
                    let (text, back) = try roundTrip(g, writer: writer, readBase: e.base)
                    if back.isIsomorphic(to: g) { passed += 1 } else { Issue.record("\(e.id): not isomorphic after writing:\n\(text)") }
                } catch {
                    Issue.record("\(e.id): \(error)")
                }
            }
        }
        print("Turtle writer round trip: \(passed)/\(entries.count * 2) eval documents (with and without @base)")
    }

    @Test func roundTripsTheSamples() throws {
        guard let dir = try SharedFolder.url("specs/samples/turtle") else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".ttl") }.sorted()
        var passed = 0
        for name in names {
            var g = Graph()
            do {
                try TurtleReader(base: "http://example.org/" + name)
                    .read(from: FileByteSource(path: dir.appendingPathComponent(name).path), into: &g)
            } catch {
                continue  // the invalid samples, covered in TurtleConformanceTests
            }
            let (text, back) = try roundTrip(g)
            #expect(back.isIsomorphic(to: g), "\(name):\n\(text)")
            passed += 1
        }
        #expect(passed == 11)
        print("Turtle writer round trip: \(passed) samples")
    }
}
