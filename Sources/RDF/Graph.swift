/// Dense integer id of a term inside one `Graph`.
public typealias TermID = UInt32

/// An in-memory RDF graph with interned terms: every distinct term is stored once and triples are
/// triples of integer ids. Lookups by subject and by object walk that node's own statements, so mapping
/// 100k datasets never scans the whole graph per value.
///
/// Layout: statements live in one flat array, each threaded on two linked lists (its subject's outgoing
/// and its object's incoming statements, both in insertion order); a term costs one small fixed record,
/// not two arrays of its own. `Graph+IDs.swift` gives callers that ask many questions (the DCAT mapper,
/// the SHACL validator) the same lookups by id, so they hash each term once.
public struct Graph: TripleSink, Sendable {
    // Inlinable id lookups (`Graph+IDs.swift`) read these directly: a caller that keeps the graph in a class
    // (the DCAT mapper) would otherwise copy the whole struct, a dozen retains, for every call.
    @usableFromInline var terms: [Term] = []
    var index = TermTable()
    var edges: [Edge] = []
    private var edgeIndex = EdgeTable()
    @usableFromInline var links: [Links] = []
    /// Subjects in first-seen order, so iteration is deterministic.
    private var subjectOrder: [TermID] = []
    public private(set) var prefixes: [String: IRI] = [:]

    /// Readers emit runs of statements about one subject with a handful of predicates, and repeat IRIs
    /// from small caches of their own (`StringCache`), so equal strings often share storage. These
    /// recognise such a string by its storage before anything is hashed.
    private var lastSubjectIRI: String?
    private var lastSubjectID: TermID = 0
    private var recentPredicates = RecentStrings(slots: 16)
    private var recentObjectIRIs = RecentStrings(slots: 64)

    static let none = UInt32.max

    /// One statement, threaded on its subject's outgoing and its object's incoming list.
    struct Edge: Sendable {
        var s: TermID
        var p: TermID
        var o: TermID
        var nextOut: UInt32 = Graph.none
        var nextIn: UInt32 = Graph.none
    }

