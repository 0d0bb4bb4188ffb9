/// Lookups by term id, for engines that ask many questions about the same nodes (the DCAT mapper, the
/// SHACL validator): resolve a term to its id once (`id(of:)`), then walk statements as integers and turn
/// only the terms actually needed back into `Term` values.
extension Graph {
    /// One statement leaving a node: its predicate and object.
    public struct OutEdge: Sendable, Hashable {
        public let p: TermID
        public let o: TermID
    }

    /// One statement reaching a node: its subject and predicate.
    public struct InEdge: Sendable, Hashable {
        public let s: TermID
        public let p: TermID
    }

    /// A node's outgoing statements in insertion order.
    public struct OutEdges: Sequence, Sendable {
        let edges: [Edge]
        let head: UInt32
        public let count: Int

        public struct Iterator: IteratorProtocol {
            let edges: [Edge]
            var cursor: UInt32

            @inline(__always)
            public mutating func next() -> OutEdge? {
                guard cursor != Graph.none else { return nil }
                let e = edges[Int(cursor)]
                cursor = e.nextOut
                return OutEdge(p: e.p, o: e.o)
            }
        }

        public func makeIterator() -> Iterator { Iterator(edges: edges, cursor: head) }
        public var underestimatedCount: Int { count }
    }

    /// A node's incoming statements in insertion order.
    public struct InEdges: Sequence, Sendable {
        let edges: [Edge]
        let head: UInt32
        public let count: Int

        public struct Iterator: IteratorProtocol {
            let edges: [Edge]
            var cursor: UInt32

            @inline(__always)
            public mutating func next() -> InEdge? {
                guard cursor != Graph.none else { return nil }
                let e = edges[Int(cursor)]
                cursor = e.nextIn
                return InEdge(s: e.s, p: e.p)
            }
        }

        public func makeIterator() -> Iterator { Iterator(edges: edges, cursor: head) }
        public var underestimatedCount: Int { count }
    }

    /// A term with its hash worked out once, for a caller that looks the same term up in many graphs
    /// (a validator's shape predicates and target classes, in one small graph per dataset). Valid in the
    /// process that made it only: term hashes are seeded per process.
    public struct TermKey: Sendable, Hashable {
        public let term: Term
        let hash: UInt32

        public init(_ term: Term) {
            self.term = term
            hash = TermTable.hash(term)
        }

        public static func == (a: TermKey, b: TermKey) -> Bool { a.hash == b.hash && a.term == b.term }
        /// The hash bits already worked out stand for the term (equal terms have equal bits).
        public func hash(into h: inout Hasher) { h.combine(hash) }
    }

    /// `id(of:)` without hashing the term again.
    public func id(of key: TermKey) -> TermID? {
        index.find(hash: key.hash, matches: { terms[Int($0)] == key.term })
    }

    /// Number of distinct terms; ids run from 0 to `termCount - 1`.
    public var termCount: Int { terms.count }

    /// Every term by id: the graph's own table, shared rather than copied, so that what refers to terms
    /// by id (a mapped record's statements) can keep them after the graph's indexes are gone.
    public var termsByID: [Term] { terms }

    /// The term with this id (ids come from this graph: `id(of:)`, `outgoing`, `incoming`).
    @inlinable
    public func term(_ id: TermID) -> Term { terms[Int(id)] }

    /// The statements about `subject`, as (predicate, object) ids in insertion order.
    public func outgoing(_ subject: TermID) -> OutEdges {
        guard Int(subject) < links.count else { return OutEdges(edges: edges, head: Graph.none, count: 0) }
        let l = links[Int(subject)]
        return OutEdges(edges: edges, head: l.outHead, count: Int(l.outCount))
    }

    /// The statements whose object is `object`, as (subject, predicate) ids in insertion order.
    public func incoming(_ object: TermID) -> InEdges {
        guard Int(object) < links.count else { return InEdges(edges: edges, head: Graph.none, count: 0) }
        let l = links[Int(object)]
        return InEdges(edges: edges, head: l.inHead, count: Int(l.inCount))
    }

    /// Number of statements about `subject`.
    @inlinable
    public func outDegree(_ subject: TermID) -> Int {
        Int(subject) < links.count ? Int(links[Int(subject)].outCount) : 0
    }

    /// Number of statements pointing at `object`.
    @inlinable
    public func inDegree(_ object: TermID) -> Int {
        Int(object) < links.count ? Int(links[Int(object)].inCount) : 0
    }

    /// Object ids of `subject predicate ?o`, in insertion order.
    public func objectIDs(_ subject: TermID, _ predicate: TermID) -> [TermID] {
        var out: [TermID] = []
        for e in outgoing(subject) where e.p == predicate { out.append(e.o) }
        return out
    }

    /// Subject ids of `?s predicate object`, in insertion order.
    public func subjectIDs(_ predicate: TermID, _ object: TermID) -> [TermID] {
        var out: [TermID] = []
        for e in incoming(object) where e.p == predicate { out.append(e.s) }
        return out
    }

    /// The IRI of a predicate id (every predicate in a graph is an IRI).
    @inlinable
    public func predicateIRI(_ id: TermID) -> IRI {
        guard case .iri(let i) = terms[Int(id)] else { preconditionFailure("predicate is not an IRI") }
        return i
    }

    /// Whether the term is a blank node, without copying it out.
    @inlinable
    public func isBlank(_ id: TermID) -> Bool {
        if case .blank = terms[Int(id)] { return true }
        return false
    }

    /// The language tag of a literal (nil for other terms and untagged literals), without copying the term.
    @inlinable
    public func language(of id: TermID) -> String? {
        if case .literal(let l) = terms[Int(id)] { return l.language }
        return nil
    }

    /// The reader's label of a blank node id (nil for IRIs and literals), without copying the term.
    public func blankLabel(_ id: TermID) -> String? {
        if case .blank(let b) = terms[Int(id)] { return b.id }
        return nil
    }

    /// Whether the term is a literal, without copying it out.
    @inlinable
    public func isLiteral(_ id: TermID) -> Bool {
        if case .literal = terms[Int(id)] { return true }
        return false
    }

    /// The statement inserted `index`-th (0 ..< `count`), as ids: the graph's statements in insertion order.
    public func statement(_ index: Int) -> (s: TermID, p: TermID, o: TermID) {
        let e = edges[index]
        return (e.s, e.p, e.o)
    }

    /// The statement `subject predicate object` rebuilt from ids.
    public func triple(ids s: TermID, _ p: TermID, _ o: TermID) -> Triple { triple(s, p, o) }
}
