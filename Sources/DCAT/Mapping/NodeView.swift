import RDF

/// The statements of one node by canonical predicate (aliases resolved), built from one walk over the
/// node's statements. Records which predicates the mapper read, so the rest can be reported as unmapped.
///
/// A node has a handful of statements and the mapper asks for dozens of predicates it does not have, so
/// the statements stay one flat list of (predicate key, value) that a lookup scans comparing integers;
/// only a predicate that is present costs an array.
final class NodeView {
    let term: Term
    private let keys: PredicateKeys
    /// Per statement: the predicate's key, the value, and the value's id.
    private var predicateKeys: [Int32] = []
    private var objects: [Term] = []
    private var objectIDs: [TermID] = []
    private var readKeys: [Int32] = []
    private(set) var types: [String] = []
    /// (alias, canonical) pairs met on this node.
    private(set) var aliases: [(String, String)] = []

    /// From the node's statements in the graph (none when `id` is nil: a node the graph does not mention).
    init(term: Term, id: TermID?, session: MappingSession) {
        self.term = term
        self.keys = session.predicateKeys
        guard let id else { return }
        let edges = session.graph.outgoing(id)
        predicateKeys.reserveCapacity(edges.count)
        objects.reserveCapacity(edges.count)
        objectIDs.reserveCapacity(edges.count)
        let type = session.index.type
        var lastPredicate = TermID.max
        var last = CanonicalPredicate(iri: "", isAlias: false, key: -1)
        for e in edges {
            if e.p != lastPredicate {
                last = session.canonicalPredicate(e.p)
                lastPredicate = e.p
            }
            if last.isAlias { aliases.append((session.graph.predicateIRI(e.p).value, last.iri)) }
            let object = session.graph.term(e.o)
            if case .iri(let i) = object { session.iriAddresses.note(i.value, e.o) }
            // No alias leads to rdf:type, so the predicate's own id decides; the view reads it itself.
            if e.p == type {
                if case .iri(let cls) = object {
                    let (c, classAlias) = session.canonical(e.o)
                    if classAlias { aliases.append((cls.value, c)) }
                    types.append(c)
                }
                if !readKeys.contains(last.key) { readKeys.append(last.key) }
            }
            predicateKeys.append(last.key)
            objects.append(object)
            objectIDs.append(e.o)
        }
    }

    var iri: String? { term.iri?.value }
    var isEmpty: Bool { objects.isEmpty }

    /// The values of `predicate`, in statement order, marking it read.
    func values(_ predicate: String) -> [Term] {
        let key = keys.key(predicate)
        guard let first = predicateKeys.firstIndex(of: key) else { return [] }
        if !readKeys.contains(key) { readKeys.append(key) }
        var out = [objects[first]]
        for i in (first + 1)..<predicateKeys.count where predicateKeys[i] == key { out.append(objects[i]) }
        return out
    }

    func first(_ predicate: String) -> Term? { values(predicate).first }

    func has(_ predicate: String) -> Bool { predicateKeys.contains(keys.key(predicate)) }

    func isA(_ cls: String) -> Bool { types.contains(cls) }

    /// The id of one of this node's values, so following it to its own node needs no string hashing.
    func id(ofValue term: Term) -> TermID? {
        for (i, o) in objects.enumerated() where o == term { return objectIDs[i] }
        return nil
    }

    /// Predicates present but never read, sorted.
    var unread: [String] {
        let read = Set(readKeys)
        var seen = Set<Int32>()
        return predicateKeys.filter { !read.contains($0) && seen.insert($0).inserted }.map(keys.iri).sorted()
    }
}

/// A predicate as the mapper reads it: its canonical IRI, whether the feed used an alias, and its key.
struct CanonicalPredicate {
    var iri: String
    var isAlias: Bool
    var key: Int32
}
