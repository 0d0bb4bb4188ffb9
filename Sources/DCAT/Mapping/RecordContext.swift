import RDF

/// Collects the notes of one record, once each.
final class NoteCollector {
    private var list: [NormalizationNote] = []
    private var seen: Set<NormalizationNote> = []

    /// Sorted, so the notes do not depend on the order a serialisation happened to list statements in.
    var notes: [NormalizationNote] {
        list.count < 2 ? list : list.sorted { ($0.property, $0.kind.rawValue, $0.original, $0.normalized ?? "") < ($1.property, $1.kind.rawValue, $1.original, $1.normalized ?? "") }
    }

    /// Notes added since each open capture began (innermost last), duplicates included: a remembered
    /// value must give every note again, also those this record already had.
    private var captures: [[NormalizationNote]] = []

    func add(_ kind: NormalizationNote.Kind, _ property: String, _ original: String, _ normalized: String? = nil,
             _ message: String) {
        add(NormalizationNote(kind, property: Aliases.short(property), original: original,
                              normalized: normalized, message: message))
    }

    func add(_ n: NormalizationNote) {
        for i in captures.indices { captures[i].append(n) }
        if seen.insert(n).inserted { list.append(n) }
    }

    func beginCapture() { captures.append([]) }

    func endCapture() -> [NormalizationNote] { captures.removeLast() }
}

/// Everything needed while one record (dataset, service or catalog) is mapped: the graph, the session's
/// caches, and the record's notes.
final class RecordContext {
    let session: MappingSession
    let notes = NoteCollector()
    /// A view built for this record: of its own node (never handed out again: its read marks give the
    /// record's unmapped predicates) or of a value node (a node is often read twice, for its values and
    /// its labels).
    private struct BuiltView {
        let id: TermID?
        let view: NodeView
        let isRecordNode: Bool
        var notesAdded: Bool
    }
    private var views: [BuiltView] = []

    init(session: MappingSession) { self.session = session }

    /// The id of a node: an IRI by its string's address, a blank node among the values this record's views
    /// have met (no hashing either way), else the graph's answer.
    func id(of term: Term) -> TermID? {
        if case .iri(let i) = term {
            if let id = session.iriAddresses.id(of: i.value) { return id }
            return session.graph.id(of: term)
        }
        if case .blank(let b) = term {
            for v in views { if let id = v.view.id(ofBlank: b.id) { return id } }
        }
        return session.graph.id(of: term)
    }

    /// A value node's statements grouped by canonical predicate; alias predicates met become notes.
    func view(_ term: Term) -> NodeView {
        guard let id = id(of: term) else { return NodeView(id: nil, session: session) }
        return valueView(id: id, addingNotes: true)
    }

    /// A fresh view of the record's own node (its read marks give the record's unmapped predicates).
    func recordView(id: TermID?) -> NodeView {
        let v = NodeView(id: id, session: session)
        addAliasNotes(of: v)
        views.append(BuiltView(id: id, view: v, isRecordNode: true, notesAdded: true))
        return v
    }

    /// The view of a value node, built once per record.
    func valueView(id: TermID, addingNotes: Bool) -> NodeView {
        if let i = views.firstIndex(where: { !$0.isRecordNode && $0.id == id }) {
            if addingNotes && !views[i].notesAdded {
                addAliasNotes(of: views[i].view)
                views[i].notesAdded = true
            }
            return views[i].view
        }
        let v = NodeView(id: id, session: session)
        if addingNotes { addAliasNotes(of: v) }
        views.append(BuiltView(id: id, view: v, isRecordNode: false, notesAdded: addingNotes))
        return v
    }

    private func addAliasNotes(of v: NodeView) {
        for (alias, canonical) in v.aliases {
            notes.add(.legacyPredicate, canonical, alias, canonical, "read \(Aliases.short(alias)) as \(Aliases.short(canonical))")
        }
    }

    /// True when the node has statements of its own (so it is worth a view).
    func hasStatements(_ term: Term) -> Bool {
        guard let id = id(of: term) else { return false }
        return session.graph.outDegree(id) > 0
    }
}
