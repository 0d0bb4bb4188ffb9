import RDF
import Testing

@Suite("N-Triples and N-Quads reader")
struct NTriplesReaderTests {
    let doc = """
        # a comment
        <http://ex.org/s> <http://ex.org/p> "caf\\u00E9 \\"x\\"\\n"@NL-be .
        <http://ex.org/s> <http://ex.org/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .\r
        _:a <http://ex.org/p> _:b . # trailing comment
        _:b <http://ex.org/p> <http://ex.org/o\\u0041> .
        """

    @Test func termsAndEscapes() throws {
        let q = try NTriplesReader().read(doc)
        #expect(q.count == 4)
        #expect(q[0].triple.object == .literal(Literal("café \"x\"\n", language: "nl-be")))
        #expect(q[1].triple.object == .literal(Literal("42", datatype: XSD.integer)))
        #expect(q[3].triple.object == .iri("http://ex.org/oA"))
        // The same label is the same node; different labels differ.
        #expect(q[2].triple.object == q[3].triple.subject)
        #expect(q[2].triple.subject != q[2].triple.object)
    }

    @Test func chunkBoundariesDoNotMatter() throws {
        let whole = try NTriplesReader().read(doc)
        for chunk in [1, 2, 7, 64] {
            var sink = QuadCollector()
            try NTriplesReader().read(from: MemoryByteSource(doc, maxChunk: chunk), into: &sink)
            #expect(sink.quads == whole, "chunk size \(chunk)")
        }
    }

    @Test func errorNamesLineAndColumn() {
        let bad = "<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .\n<http://ex.org/s> <http://ex.org/p> \"open .\n"
        #expect(throws: RDFSyntaxError(source: "f.nt", line: 2, column: 37, message: "unterminated string literal")) {
            _ = try NTriplesReader().read(bad, name: "f.nt")
        }
    }

    /// A repeated IRI is answered from the reader's cache; bytes that only look like a cached IRI up to
    /// its '>' (a space inside, an escape) are checked as before: the fault is named at its column, and an
    /// escaped spelling of a cached IRI reads as the same IRI.
    @Test func repeatedIRIsAreCheckedOnceAndNearMissesStillFail() throws {
        let iri = "<http://example.org/dataset/long-enough>"
        let line = "\(iri) <http://example.org/p> \(iri) .\n"
        let read = try NTriplesReader().read(line + line + "<http://example.org/dataset/long-enough\\u0021> <http://example.org/p> \(iri) .\n")
        #expect(read.count == 3)
        #expect(read.allSatisfy { $0.triple.object == .iri("http://example.org/dataset/long-enough") })
        #expect(read[2].triple.subject == .iri("http://example.org/dataset/long-enough!"))
        let escaped = try NTriplesReader().read(line + "<http://example.org/dataset/long-enoug\\u0068> <http://example.org/p> \"x\" .\n")
        #expect(escaped[1].triple.subject == escaped[0].triple.subject)
        let spaced = line + line + "<http://example.org/dataset/long enough> <http://example.org/p> \"x\" .\n"
        #expect(throws: RDFSyntaxError(source: "f.nt", line: 3, column: 33, message: "character not allowed in an IRI")) {
            _ = try NTriplesReader().read(spaced, name: "f.nt")
        }
        let braced = line + "<http://example.org/dataset/long-enough{> <http://example.org/p> \"x\" .\n"
        #expect(throws: RDFSyntaxError(source: "f.nt", line: 2, column: 40, message: "character not allowed in an IRI")) {
            _ = try NTriplesReader().read(braced, name: "f.nt")
        }
    }

    /// Literals are scanned eight bytes a step: a closing quote or an escape at any offset of a step ends
    /// or interrupts the plain run where a byte loop would.
    @Test func literalsEndAndBreakAtEveryOffsetOfAStep() throws {
        for n in 0..<20 {
            let plain = String(repeating: "a", count: n)
            for (written, value) in [(plain, plain), (plain + "\\\"" + plain, plain + "\"" + plain), (plain + "\\\\", plain + "\\"),
                                     (plain + "é\\u00E9", plain + "éé")] {
                let read = try NTriplesReader().read("<http://ex.org/s> <http://ex.org/p> \"\(written)\" .\n")
                #expect(read.first?.triple.object == .literal(Literal(value)), "\(written)")
            }
        }
    }

    @Test func relativeIRIRefused() {
        #expect(throws: RDFSyntaxError.self) { _ = try NTriplesReader().read("<s> <http://ex.org/p> <http://ex.org/o> .") }
    }

    @Test func nQuadsGraphs() throws {
        let q = try NTriplesReader(format: .nQuads).read("""
            <http://ex.org/s> <http://ex.org/p> "o" <http://ex.org/g> .
            <http://ex.org/s> <http://ex.org/p> "o" .
            _:s <http://ex.org/p> "o" _:g .
            """)
        #expect(q[0].graph == .iri("http://ex.org/g"))
        #expect(q[1].graph == nil)
        #expect(q[2].graph?.isBlank == true)
        // A graph label is an error in plain N-Triples.
        #expect(throws: RDFSyntaxError.self) {
            _ = try NTriplesReader().read("<http://ex.org/s> <http://ex.org/p> \"o\" <http://ex.org/g> .")
        }
    }

    @Test func overlongLineIsRefused() {
        let line = "<http://ex.org/s> <http://ex.org/p> \"" + String(repeating: "x", count: 5000) + "\" .\n"
        var sink = CountingSink()
        #expect(throws: RDFSyntaxError.self) {
            try NTriplesReader(maxLineBytes: 1000).read(from: MemoryByteSource(line, maxChunk: 100), into: &sink)
        }
    }

    @Test func writerRoundTrips() throws {
        let quads = try NTriplesReader(format: .nQuads).read(doc + "\n<http://ex.org/s> <http://ex.org/p> \"a\\\\b\\r\" <http://ex.org/g> .\n")
        let out = MemoryByteOutput()
        var writer = NTriplesWriter(output: out, quads: true)
        for q in quads { try writer.add(q) }
        let again = try NTriplesReader(format: .nQuads).read(out.string)
        #expect(Isomorphism.isomorphic(quads, again))
        #expect(out.string.contains("\"a\\\\b\\r\" <http://ex.org/g> ."))
    }

    /// Characters an N-Triples IRI cannot hold (a lenient reader may have let them in) are written as \u
    /// escapes; everything else, non-ASCII included, is copied as it is and reads back the same.
    @Test func writerEscapesWhatIRIsMayNotHold() throws {
        let odd = Triple(.iri("http://ex.org/a b<c>{d}|e^f`g\\h\"i"), IRI("http://ex.org/p"), .iri("http://ex.org/é/ok"))
        var line: [UInt8] = []
        NTriplesWriter.appendLine(odd, to: &line)
        let text = String(decoding: line, as: UTF8.self)
        #expect(text == "<http://ex.org/a\\u0020b\\u003Cc\\u003E\\u007Bd\\u007D\\u007Ce\\u005Ef\\u0060g\\u005Ch\\u0022i> <http://ex.org/p> <http://ex.org/é/ok> .\n")
        let plain = Triple(.iri("http://ex.org/é/ok"), IRI("http://ex.org/p"), .iri("http://ex.org/x#y"))
        var plainLine: [UInt8] = []
        NTriplesWriter.appendLine(plain, to: &plainLine)
        #expect(try NTriplesReader().read(String(decoding: plainLine, as: UTF8.self)).map(\.triple) == [plain])
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let text = "<http://ex.org/a> <http://ex.org/p> \"1\" .\r<http://ex.org/b> <http://ex.org/p> \"2\" . # c\r\r<http://ex.org/c> <http://ex.org/p> \"3\" .\r\n"
        let q = try NTriplesReader().read(text)
        #expect(q.map(\.triple.subject) == [.iri("http://ex.org/a"), .iri("http://ex.org/b"), .iri("http://ex.org/c")])
        // Line numbers count CR-terminated lines too.
        #expect(throws: RDFSyntaxError(source: "x", line: 2, column: 1, message: "expected a subject (an IRI or a blank node)")) {
            _ = try NTriplesReader().read("<http://ex.org/a> <http://ex.org/p> \"1\" .\r\"bad\" <http://ex.org/p> \"2\" .\n", name: "x")
        }
    }
}

