import RDF

/// The statements of one node grouped by canonical predicate (aliases resolved), built from one walk over
/// the node's statements. Records which predicates the mapper read, so the rest can be reported as
/// unmapped.
final class NodeView {
    let term: Term
    private var groups = PredicateGroups()
    private(set) var types: [String] = []
    /// (alias, canonical) pairs met on this node.
    private(set) var aliases: [(String, String)] = []

    /// From the node's statements in the graph (none when `id` is nil: a node the graph does not mention).
    init(term: Term, id: TermID?, session: MappingSession) {
        self.term = term
        guard let id else { return }
        let graph = session.graph
        let type = session.index.type
        var table = PredicateGroups()
        var lastPredicate = TermID.max
        var last = (canonical: "", alias: false, slot: 0)
        for e in graph.outgoing(id) {
            if e.p != lastPredicate {
                let (p, alias) = session.canonical(e.p)
                last = (p, alias, table.slot(adding: p))
                lastPredicate = e.p
            }
            if last.alias { aliases.append((graph.predicateIRI(e.p).value, last.canonical)) }
            let object = graph.term(e.o)
            // No alias leads to rdf:type, so the predicate's own id decides.
            if e.p == type, case .iri(let cls) = object {
                let (c, classAlias) = session.canonical(e.o)
                if classAlias { aliases.append((cls.value, c)) }
                types.append(c)
            }
            table.append(object, to: last.slot)
        }
        groups = table
    }

    var iri: String? { term.iri?.value }
    var isEmpty: Bool { groups.isEmpty }

    func values(_ predicate: String) -> [Term] { groups.read(predicate) }

    func first(_ predicate: String) -> Term? { values(predicate).first }

    func has(_ predicate: String) -> Bool { groups.slot(of: predicate) != nil }

    func isA(_ cls: String) -> Bool { types.contains(cls) }

    /// Predicates present but never read, sorted.
    var unread: [String] { groups.unread }
}

/// Values by canonical predicate. A node has a handful of predicates and the mapper asks for dozens that
/// are absent, so the groups are a short list compared by length first (no hashing); a node with very
/// many predicates gets a dictionary instead.
struct PredicateGroups {
    private var keys: [String] = []
    /// UTF-8 length of an ASCII key, -1 for any other (two ASCII strings are equal only at equal length;
    /// other strings may equal a key of another length under Unicode canonical equivalence).
    private var lengths: [Int] = []
    private var values: [[Term]] = []
    private var wasRead: [Bool] = []
    private var byKey: [String: Int]?

    static let listLimit = 24

    var isEmpty: Bool { keys.isEmpty }

    static func asciiLength(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable { b in
            var high: UInt8 = 0
            for c in b { high |= c }
            return high < 0x80 ? b.count : -1
        } ?? -1
    }

    func slot(of predicate: String) -> Int? {
        if let byKey { return byKey[predicate] }
        let n = PredicateGroups.asciiLength(predicate)
        for i in keys.indices where (n < 0 || lengths[i] < 0 || lengths[i] == n) && keys[i] == predicate { return i }
        return nil
    }

    mutating func slot(adding predicate: String) -> Int {
        if let i = slot(of: predicate) { return i }
        let i = keys.count
        keys.append(predicate)
        lengths.append(PredicateGroups.asciiLength(predicate))
        values.append([])
        // rdf:type is read by the view itself (`types`), never reported as unmapped.
        wasRead.append(predicate == P.type)
        if byKey != nil {
            byKey?[predicate] = i
        } else if keys.count > PredicateGroups.listLimit {
            // Very many predicates on one node: stop walking the list.
            byKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        }
        return i
    }

    mutating func append(_ value: Term, to slot: Int) { values[slot].append(value) }

    /// The values of `predicate`, marking it read.
    mutating func read(_ predicate: String) -> [Term] {
        guard let i = slot(of: predicate) else { return [] }
        wasRead[i] = true
        return values[i]
    }

    var unread: [String] { keys.indices.filter { !wasRead[$0] }.map { keys[$0] }.sorted() }
}
