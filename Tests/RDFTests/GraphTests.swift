import RDF
import Testing

@Suite("Interned graph and isomorphism")
struct GraphTests {
    let dcat = NS.dcat
    let cat = Term.iri("http://ex.org/catalog")

    @Test func lookupsAndDeduplication() {
        var g = Graph()
        for i in 0..<1000 {
            let ds = Term.iri("http://ex.org/ds/\(i)")
            g.insert(Triple(cat, dcat.dataset, ds))
            g.insert(Triple(ds, RDFVocab.type, .iri(dcat.Dataset)))
        }
        let insertedAgain = g.insert(Triple(cat, dcat.dataset, .iri("http://ex.org/ds/7")))
        #expect(!insertedAgain)
        #expect(g.count == 2000)
        #expect(g.objects(cat, dcat.dataset).count == 1000)
        #expect(g.subjects(RDFVocab.type, .iri(dcat.Dataset)).count == 1000)
        #expect(g.object(.iri("http://ex.org/ds/3"), RDFVocab.type) == .iri(dcat.Dataset))
        #expect(g.inDegree(.iri("http://ex.org/ds/3")) == 1)
        #expect(g.contains(Triple(cat, dcat.dataset, .iri("http://ex.org/ds/999"))))
        #expect(!g.contains(Triple(cat, dcat.dataset, .iri("http://ex.org/ds/1000"))))
        #expect(g.subjects.first == cat)
    }

    /// A statement handed over in parts builds the graph a `Triple` builds, and a sink that only takes
    /// whole triples still receives them (the protocol's default assembles one).
    @Test func statementsInPartsAreStatements() throws {
        let statements = [
            Triple(cat, dcat.dataset, .iri("http://ex.org/ds/1")),
            Triple(.iri("http://ex.org/ds/1"), RDFVocab.type, .iri(dcat.Dataset)),
            Triple(.iri("http://ex.org/ds/1"), IRI("http://purl.org/dc/terms/title"), .literal(Literal("Fietspaden", language: "nl"))),
            Triple(.blank("b0"), IRI("http://ex.org/p"), .literal(Literal("3", datatype: IRI("http://www.w3.org/2001/XMLSchema#integer")))),
            Triple(cat, dcat.dataset, .iri("http://ex.org/ds/1")),
        ]
        var whole = Graph(), parts = Graph()
        var collected = QuadCollector()
        for s in statements {
            whole.add(s)
            parts.add(s.subject, s.predicate, s.object)
            try collected.add(s.subject, s.predicate, s.object)
        }
        #expect(parts.count == 4)
        #expect(parts.triples == whole.triples)
        #expect(collected.triples == statements)
    }

    func t(_ s: String, _ o: String) -> Triple {
        func term(_ x: String) -> Term { x.hasPrefix("_:") ? .blank(String(x.dropFirst(2))) : .iri("http://ex.org/" + x) }
        return Triple(term(s), IRI("http://ex.org/p"), term(o))
    }

    @Test func isomorphismRelabels() {
        let a = [t("_:x", "_:y"), t("_:y", "z"), t("_:x", "z")]
        let b = [t("_:q", "z"), t("_:p", "_:q"), t("_:p", "z")]
        #expect(Isomorphism.isomorphic(a, b))
        #expect(!Isomorphism.isomorphic(a, [t("_:q", "z"), t("_:p", "_:q"), t("_:q", "z")]))
        #expect(!Isomorphism.isomorphic(a, [t("_:q", "z"), t("_:p", "_:q"), t("_:p", "w")]))
    }

    @Test func isomorphismNeedsBacktrackingOnSymmetricGraphs() {
        // Two 3-cycles vs one 6-cycle: every node has the same local colour, refinement alone cannot tell.
        let twoTriangles = [t("_:a", "_:b"), t("_:b", "_:c"), t("_:c", "_:a"), t("_:d", "_:e"), t("_:e", "_:f"), t("_:f", "_:d")]
        let hexagon = [t("_:a", "_:b"), t("_:b", "_:c"), t("_:c", "_:d"), t("_:d", "_:e"), t("_:e", "_:f"), t("_:f", "_:a")]
        let relabelled = [t("_:1", "_:2"), t("_:2", "_:3"), t("_:3", "_:1"), t("_:4", "_:5"), t("_:5", "_:6"), t("_:6", "_:4")]
        #expect(!Isomorphism.isomorphic(twoTriangles, hexagon))
        #expect(Isomorphism.isomorphic(twoTriangles, relabelled))
    }

    @Test func datasetIsomorphismIncludesGraphNames() {
        let a = [Quad(t("_:x", "y"), graph: .blank("g1")), Quad(t("_:x", "z"))]
        let b = [Quad(t("_:k", "y"), graph: .blank("h")), Quad(t("_:k", "z"))]
        let c = [Quad(t("_:k", "y"), graph: .blank("h")), Quad(t("_:m", "z"))]
        #expect(Isomorphism.isomorphic(a, b))
        #expect(!Isomorphism.isomorphic(a, c))
    }

    @Test func canonicalColorsIgnoreLabels() {
        let a = Isomorphism.canonicalColors([Quad(t("_:x", "y")), Quad(t("_:x", "_:z"))])
        let b = Isomorphism.canonicalColors([Quad(t("_:k", "y")), Quad(t("_:k", "_:m"))])
        #expect(Set(a.values) == Set(b.values))
        #expect(a[BlankNode("x")] == b[BlankNode("k")])
    }

    @Test func literalsCompareByLexicalDatatypeAndLanguage() {
        #expect(Literal("a") == Literal("a", datatype: XSD.string))
        #expect(Literal("a", language: "EN") == Literal("a", language: "en"))
        #expect(Literal("1", datatype: XSD.integer) != Literal("01", datatype: XSD.integer))
        #expect(Literal("a", language: "en").datatype == RDFVocab.langString)
    }
}
