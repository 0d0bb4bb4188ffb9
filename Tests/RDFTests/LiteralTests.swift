import RDF
import Testing

/// A literal's datatype, language and direction read back as they were given, equality and hashing
/// follow them, and the compact storage stays compact.
@Suite("Literals")
struct LiteralTests {
    @Test func everyFormReadsBackAsGiven() {
        let simple = Literal("a")
        #expect((simple.datatype, simple.language, simple.direction, simple.isSimple) == (XSD.string, nil, nil, true))
        let typed = Literal("1", datatype: XSD.integer)
        #expect((typed.datatype, typed.language, typed.direction, typed.isSimple) == (XSD.integer, nil, nil, false))
        let tagged = Literal("fiets", language: "NL-be")
        #expect((tagged.datatype, tagged.language, tagged.direction) == (RDFVocab.langString, "nl-be", nil))
        let directional = Literal("x", language: "ar-EG", direction: "rtl")
        #expect((directional.datatype, directional.language, directional.direction) == (RDFVocab.dirLangString, "ar-eg", "rtl"))
        // Tags and directions that hold the separators of the stored form read back whole.
        for (tag, dir) in [("", "ltr"), ("3:x", "rtl"), ("én:1", "12:ab"), ("a", "")] {
            let l = Literal("v", language: tag, direction: dir)
            #expect((l.language, l.direction) == (tag, dir), "\(tag) / \(dir)")
        }
    }

    @Test func equalityFollowsTheProperties() {
        // An explicit xsd:string is the simple literal.
        #expect(Literal("a", datatype: XSD.string) == Literal("a"))
        #expect(Literal("a", datatype: XSD.string).hashValue == Literal("a").hashValue)
        #expect(Literal("a").isSimple && Literal("a", datatype: XSD.string).isSimple)
        // rdf:langString given as a datatype has no language: not the tagged literal.
        #expect(Literal("a", datatype: RDFVocab.langString) != Literal("a", language: ""))
        #expect(Literal("a", language: "en") == Literal("a", language: "EN"))
        #expect(Literal("a", language: "en") != Literal("a", language: "en", direction: "ltr"))
        #expect(Literal("a", language: "en", direction: "ltr") != Literal("a", language: "en", direction: "rtl"))
        #expect(Literal("a", language: "1:a", direction: "b") != Literal("a", language: "1:", direction: "ab"))
        #expect(Literal("1", datatype: XSD.integer) != Literal("1"))
        #expect(Literal("1", datatype: IRI("http://example.org/en")) != Literal("1", language: "http://example.org/en"))
    }

    /// Terms are copied with every triple and graph entry: the literal stays two strings and a byte.
    @Test func termsStayCompact() {
        #expect(MemoryLayout<Literal>.size <= 33, "\(MemoryLayout<Literal>.size)")
        #expect(MemoryLayout<Term>.stride <= 40, "\(MemoryLayout<Term>.stride)")
        #expect(MemoryLayout<Triple>.stride <= 96, "\(MemoryLayout<Triple>.stride)")
    }
}
