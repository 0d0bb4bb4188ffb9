import Testing
@testable import RDF

/// The stable hash is stored (record hashes, change detection): it must stay what it was defined as, the
/// kind, then the lexical form, datatype IRI, language and direction of a literal, whichever way the
/// literal is stored.
@Suite struct StableHashTests {
    static func byDefinition(_ t: Term) -> UInt64 {
        var h = StableHasher()
        switch t {
        case .iri(let i): h.combine(1); h.combine(i.value)
        case .blank(let b): h.combine(2); h.combine(b.id)
        case .literal(let l):
            h.combine(3); h.combine(l.lexical); h.combine(l.datatype.value)
            h.combine(l.language ?? ""); h.combine(l.direction ?? "")
        }
        return h.value
    }

    static let terms: [Term] = [
        .iri(IRI("http://example.org/a")),
        .blank(BlankNode("b0")),
        .literal(Literal("plain")),
        .literal(Literal("", datatype: XSD.string)),
        .literal(Literal("Bomen", language: "nl")),
        .literal(Literal("Bomen", language: "NL-be")),
        .literal(Literal("2020-01-01", datatype: IRI("http://www.w3.org/2001/XMLSchema#date"))),
        .literal(Literal("مرحبا", language: "ar", direction: "rtl")),
        .literal(Literal("x", language: "en", direction: "ltr")),
    ]

    @Test(arguments: terms)
    func hashIsTheDefinition(_ t: Term) {
        #expect(StableHasher.hash(t) == Self.byDefinition(t), "\(t)")
        var g = Graph()
        g.insert(Triple(.iri(IRI("http://example.org/s")), IRI("http://example.org/p"), t))
        let id = g.id(of: t)!
        #expect(g.stableHash(id) == Self.byDefinition(t), "\(t) read in place")
    }

    /// Kinds, forms and each part count: no two of the terms above hash alike.
    @Test func distinctTermsHashApart() {
        #expect(Set(Self.terms.map(StableHasher.hash)).count == Self.terms.count)
    }

    /// Two values pinned, as an independent implementation of the definition (FNV-1a over each part's
    /// bytes, splitmix64 between parts) computes them: a changed constant or order of parts would change
    /// every stored hash.
    @Test func storedValuesStayPut() {
        #expect(StableHasher.hash(.iri(IRI("http://example.org/a"))) == 0x4402_df0b_8752_d927)
        #expect(StableHasher.hash(.literal(Literal("Bomen", language: "nl"))) == 0x6f9f_2eaf_2def_9f77)
    }
}