@Suite("String cache")
struct StringCacheTests {
    @Test func returnsTheRightStringUnderCollisions() {
        var cache = StringCache(slots: 2)
        let words = (0..<200).map { "http://example.org/vocabulary/term-\($0 % 37)" }
        for w in words + words.reversed() {
            let bytes = Array(w.utf8)
            let s = bytes.withUnsafeBufferPointer { cache.string($0) }
            #expect(s == w)
        }
    }

    /// What `accept` turns down is never cached, so it is asked again (and refused again) next time;
    /// what it takes is answered from the cache without asking.
    @Test func onlyAcceptedStringsAreCached() {
        var cache = StringCache(slots: 64)
        var asked = 0
        func look(_ s: String, _ verdict: Bool) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { b in cache.string(b, accepting: { _ in asked += 1; return verdict }) }
        }
        let long = "http://example.org/vocabulary/accepted", other = "relative/path/that/is/long/enough"
        #expect(look(long, true) == long && asked == 1)
        #expect(look(long, false) == long && asked == 1)
        #expect(look(other, false) == nil && asked == 2)
        #expect(look(other, false) == nil && asked == 3)
        #expect(look("short", false) == nil && asked == 4)
    }

    /// `cached` answers only what `string` put in, and adds nothing: not short strings, not refused ones.
    @Test func lookingUpAddsNothing() {
        var cache = StringCache(slots: 64)
        func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R { Array(s.utf8).withUnsafeBufferPointer(body) }
        let long = "http://example.org/vocabulary/accepted", refused = "http://example.org/vocabulary/refused"
        #expect(bytes(long) { cache.cached($0) } == nil)
        #expect(bytes(long) { cache.string($0) } == long)
        #expect(bytes(long) { cache.cached($0) } == long)
        #expect(bytes(refused) { cache.string($0, accepting: { _ in false }) } == nil)
        #expect(bytes(refused) { cache.cached($0) } == nil)
        #expect(bytes("http://ex.org/") { cache.string($0) } == "http://ex.org/")
        #expect(bytes("http://ex.org/") { cache.cached($0) } == nil)
        #expect(bytes("http://example.org/vocabulary/acceptee") { cache.cached($0) } == nil)
    }

    /// A relative IRI is refused wherever it occurs, also after an absolute one with the same bytes at
    /// the end (the cache hashes the tail).
    @Test func relativeIRIsAreRefusedEveryTime() throws {
        let good = "<http://example.org/s> <http://example.org/p> <http://example.org/long/enough/path/x> .\n"
        for bad in ["<http://example.org/s> <http://example.org/p> <long/enough/path/x> .\n",
                    "<rel/a/tive/subject/long/enough> <http://example.org/p> \"x\" .\n"] {
            #expect(throws: RDFSyntaxError.self) { _ = try NTriplesReader().read(good + good + bad) }
        }
        #expect(try NTriplesReader().read(good + good).count == 2)
    }
}
