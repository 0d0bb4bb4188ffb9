/// Dense integer id of a term inside one `Graph`.
public typealias TermID = UInt32

/// An in-memory RDF graph with interned terms: every distinct term is stored once and triples are
/// triples of integer ids. Lookups by subject and by object are hash lookups followed by a walk over
/// that node's own statements, so mapping 100k datasets never scans the whole graph per value.
public struct Graph: TripleSink, Sendable {
    private var terms: [Term] = []
    private var ids: [Term: TermID] = [:]
    private var tripleSet: Set<IDTriple> = []
    /// Outgoing and incoming edges, indexed by term id (empty for terms that are never subject/object).
    private var outgoing: [[PredicateObject]] = []
    private var incoming: [[SubjectPredicate]] = []
    /// Subjects in first-seen order, so iteration is deterministic.
    private var subjectOrder: [TermID] = []
    public private(set) var prefixes: [String: IRI] = [:]

    /// Readers emit runs of statements about one subject with a handful of predicates. Checking these
    /// before hashing skips most dictionary lookups; equal strings from a reader's cache share storage,
    /// so the comparisons are mostly pointer checks.
    private var lastSubjectIRI: String?
    private var lastSubjectID: TermID = 0
    private var recentPredicates: [IRI] = []
    private var recentPredicateIDs: [TermID] = []

    struct IDTriple: Hashable, Sendable {
        var s: TermID
        var p: TermID
        var o: TermID
        // One combine of one word instead of three.
        func hash(into h: inout Hasher) { h.combine(UInt64(s) << 32 | UInt64(o) ^ UInt64(p) &* 0x9e37_79b9) }
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
        outgoing.append([])
        incoming.append([])
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
        if let i = recentPredicates.firstIndex(of: p) { return recentPredicateIDs[i] }
        let id = intern(.iri(p))
        if recentPredicates.count == 16 {
            recentPredicates.removeFirst()
            recentPredicateIDs.removeFirst()
        }
        recentPredicates.append(p)
        recentPredicateIDs.append(id)
        return id
    }

    /// Adds a triple; returns false when it was already present.
    @discardableResult
    public mutating func insert(_ t: Triple) -> Bool {
        let s = internSubject(t.subject), p = internPredicate(t.predicate), o = intern(t.object)
        guard tripleSet.insert(IDTriple(s: s, p: p, o: o)).inserted else { return false }
        if outgoing[Int(s)].isEmpty { subjectOrder.append(s) }
        outgoing[Int(s)].append(PredicateObject(p: p, o: o))
        incoming[Int(o)].append(SubjectPredicate(s: s, p: p))
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
            for po in outgoing[Int(s)] { out.append(triple(s, po.p, po.o)) }
        }
        return out
    }

    /// Distinct subjects in first-seen order.
    public var subjects: [Term] { subjectOrder.map { terms[Int($0)] } }

    /// The statements about `subject`, in insertion order.
    public func triples(about subject: Term) -> [Triple] {
        guard let s = ids[subject] else { return [] }
        return outgoing[Int(s)].map { triple(s, $0.p, $0.o) }
    }

    /// Objects of `subject predicate ?o`, in insertion order.
    public func objects(_ subject: Term, _ predicate: IRI) -> [Term] {
        guard let s = ids[subject], let p = ids[.iri(predicate)] else { return [] }
        return outgoing[Int(s)].lazy.filter { $0.p == p }.map { terms[Int($0.o)] }
    }

    /// The first object of `subject predicate ?o`, if any.
    public func object(_ subject: Term, _ predicate: IRI) -> Term? {
        guard let s = ids[subject], let p = ids[.iri(predicate)] else { return nil }
        return outgoing[Int(s)].first { $0.p == p }.map { terms[Int($0.o)] }
    }

    /// The id of `term` here, or nil when the graph does not mention it. With `objects(_:_:)` by id,
    /// an engine asking many questions about one node hashes each term once (the SHACL validator).
    public func id(of term: Term) -> TermID? { ids[term] }

    /// Objects of `subject predicate ?o` by ids, in insertion order.
    public func objects(_ subject: TermID, _ predicate: TermID) -> [Term] {
        guard Int(subject) < outgoing.count else { return [] }
        return outgoing[Int(subject)].lazy.filter { $0.p == predicate }.map { terms[Int($0.o)] }
    }

    /// Subjects of `?s predicate object`, in insertion order.
    public func subjects(_ predicate: IRI, _ object: Term) -> [Term] {
        guard let o = ids[object], let p = ids[.iri(predicate)] else { return [] }
        return incoming[Int(o)].lazy.filter { $0.p == p }.map { terms[Int($0.s)] }
    }

    /// Statements whose object is `object` (incoming edges), for "is this blank node shared?" questions.
    public func triples(withObject object: Term) -> [Triple] {
        guard let o = ids[object] else { return [] }
        return incoming[Int(o)].map { triple($0.s, $0.p, o) }
    }

    /// Number of statements pointing at `object`.
    public func inDegree(_ object: Term) -> Int {
        guard let o = ids[object] else { return 0 }
        return incoming[Int(o)].count
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
