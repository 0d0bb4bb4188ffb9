import RDF

/// The statements of one node by canonical predicate (aliases resolved), built from one walk over the
/// node's statements. Records which predicates the mapper read, so the rest can be reported as unmapped.
///
/// A node has a handful of statements and the mapper asks for dozens of predicates it does not have, so
/// the statements stay one flat list of (predicate key, value id) that a lookup scans comparing integers;
/// values become `Term`s only when asked for.
final class NodeView {
    private let session: MappingSession
    private var statements: [(key: Int32, value: TermID)] = []
    /// One bit per predicate key below 256 present on the node (keys above share the last bit): most
    /// lookups are for predicates a node lacks, and this answers those without a scan.
    private var present = KeyBits()
    private var read = KeySet()
    private(set) var types: [String] = []
    /// (alias, canonical) pairs met on this node.
    private(set) var aliases: [(String, String)] = []

    /// From the node's statements in the graph (none when `id` is nil: a node the graph does not mention).
    init(id: TermID?, session: MappingSession) {
        self.session = session
        guard let id else { return }
        let edges = session.graph.outgoing(id)
        statements.reserveCapacity(edges.count)
        let type = session.index.type
        var lastPredicate = TermID.max
        var last = CanonicalPredicate(iri: "", isAlias: false, key: -1)
        for e in edges {
            if e.p != lastPredicate {
                last = session.canonicalPredicate(e.p)
                lastPredicate = e.p
            }
            if last.isAlias { aliases.append((session.graph.predicateIRI(e.p).value, last.iri)) }
            // No alias leads to rdf:type, so the predicate's own id decides; the view reads it itself.
            if e.p == type {
                if case .iri(let cls) = session.graph.term(e.o) {
                    let (c, classAlias) = session.canonical(e.o)
                    if classAlias { aliases.append((cls.value, c)) }
                    types.append(c)
                }
                read.insert(last.key)
            }
            statements.append((last.key, e.o))
            present.insert(last.key)
        }
    }

    /// The values of `predicate`, in statement order, marking it read. `predicate` should be a constant
    /// (`P`): a string built for the call misses the key cache (`PredicateKeys`) every time.
    func values(_ predicate: String) -> [Term] {
        let key = session.predicateKeys.key(predicate)
        guard present.mayContain(key), let first = statements.firstIndex(where: { $0.key == key }) else { return [] }
        read.insert(key)
        var out = [value(statements[first].value)]
        for i in (first + 1)..<statements.count where statements[i].key == key {
            out.append(value(statements[i].value))
        }
        return out
    }

    /// A value as a term; an IRI's string is remembered by its address so the record can find its id again.
    @inline(__always)
    private func value(_ id: TermID) -> Term {
        let t = session.graph.term(id)
        if case .iri(let i) = t { session.iriAddresses.note(i.value, id) }
        return t
    }

    func first(_ predicate: String) -> Term? { values(predicate).first }

    func has(_ predicate: String) -> Bool {
        let key = session.predicateKeys.key(predicate)
        return present.mayContain(key) && statements.contains { $0.key == key }
    }

    func isA(_ cls: String) -> Bool { types.contains(cls) }

    /// The id of a blank node among this node's values.
    func id(ofBlank label: String) -> TermID? {
        for s in statements where session.graph.isBlank(s.value) {
            if case .blank(let b) = session.graph.term(s.value), b.id == label { return s.value }
        }
        return nil
    }

    /// Predicates present but never read, sorted.
    var unread: [String] {
        var keys: [Int32] = []
        if statements.count <= 64 {
            // A node has a few dozen statements and most are read: lists beat hashing here.
            for s in statements where !read.contains(s.key) && !keys.contains(s.key) { keys.append(s.key) }
        } else {
            // A node with thousands of predicates (hostile or generated) must not cost their square.
            var seen = Set<Int32>()
            keys = statements.map(\.key).filter { !read.contains($0) && seen.insert($0).inserted }
        }
        return keys.map(session.predicateKeys.iri).sortedIfNeeded()
    }
}

/// A predicate as the mapper reads it: its canonical IRI, whether the feed used an alias, and its key.
struct CanonicalPredicate {
    var iri: String
    var isAlias: Bool
    var key: Int32
}

/// A set of predicate keys, exact: a bit for each key below 255 (a view's own allocation-free set; the
/// list it replaced was one more array a node) and a list for the rest.
struct KeySet {
    private var low = KeyBits()
    private var high: [Int32] = []

    @inline(__always)
    func contains(_ key: Int32) -> Bool { key >= 0 && key < 255 ? low.mayContain(key) : high.contains(key) }

    @inline(__always)
    mutating func insert(_ key: Int32) {
        if key >= 0 && key < 255 { low.insert(key) } else if !high.contains(key) { high.append(key) }
    }
}

/// A 256-bit set of small keys; keys of 255 and above all share bit 255, so a set bit means "maybe".
struct KeyBits {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    @inline(__always)
    private static func bit(_ key: Int32) -> (word: Int, mask: UInt64) {
        let k = Int(min(max(key, 0), 255))
        return (k >> 6, 1 << UInt64(k & 63))
    }

    mutating func insert(_ key: Int32) {
        let (w, m) = KeyBits.bit(key)
        switch w {
        case 0: words.0 |= m
        case 1: words.1 |= m
        case 2: words.2 |= m
        default: words.3 |= m
        }
    }

    func mayContain(_ key: Int32) -> Bool {
        let (w, m) = KeyBits.bit(key)
        switch w {
        case 0: return words.0 & m != 0
        case 1: return words.1 & m != 0
        case 2: return words.2 & m != 0
        default: return words.3 & m != 0
        }
    }
}
