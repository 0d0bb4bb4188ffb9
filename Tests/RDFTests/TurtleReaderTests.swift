import Foundation
import RDF
import Testing
import TestSupport

@Suite struct TurtleReaderTests {
    let ex = "http://example.org/"

    private func parse(_ text: String, base: String? = "http://example.org/base/doc.ttl") throws -> [Triple] {
        try TurtleReader(base: base).read(text)
    }

    private func syntaxError(_ text: String, base: String? = "http://example.org/") -> RDFSyntaxError? {
        do {
            _ = try TurtleReader(base: base).read(text, name: "doc.ttl")
            return nil
        } catch let e as RDFSyntaxError {
            return e
        } catch {
            Issue.record("unexpected error type: \(error)")
            return nil
        }
    }

    // MARK: grammar

    @Test func directivesAndRelativeIRIs() throws {
        let t = try parse("""
            @prefix ex: <http://example.org/ns#> .
            PREFIX  dc: <http://purl.org/dc/terms/>
            prefix x: <rel/>
            <a> ex:p <#frag> .
            @base <http://other.example/dir/> .
            <b> dc:title "t" .
            BaSe <sub/>
            <c> x:y <../up> .
            """)
        #expect(t == [
            Triple(.iri("http://example.org/base/a"), IRI("http://example.org/ns#p"), .iri("http://example.org/base/doc.ttl#frag")),
            Triple(.iri("http://other.example/dir/b"), IRI("http://purl.org/dc/terms/title"), .literal(Literal("t"))),
            Triple(.iri("http://other.example/dir/sub/c"), IRI("http://example.org/base/rel/y"), .iri("http://other.example/dir/up")),
        ])
    }

    @Test func prefixDeclarationsReachTheSink() throws {
        var sink = QuadCollector()
        try TurtleReader().read(from: MemoryByteSource("@prefix dcat: <http://www.w3.org/ns/dcat#> .\nPREFIX : <http://e/>\n"), into: &sink)
        #expect(sink.prefixes.map(\.0) == ["dcat", ""])
        #expect(sink.prefixes.map(\.1) == [IRI("http://www.w3.org/ns/dcat#"), IRI("http://e/")])
    }

    @Test func relativeIRIWithoutBaseIsAnError() {
        let e = syntaxError("<a> <http://e/p> <http://e/o> .", base: nil)
        #expect(e?.message.contains("relative IRI <a>") == true)
        #expect(e?.line == 1 && e?.column == 1)
    }

    @Test func predicateAndObjectLists() throws {
        let t = try parse("""
            @prefix : <http://example.org/> .
            :s a :C ; :p :o1 , :o2 ;; :q 1 ; .
            """)
        #expect(t.count == 4)
        #expect(t[0] == Triple(.iri(ex + "s"), RDFVocab.type, .iri(ex + "C")))
        #expect(t[3] == Triple(.iri(ex + "s"), IRI(ex + "q"), .literal(Literal("1", datatype: XSD.integer))))
    }

    @Test func blankNodesAndCollections() throws {
        let t = try parse("""
            @prefix : <http://example.org/> .
            [ :p [ :q "x" ] ] .
            [] :r ( 1 [ :z :w ] ( ) ) .
            _:a :s _:a .
            ( ) :t :u .
            """)
        let g = Graph(t)
        // [ :p [ :q "x" ] ]: two triples.
        let outer = g.subjects(IRI(ex + "p"), g.subjects(IRI(ex + "q"), .literal(Literal("x"))).first!)
        #expect(outer.count == 1)
        // The list: head rdf:first 1; second cell's first is a blank node with :z :w; third cell's first is rdf:nil.
        let head = try #require(t.first { $0.predicate == IRI(ex + "r") }).object
        #expect(g.object(head, RDFVocab.first) == .literal(Literal("1", datatype: XSD.integer)))
        let cell2 = try #require(g.object(head, RDFVocab.rest))
        let item2 = try #require(g.object(cell2, RDFVocab.first))
        #expect(g.object(item2, IRI(ex + "z")) == .iri(ex + "w"))
        let cell3 = try #require(g.object(cell2, RDFVocab.rest))
        #expect(g.object(cell3, RDFVocab.first) == .iri(RDFVocab.nil_))
        #expect(g.object(cell3, RDFVocab.rest) == .iri(RDFVocab.nil_))
        // _:a is one node, relabelled.
        let loop = t.first { $0.predicate == IRI(ex + "s") }!
        #expect(loop.subject == loop.object && loop.subject != .blank("a"))
        #expect(t.contains(Triple(.iri(RDFVocab.nil_), IRI(ex + "t"), .iri(ex + "u"))))
    }

    @Test func literalForms() throws {
        let t = try parse(#"""
            @prefix : <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            :s :p "a\tb\u00E9\U0001F600", 'single "q"', """multi
            line "" ok""", '''x''', ""@en-GB, "5"^^xsd:integer, "d"^^<http://e/dt>,
              -12, +3.50, .5, 1e10, 1.E-3, 2.5e+2, true, false .
            """#)
        let objects = t.map(\.object)
        #expect(objects == [
            .literal(Literal("a\tbé😀")), .literal(Literal("single \"q\"")), .literal(Literal("multi\nline \"\" ok")),
            .literal(Literal("x")), .literal(Literal("", language: "en-gb")), .literal(Literal("5", datatype: XSD.integer)),
            .literal(Literal("d", datatype: IRI("http://e/dt"))),
            .literal(Literal("-12", datatype: XSD.integer)), .literal(Literal("+3.50", datatype: XSD.decimal)),
            .literal(Literal(".5", datatype: XSD.decimal)), .literal(Literal("1e10", datatype: XSD.double)),
            .literal(Literal("1.E-3", datatype: XSD.double)), .literal(Literal("2.5e+2", datatype: XSD.double)),
            .literal(Literal("true", datatype: XSD.boolean)), .literal(Literal("false", datatype: XSD.boolean)),
        ])
    }

    @Test func integerBeforeStatementDot() throws {
        let t = try parse("<http://e/s> <http://e/p> 42.\n<http://e/s> <http://e/p> 4.2.")
        #expect(t.map(\.object) == [.literal(Literal("42", datatype: XSD.integer)), .literal(Literal("4.2", datatype: XSD.decimal))])
    }

    @Test func prefixedNameLocalParts() throws {
        let t = try parse(#"""
            @prefix dcatapsh: <http://data.europa.eu/r5r/shacl_shapes#> .
            @prefix : <http://example.org/> .
            dcatapsh:foaf:AgentShape :p :a.b.c .
            :x\,y\&z :p :100%C3%A9 .
            :q :é-ü·x :_under .
            """#)
        #expect(t[0].subject == .iri("http://data.europa.eu/r5r/shacl_shapes#foaf:AgentShape"))
        #expect(t[0].object == .iri(ex + "a.b.c"))
        #expect(t[1].subject == .iri(ex + "x,y&z"))
        #expect(t[1].object == .iri(ex + "100%C3%A9"))
        #expect(t[2].predicate == IRI(ex + "é-ü·x"))
        #expect(t[2].object == .iri(ex + "_under"))
    }

    @Test func prefixRedefinitionAppliesFromThereOn() throws {
        let t = try parse("""
            @prefix p: <http://one/> . p:a p:b p:c .
            @prefix p: <http://two/> . p:a p:b p:c .
            """)
        #expect(t[0].subject == .iri("http://one/a"))
        #expect(t[1].subject == .iri("http://two/a"))
    }

    @Test func commentsAnywhere() throws {
        let t = try parse("""
            # header
            @prefix : <http://example.org/> . # after directive
            :s # subject
              :p # verb
              [ # open
              ] # anon
              , ( # list
                :x # item
              ) ; # end
            . # done
            """)
        #expect(t.count == 4)
    }

    @Test func byteOrderMarkAndLongComments() throws {
        let comment = "# " + String(repeating: "c", count: 10_000) + "\n"
        let text = "\u{FEFF}" + comment + "<http://e/s> <http://e/p> <http://e/o> . " + comment
        var sink = CountingSink()
        // The comment is far longer than maxTokenBytes: comments are skipped, not collected.
        try TurtleReader(maxTokenBytes: 100).read(from: MemoryByteSource(text, maxChunk: 64), into: &sink)
        #expect(sink.count == 1)
        let e = syntaxError("\u{FEFF}<http://e/s> <http://e/p> .")
        #expect(e?.line == 1 && e?.column == 27)
    }

    @Test func deepNestingIsNotAStackOverflow() throws {
        let depth = 50_000
        let open = String(repeating: "[ <http://e/p> ", count: depth)
        let close = String(repeating: "] ", count: depth)
        let t = try parse("<http://e/s> <http://e/p> " + open + "<http://e/o> " + close + ".")
        #expect(t.count == depth + 1)
        let e = syntaxError(String(repeating: "( ", count: depth))
        #expect(e?.message.contains("unclosed '('") == true)
    }

    // MARK: errors

    @Test func errorsNameLineAndColumn() {
        let undefined = syntaxError("@prefix dct: <http://purl.org/dc/terms/> .\n<http://e/s>\n    dcat:title \"x\" .")
        #expect(undefined == RDFSyntaxError(source: "doc.ttl", line: 3, column: 5, message: "undefined prefix 'dcat:'"))

        let unterminated = syntaxError("<http://e/s> <http://e/p> \"\"\"abc\ndef .\n")
        #expect(unterminated?.message == "unterminated string literal")
        #expect(unterminated?.line == 1 && unterminated?.column == 27)

        let space = syntaxError("\n  <http://e/a b> <http://e/p> <http://e/o> .")
        #expect(space?.message == "space in an IRI")
        #expect(space?.line == 2 && space?.column == 14)

        let literalSubject = syntaxError("\"x\" <http://e/p> <http://e/o> .")
        #expect(literalSubject?.message == "a literal cannot be a subject")

        let literalPredicate = syntaxError("<http://e/s> \"x\" <http://e/o> .")
        #expect(literalPredicate?.message == "a literal cannot be a predicate")

        let badEscape = syntaxError("<http://e/s> <http://e/p> \"a\\qb\" .")
        #expect(badEscape?.message.contains("unknown escape") == true)
        #expect(badEscape?.column == 29)

        let badLang = syntaxError("<http://e/s> <http://e/p> \"a\"@en- .")
        #expect(badLang?.message.contains("language tag") == true)

        let missingDot = syntaxError("<http://e/s> <http://e/p> <http://e/o>")
        #expect(missingDot?.message.contains("unexpected end of input") == true)

        let description = undefined.map { "\($0)" }
        #expect(description == "doc.ttl:3:5: undefined prefix 'dcat:'")
    }

    @Test func longTokensAreRefused() throws {
        let long = String(repeating: "x", count: 5000)
        let text = "<http://e/s> <http://e/p> \"\(long)\" ."
        var sink = CountingSink()
        #expect(throws: RDFSyntaxError.self) {
            try TurtleReader(maxTokenBytes: 1000).read(from: MemoryByteSource(text, maxChunk: 100), into: &sink)
        }
        // Also when the whole token arrived in one chunk.
        let e = #expect(throws: RDFSyntaxError.self) {
            try TurtleReader(maxTokenBytes: 1000).read(from: MemoryByteSource(text), into: &sink)
        }
        #expect(e?.message == "token longer than 1000 bytes")
        #expect(e?.column == 27)
        // Under the limit a token may be far longer than the buffer's first chunk.
        let huge = String(repeating: "y", count: 3 << 20)
        let t = try TurtleReader().read("<http://e/s> <http://e/p> \"\(huge)\" .")
        #expect(t.first?.object.literal?.lexical.utf8.count == 3 << 20)
    }

    /// Damaged input is an error message, never a crash: every truncation of a rich document, and a few
    /// thousand seeded random byte changes, either parse or throw RDFSyntaxError with a position.
    @Test func damagedInputNeverCrashes() throws {
        let bytes = Array(Self.crafted.utf8)
        var outcomes = (parsed: 0, refused: 0)
        func attempt(_ input: [UInt8]) {
            var sink = CountingSink()
            do {
                try TurtleReader(base: "http://example.org/").read(from: MemoryByteSource(input, maxChunk: 13), into: &sink)
                outcomes.parsed += 1
            } catch let e as RDFSyntaxError {
                #expect(e.line > 0 && e.column > 0, "\(e)")
                outcomes.refused += 1
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        for cut in 0..<bytes.count { attempt(Array(bytes[..<cut])) }
        var rng = SplitMix64(seed: 42)
        let interesting = Array("<>\"'\\:._-@^#[]() ,;\n0e+é".utf8) + [0x00, 0xFF, 0xC3]
        for _ in 0..<3000 {
            var mutated = bytes
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let at = Int(rng.next() % UInt64(mutated.count))
                mutated[at] = interesting[Int(rng.next() % UInt64(interesting.count))]
            }
            attempt(mutated)
        }
        #expect(outcomes.parsed > 0 && outcomes.refused > 1000)
    }

    // MARK: streaming

    /// Every document, fed one byte at a time and seven bytes at a time, gives exactly the triples of
    /// whole-buffer parsing: tokens survive any split.
    @Test(arguments: [1, 7])
    func tokensSpanChunkBoundaries(maxChunk: Int) throws {
        var documents: [(String, [UInt8])] = [("crafted", Array(Self.crafted.utf8))]
        if let dir = try SharedFolder.url("specs/samples/turtle") {
            for name in ["ckanext-dcat-dataset-multilingual.ttl", "dcat-ap-nl30-example-dataset.ttl",
                         "nde-schema-org-gouda-tijdmachine.ttl", "semic-hvd-3.0.0-ms-catalogue.ttl"] {
                documents.append((name, try [UInt8](Data(contentsOf: dir.appendingPathComponent(name)))))
            }
        }
        for (name, bytes) in documents {
            var whole = QuadCollector(), split = QuadCollector()
            let reader = TurtleReader(base: "http://example.org/" + name)
            try reader.read(from: MemoryByteSource(bytes, name: name), into: &whole)
            try reader.read(from: MemoryByteSource(bytes, name: name, maxChunk: maxChunk), into: &split)
            #expect(whole.quads == split.quads, "\(name) differs with maxChunk \(maxChunk)")
            #expect(whole.prefixes.map(\.0) == split.prefixes.map(\.0))
            #expect(!whole.quads.isEmpty)
        }
    }

    static let crafted = #"""
        @prefix : <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        PREFIX dcatapsh: <http://data.europa.eu/r5r/shacl_shapes#>
        @base <http://example.org/base/> .
        <rel> :p """long
        string with "quotes" and \"escapes\" \u00E9 \U0001F600""" , 'x'@nl-NL , "7"^^xsd:int ;
          :q -1.5e-7 , .25 , 12 , true ; a :Thing .
        dcatapsh:foaf:AgentShape :r :a.b\.c , :100%41 , [ :n ( 1 2.0 "three" [] ) ] .
        _:label.x :s _:label.x . # comment at the end
        """#

    /// Memory stays flat: a 40 MB document streamed from a generator is never read far ahead of the
    /// statement being emitted. Every triple arrives while the reader has pulled at most about one chunk
    /// (256 KiB) beyond the end of its statement, so the input is never held as a whole.
    @Test func largeStreamIsParsedIncrementally() throws {
        final class Generator: ByteSource {
            let name = "generated"
            var remaining: Int
            var pending: [UInt8] = []
            var pendingStart = 0
            var n = 0
            /// Bytes handed to the reader so far, and where each generated statement ends.
            var delivered = 0
            var generatedBytes = 0
            var statementEnds: [Int] = []
            init(statements: Int) { remaining = statements }
            func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
                while pending.count - pendingStart < buffer.count && remaining > 0 {
                    let statement = Array("<http://example.org/dataset/\(n)> <http://purl.org/dc/terms/title> \"Dataset number \(n) with a reasonably long title\"@en ;\n  a <http://www.w3.org/ns/dcat#Dataset> .\n".utf8)
                    pending += statement
                    generatedBytes += statement.count
                    statementEnds.append(generatedBytes)
                    n += 1
                    remaining -= 1
                }
                let k = min(buffer.count, pending.count - pendingStart)
                pending.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[pendingStart..<pendingStart + k])) }
                pendingStart += k
                if pendingStart > 1 << 20 { pending.removeFirst(pendingStart); pendingStart = 0 }
                delivered += k
                return k
            }
        }
        struct ReadAheadSink: TripleSink {
            let generator: Generator
            var count = 0
            var worstReadAhead = 0
            mutating func add(_ triple: Triple) {
                let statement = count / 2
                count += 1
                worstReadAhead = max(worstReadAhead, generator.delivered - generator.statementEnds[statement])
            }
        }
        let generator = Generator(statements: 300_000)
        var sink = ReadAheadSink(generator: generator)
        try TurtleReader().read(from: generator, into: &sink)
        #expect(sink.count == 600_000)
        #expect(generator.delivered > 40_000_000)
        #expect(sink.worstReadAhead <= 300 << 10, "read \(sink.worstReadAhead) bytes ahead of the statement being emitted")
    }
}
