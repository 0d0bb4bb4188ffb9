import RDF

/// Collects the notes of one record, once each.
final class NoteCollector {
    private var list: [NormalizationNote] = []
    private var seen: Set<NormalizationNote> = []

    /// Sorted, so the notes do not depend on the order a serialisation happened to list statements in.
    var notes: [NormalizationNote] {
        list.sorted { ($0.property, $0.kind.rawValue, $0.original, $0.normalized ?? "") < ($1.property, $1.kind.rawValue, $1.original, $1.normalized ?? "") }
    }

    func add(_ kind: NormalizationNote.Kind, _ property: String, _ original: String, _ normalized: String? = nil,
             _ message: String) {
        let n = NormalizationNote(kind, property: Aliases.short(property), original: original,
                                  normalized: normalized, message: message)
        if seen.insert(n).inserted { list.append(n) }
    }
}

/// Everything needed while one record (dataset, service or catalog) is mapped: the graph, the record's
/// own statements (already fetched while its subgraph was collected), and its notes.
final class RecordContext {
    let session: MappingSession
    let notes = NoteCollector()
    /// Statements of the nodes in this record's subgraph, by subject.
    var local: [Term: [Triple]] = [:]

    init(session: MappingSession) { self.session = session }

    var graph: Graph { session.graph }

    func statements(_ term: Term) -> [Triple] {
        if let t = local[term] { return t }
        return graph.triples(about: term)
    }

    func view(_ term: Term) -> NodeView {
        let v = NodeView(term: term, triples: statements(term), canonical: session.canonical)
        for (alias, canonical) in v.aliases {
            notes.add(.legacyPredicate, canonical, alias, canonical, "read \(Aliases.short(alias)) as \(Aliases.short(canonical))")
        }
        return v
    }

    /// True when the node has statements of its own (so it is worth a view).
    func hasStatements(_ term: Term) -> Bool {
        if let t = local[term] { return !t.isEmpty }
        return !graph.triples(about: term).isEmpty
    }
}
