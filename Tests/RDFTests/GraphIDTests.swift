import RDF
import Testing

/// The graph's own hash tables and statement lists, and the lookups by id built on them.
@Suite struct GraphIDTests {
    let p = IRI("http://ex.org/property/with/a/long/name")
    let q = IRI("http://ex.org/another/property")

    func node(_ i: Int) -> Term { .iri("http://ex.org/node/number/\(i)") }

    @Test func repeatedStatementsAreRecognisedBelowAndAboveTheIndexThreshold() {
        var g = Graph()
        let hub = Term.iri("http://ex.org/hub")
        // The hub passes the point where its statements move into the table; small nodes never do.
        for i in 0..<200 {
            let first = g.insert(Triple(hub, p, node(i))), second = g.insert(Triple(node(i), q, .literal(Literal("v\(i)"))))
            #expect(first && second)
        }
        for i in 0..<200 {
            let again = g.insert(Triple(hub, p, node(i))), againSmall = g.insert(Triple(node(i), q, .literal(Literal("v\(i)"))))
            #expect(!again, "hub statement \(i) inserted twice")
            #expect(!againSmall)
            #expect(g.contains(Triple(hub, p, node(i))))
        }
        #expect(!g.contains(Triple(hub, q, node(0))))
        #expect(!g.contains(Triple(hub, p, node(200))))
        #expect(g.count == 400)
        #expect(g.objects(hub, p) == (0..<200).map(node))
    }

    @Test func manyTermsKeepTheirIdsAcrossTableGrowth() {
        var g = Graph()
        for i in 0..<5000 { g.insert(Triple(node(i), p, .literal(Literal("\(i)", datatype: XSD.integer)))) }
        for i in 0..<5000 {
            let id = try! #require(g.id(of: node(i)))
            #expect(g.term(id) == node(i))
            #expect(g.objects(node(i), p) == [.literal(Literal("\(i)", datatype: XSD.integer))])
        }
        #expect(g.id(of: .literal(Literal("1"))) == nil, "xsd:string \"1\" is not xsd:integer 1")
        #expect(g.termCount == 10001)
    }

    @Test func lookupsByIdFollowInsertionOrder() throws {
        var g = Graph()
        let s = Term.iri("http://ex.org/s"), o = Term.iri("http://ex.org/o")
        g.insert(Triple(s, p, .literal(Literal("a"))))
        g.insert(Triple(node(1), q, o))
        g.insert(Triple(s, q, o))
        g.insert(Triple(s, p, .literal(Literal("b"))))
        g.insert(Triple(node(2), p, o))
        let sid = try #require(g.id(of: s)), oid = try #require(g.id(of: o))
        let pid = try #require(g.id(of: .iri(p))), qid = try #require(g.id(of: .iri(q)))
        #expect(g.outgoing(sid).map { g.term($0.o) } == [.literal(Literal("a")), o, .literal(Literal("b"))])
        #expect(g.outDegree(sid) == 3)
        #expect(g.incoming(oid).map { g.term($0.s) } == [node(1), s, node(2)])
        #expect(g.inDegree(oid) == 3)
        #expect(g.objectIDs(sid, pid).map { g.term($0) } == [.literal(Literal("a")), .literal(Literal("b"))])
        #expect(g.subjectIDs(qid, oid).map { g.term($0) } == [node(1), s])
        #expect(g.predicateIRI(pid) == p)
        #expect(g.triples(withObject: o).map(\.subject) == [node(1), s, node(2)])
        #expect(g.subjects(p, o) == [node(2)])
        #expect(g.triples(about: s) == [Triple(s, p, .literal(Literal("a"))), Triple(s, q, o), Triple(s, p, .literal(Literal("b")))])
    }

    @Test func equalTextInOtherStorageIsTheSameTerm() {
        // Readers share storage for repeated IRIs; a caller building strings anew must reach the same ids.
        var g = Graph()
        let shared = "http://ex.org/a/vocabulary/term/that/repeats"
        for i in 0..<100 {
            let fresh = String(decoding: Array(shared.utf8), as: UTF8.self)
            g.insert(Triple(node(i), IRI(i % 2 == 0 ? shared : fresh), .iri(IRI(i % 3 == 0 ? shared : fresh))))
        }
        #expect(g.termCount == 101, "100 subjects and one IRI used as predicate and object")
        #expect(g.subjects(IRI(shared), .iri(IRI(shared))).count == 100)
    }
}
