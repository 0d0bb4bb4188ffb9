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

/// Everything needed while one record (dataset, service or catalog) is mapped: the graph, the session's
/// caches, and the record's notes.
final class RecordContext {
    let session: MappingSession
    let notes = NoteCollector()

    init(session: MappingSession) { self.session = session }

    var graph: Graph { session.graph }

    /// The node's statements grouped by canonical predicate; alias predicates met become notes.
    func view(_ term: Term) -> NodeView {
        view(term, id: graph.id(of: term))
    }

    /// `view(_:)` when the caller already knows the node's id.
    func view(_ term: Term, id: TermID?) -> NodeView {
        let v = NodeView(term: term, id: id, session: session)
        for (alias, canonical) in v.aliases {
            notes.add(.legacyPredicate, canonical, alias, canonical, "read \(Aliases.short(alias)) as \(Aliases.short(canonical))")
        }
        return v
    }

    /// True when the node has statements of its own (so it is worth a view).
    func hasStatements(_ term: Term) -> Bool {
        guard let id = graph.id(of: term) else { return false }
        return graph.outDegree(id) > 0
    }
}
