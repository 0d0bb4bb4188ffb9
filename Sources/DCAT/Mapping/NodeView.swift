import RDF

/// The statements of one node grouped by canonical predicate (aliases resolved), built from one lookup.
/// Records which predicates the mapper read, so the rest can be reported as unmapped.
final class NodeView {
    let term: Term
    private(set) var props: [String: [Term]] = [:]
    private(set) var types: [String] = []
    /// (alias, canonical) pairs met on this node.
    private(set) var aliases: [(String, String)] = []
    /// Predicates asked for; a short list, turned into a set only when `unread` is wanted.
    private var read: [String] = [P.type]

    init(term: Term, triples: [Triple], canonical: (String) -> (String, Bool)) {
        self.term = term
        for t in triples {
            let (p, alias) = canonical(t.predicate.value)
            if alias { aliases.append((t.predicate.value, p)) }
            if p == P.type, case .iri(let cls) = t.object {
                let (c, classAlias) = canonical(cls.value)
                if classAlias { aliases.append((cls.value, c)) }
                types.append(c)
            }
            props[p, default: []].append(t.object)
        }
    }

    var iri: String? { term.iri?.value }
    var isEmpty: Bool { props.isEmpty }

    func values(_ predicate: String) -> [Term] {
        read.append(predicate)
        return props[predicate] ?? []
    }

    func first(_ predicate: String) -> Term? { values(predicate).first }

    func has(_ predicate: String) -> Bool { props[predicate] != nil }

    func isA(_ cls: String) -> Bool { types.contains(cls) }

    /// Predicates present but never read, sorted.
    var unread: [String] {
        let asked = Set(read)
        return props.keys.filter { !asked.contains($0) }.sorted()
    }
}