    /// Where a term's outgoing and incoming lists start and end, and how long they are.
    @usableFromInline struct Links: Sendable {
        var outHead = Graph.none, outTail = Graph.none
        var inHead = Graph.none, inTail = Graph.none
        @usableFromInline var outCount: UInt32 = 0, inCount: UInt32 = 0
    }

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for t in triples { insert(t) }
    }

    public var count: Int { edges.count }
    public var isEmpty: Bool { edges.isEmpty }

    // MARK: building

    private mutating func intern(_ t: Term) -> TermID {
        let h = TermTable.hash(t)
        if let id = index.find(hash: h, matches: { terms[Int($0)] == t }) { return id }
        let id = TermID(terms.count)
        terms.append(t)
        links.append(Links())
        index.insert(hash: h, id: id)
        // A large graph repeats more vocabulary IRIs than a small cache holds.
        if id == 4096 { recentObjectIRIs = RecentStrings(slots: 512) }
        return id
    }

    private mutating func internSubject(_ t: Term) -> TermID {
        // Only IRI subjects are remembered: comparing one String is all the check costs.
        guard case .iri(let iri) = t else { return intern(t) }
        if let last = lastSubjectIRI, last == iri.value { return lastSubjectID }
        let id = intern(t)
        lastSubjectIRI = iri.value
        lastSubjectID = id
        return id
    }

    private mutating func internPredicate(_ p: IRI) -> TermID {
        if let id = recentPredicates.id(of: p.value) { return id }
        let id = intern(.iri(p))
        recentPredicates.remember(p.value, id)
        return id
    }

    private mutating func internObject(_ o: Term) -> TermID {
        guard case .iri(let iri) = o else { return intern(o) }
        if let id = recentObjectIRIs.id(of: iri.value) { return id }
        let id = intern(o)
        recentObjectIRIs.remember(iri.value, id)
        return id
    }

    /// Subjects with fewer statements than this find a repeated statement by walking their own list
    /// (recent, so in cache); from this many on, their statements are also kept in `edgeIndex`, so a node
    /// with 100k values stays one probe per insert.
    static let indexedFrom: UInt32 = 32

    /// The edge holding `s p o`, if the graph has that statement.
    private func edge(_ s: TermID, _ p: TermID, _ o: TermID) -> Int? {
        guard Int(s) < links.count else { return nil }
        if links[Int(s)].outCount < Graph.indexedFrom {
            var e = links[Int(s)].outHead
            while e != Graph.none {
                let edge = edges[Int(e)]
                if edge.p == p && edge.o == o { return Int(e) }
                e = edge.nextOut
            }
            return nil
        }
        return edgeIndex.find(hash: edgeIndex.hash(s, p, o), matches: { e in
            edges[e].s == s && edges[e].p == p && edges[e].o == o
        })
    }

    /// Adds a triple; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ t: Triple) -> Bool {
        insert(t.subject, t.predicate, t.object)
    }

    /// Adds the statement `subject predicate object`; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ subject: Term, _ predicate: IRI, _ object: Term) -> Bool {
        let s = internSubject(subject), p = internPredicate(predicate), o = internObject(object)
        if edge(s, p, o) != nil { return false }
        let e = UInt32(edges.count)
        edges.append(Edge(s: s, p: p, o: o))
        if links[Int(s)].outCount == 0 { subjectOrder.append(s) }
        if links[Int(s)].outTail == Graph.none { links[Int(s)].outHead = e } else { edges[Int(links[Int(s)].outTail)].nextOut = e }
        links[Int(s)].outTail = e
        links[Int(s)].outCount += 1
        if links[Int(o)].inTail == Graph.none { links[Int(o)].inHead = e } else { edges[Int(links[Int(o)].inTail)].nextIn = e }
        links[Int(o)].inTail = e
        links[Int(o)].inCount += 1
        let n = links[Int(s)].outCount
        if n == Graph.indexedFrom {
            var i = links[Int(s)].outHead
            while i != Graph.none { index(edge: Int(i)); i = edges[Int(i)].nextOut }
        } else if n > Graph.indexedFrom {
            index(edge: Int(e))
        }
        return true
    }

    private mutating func index(edge e: Int) {
        let h = edgeIndex.hash(edges[e].s, edges[e].p, edges[e].o)
        // Shares the statements' storage only while the table may grow; released before the next append.
        let all = edges
        edgeIndex.insert(edge: e, hash: h) { i in (all[i].s, all[i].p, all[i].o) }
    }

    public mutating func add(_ triple: Triple) { insert(triple) }
    public mutating func add(_ subject: Term, _ predicate: IRI, _ object: Term) { insert(subject, predicate, object) }
    public mutating func prefix(_ name: String, _ namespace: IRI) { prefixes[name] = namespace }

    // MARK: lookups

    public func contains(_ t: Triple) -> Bool {
        guard let s = id(of: t.subject), let p = id(of: .iri(t.predicate)), let o = id(of: t.object) else { return false }
        return edge(s, p, o) != nil
    }

    /// Every triple, grouped by subject in first-seen order.
    public var triples: [Triple] {
        var out: [Triple] = []
        out.reserveCapacity(count)
        for s in subjectOrder {
            for e in outgoing(s) { out.append(triple(s, e.p, e.o)) }
        }
        return out
    }

    /// Distinct subjects in first-seen order.
    public var subjects: [Term] { subjectOrder.map { terms[Int($0)] } }

    /// The statements about `subject`, in insertion order.
    public func triples(about subject: Term) -> [Triple] {
        guard let s = id(of: subject) else { return [] }
        var out: [Triple] = []
        out.reserveCapacity(outDegree(s))
        for e in outgoing(s) { out.append(triple(s, e.p, e.o)) }
        return out
    }

    /// Objects of `subject predicate ?o`, in insertion order.
    public func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        guard let s = id(of: subject), let p = id(of: .iri(predicate)) else { return [] }
        return objects(s, p)
    }

    /// The first object of `subject predicate ?o`, if any.
    public func object(_ subject: Term, _ predicate: IRI) -> Term? {
        guard let s = id(of: subject), let p = id(of: .iri(predicate)) else { return nil }
        for e in outgoing(s) where e.p == p { return terms[Int(e.o)] }
        return nil
    }

    /// The id of `term` here, or nil when the graph does not mention it. With the lookups by id
    /// (`Graph+IDs.swift`), an engine asking many questions about one node hashes each term once.
    public func id(of term: Term) -> TermID? {
        index.find(hash: TermTable.hash(term), matches: { terms[Int($0)] == term })
    }

    /// Objects of `subject predicate ?o` by ids, in insertion order.
    public func objects(_ subject: TermID, _ predicate: TermID) -> [Term] {
        guard Int(subject) < links.count else { return [] }
        var out: [Term] = []
        for e in outgoing(subject) where e.p == predicate { out.append(terms[Int(e.o)]) }
        return out
    }

    /// Subjects of `?s predicate object`, in insertion order.
    public func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        guard let o = id(of: object), let p = id(of: .iri(predicate)) else { return [] }
        var out: [Term] = []
        for e in incoming(o) where e.p == p { out.append(terms[Int(e.s)]) }
        return out
    }

    /// Statements whose object is `object` (incoming edges), for "is this blank node shared?" questions.
    public func triples(withObject object: Term) -> [Triple] {
        guard let o = id(of: object) else { return [] }
        var out: [Triple] = []
        out.reserveCapacity(inDegree(o))
        for e in incoming(o) { out.append(triple(e.s, e.p, o)) }
        return out
    }

    /// Number of statements pointing at `object`.
    public func inDegree(_ object: Term) -> Int {
        guard let o = id(of: object) else { return 0 }
        return inDegree(o)
    }

    func triple(_ s: TermID, _ p: TermID, _ o: TermID) -> Triple {
        guard case .iri(let pi) = terms[Int(p)] else { preconditionFailure("predicate is not an IRI") }
        return Triple(terms[Int(s)], pi, terms[Int(o)])
    }

    /// Whether the two graphs are equal up to blank node labels.
    public func isIsomorphic(to other: Graph) -> Bool {
        Isomorphism.isomorphic(triples.map { Quad($0) }, other.triples.map { Quad($0) })
    }
}
