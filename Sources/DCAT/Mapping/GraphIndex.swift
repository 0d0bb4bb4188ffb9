import RDF

/// What a mapping session knows about the graph by term id: the ids of the predicates it tests often,
/// which nodes are records of their own, and per-id answers worked out once per session (a predicate's
/// canonical IRI, its profile signals, a shared IRI's stable hash). Lookups by id hash an integer where
/// lookups by `Term` hashed its strings.
struct GraphIndex {
    let type: TermID?
    let theme: TermID?
    let creator: TermID?
    let primaryTopic: TermID?
    let isPrimaryTopicOf: TermID?
    /// One bit per term id: the nodes mapped as records of their own (a subgraph stops there).
    private var rootBits: [UInt64]

    init(_ graph: Graph) {
        func id(_ iri: String) -> TermID? { graph.id(of: .iri(IRI(iri))) }
        type = id(P.type)
        theme = id(P.theme)
        creator = id(P.creator)
        primaryTopic = id(P.primaryTopic)
        isPrimaryTopicOf = id(P.isPrimaryTopicOf)
        rootBits = Array(repeating: 0, count: (graph.termCount + 63) / 64)
    }

    mutating func markRoot(_ id: TermID) {
        rootBits[Int(id) >> 6] |= 1 << UInt64(id & 63)
    }

    @inline(__always)
    func isRoot(_ id: TermID) -> Bool {
        rootBits[Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
}

/// Answers about single term ids that depend only on the graph, kept per session (each worker has its
/// own session, so no locking). Each is a pure function of the id, so the caches may forget.
struct IDCaches {
    /// Canonical IRI of a predicate or class id, and whether it was an alias.
    var canonical = IDCache<(String, Bool)>(slots: 1 << 10)
    /// Profile signals of a predicate or class id by itself.
    var signals = IDCache<ProfileDetector.Signals>(slots: 1 << 10)
    /// Profile signals an IRI object gives whatever points at it (and as a dcat:theme value).
    var objectSignals = IDCache<(any: ProfileDetector.Signals, asTheme: ProfileDetector.Signals)>(slots: 1 << 12)
    /// `StableHasher.hash` of predicates and of IRIs more than one statement uses.
    var stableHash = IDCache<UInt64>(slots: 1 << 12)
}

/// A direct-mapped cache from term ids to values: one probe, no hashing, a colliding id replaces the
/// one before it.
struct IDCache<Value> {
    private var keys: [TermID]
    private var values: [Value?]
    private let mask: Int

    init(slots: Int) {
        precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
        keys = Array(repeating: TermID.max, count: slots)
        values = Array(repeating: nil, count: slots)
        mask = slots - 1
    }

    subscript(id: TermID) -> Value? {
        get {
            let i = Int(id) & mask
            return keys[i] == id ? values[i] : nil
        }
        set {
            let i = Int(id) & mask
            keys[i] = id
            values[i] = newValue
        }
    }
}
