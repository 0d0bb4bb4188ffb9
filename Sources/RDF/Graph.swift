/// Dense integer id of a term inside one `Graph`.
public typealias TermID = UInt32

/// An in-memory RDF graph with interned terms: every distinct term is stored once and triples are
/// triples of integer ids. Lookups by subject and by object are hash lookups followed by a walk over
/// that node's own statements, so mapping 100k datasets never scans the whole graph per value.
public struct Graph: TripleSink, Sendable {
    private var terms: [Term] = []
    private var ids: [Term: TermID] = [:]
    private var tripleSet: Set<IDTriple> = []
    private var bySubject: [TermID: [PredicateObject]] = [:]
    private var byObject: [TermID: [SubjectPredicate]] = [:]
    /// Subjects in first-seen order, so iteration is deterministic.
    private var subjectOrder: [TermID] = []
    public private(set) var prefixes: [String: IRI] = [:]

    struct IDTriple: Hashable, Sendable {
        var s: TermID
        var p: TermID
        var o: TermID
    }
    struct PredicateObject: Hashable, Sendable {
        var p: TermID
        var o: TermID
    }
    struct SubjectPredicate: Hashable, Sendable {
        var s: TermID
        var p: TermID
    }

    public init() {}

    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for t in triples { insert(t) }
    }

    public var count: Int { tripleSet.count }
    public var isEmpty: Bool { tripleSet.isEmpty }

    // MARK: building

    private mutating func intern(_ t: Term) -> TermID {
        if let id = ids[t] { return id }
        let id = TermID(terms.count)
        terms.append(t)
        ids[t] = id
        return id
    }

    /// Adds a triple; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ t: Triple) -> Bool {
        let s = intern(t.subject), p = intern(.iri(t.predicate)), o = intern(t.object)
        guard tripleSet.insert(IDTriple(s: s, p: p, o: o)).inserted else { return false }
        if bySubject[s, default: []].isEmpty { subjectOrder.append(s) }
        bySubject[s, default: []].append(PredicateObject(p: p, o: o))
        byObject[o, default: []].append(SubjectPredicate(s: s, p: p))
        return true
    }

    public mutating func add(_ triple: Triple) { insert(triple) }
    public mutating func prefix(_ name: String, _ namespace: IRI) { prefixes[name] = namespace }

    // MARK: lookups

    public func contains(_ t: Triple) -> Bool {
        guard let s = ids[t.subject], let p = ids[.iri(t.predicate)], let o = ids[t.object] else { return false }
        return tripleSet.contains(IDTriple(s: s, p: p, o: o))
    }

    /// Every triple, grouped by subject in first-seen order.
    public var triples: [Triple] {
        var out: [Triple] = []
        out.reserveCapacity(count)
        for s in subjectOrder {
            for po in bySubject[s] ?? [] { out.append(triple(s, po.p, po.o)) }
        }
        return out
    }

    /// Distinct subjects in first-seen order.
    public var subjects: [Term] { subjectOrder.map { terms[Int($0)] } }

    /// The statements about `subject`, in insertion order.
    public func triples(about subject: Term) -> [Triple] {
        guard let s = ids[subject], let list = bySubject[s] else { return [] }
        return list.map { triple(s, $0.p, $0.o) }
    }

    /// Objects of `subject predicate ?o`, in insertion order.
    public func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        guard let s = ids[subject], let p = ids[.iri(predicate)], let list = bySubject[s] else { return [] }
        return list.lazy.filter { $0.p == p }.map { terms[Int($0.o)] }
    }

    /// The first object of `subject predicate ?o`, if any.
    public func object(_ subject: Term, _ predicate: IRI) -> Term? {
        guard let s = ids[subject], let p = ids[.iri(predicate)], let list = bySubject[s] else { return nil }
        return list.first { $0.p == p }.map { terms[Int($0.o)] }
    }

    /// The id of `term` here, or nil when the graph does not mention it. With `objects(_:_:)` by id,
    /// an engine asking many questions about one node hashes each term once (the SHACL validator).
    public func id(of term: Term) -> TermID? { ids[term] }

    /// Objects of `subject predicate ?o` by ids, in insertion order.
    public func objects(_ subject: TermID, _ predicate: TermID) -> [Term] {
        guard let list = bySubject[subject] else { return [] }
        return list.lazy.filter { $0.p == predicate }.map { terms[Int($0.o)] }
    }

    /// Subjects of `?s predicate object`, in insertion order.
    public func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        guard let o = ids[object], let p = ids[.iri(predicate)], let list = byObject[o] else { return [] }
        return list.lazy.filter { $0.p == p }.map { terms[Int($0.s)] }
    }

    /// Statements whose object is `object` (incoming edges), for "is this blank node shared?" questions.
    public func triples(withObject object: Term) -> [Triple] {
        guard let o = ids[object], let list = byObject[o] else { return [] }
        return list.map { triple($0.s, $0.p, o) }
    }

    /// Number of statements pointing at `object`.
    public func inDegree(_ object: Term) -> Int {
        guard let o = ids[object] else { return 0 }
        return byObject[o]?.count ?? 0
    }

    private func triple(_ s: TermID, _ p: TermID, _ o: TermID) -> Triple {
        guard case .iri(let pi) = terms[Int(p)] else { preconditionFailure("predicate is not an IRI") }
        return Triple(terms[Int(s)], pi, terms[Int(o)])
    }

    /// Whether the two graphs are equal up to blank node labels.
    public func isIsomorphic(to other: Graph) -> Bool {
        Isomorphism.isomorphic(triples.map { Quad($0) }, other.triples.map { Quad($0) })
    }
}
