import RDF

/// What an IRI that many records use (a licence, a theme, a file type, a publisher) maps to, worked out
/// once per session. Mapping such a value reads the same statements and vocabularies for every record
/// that uses it; only the notes belong to each record, so they are remembered and given to each again.
final class SharedValues {
    struct Key: Hashable {
        var id: TermID
        /// Keys (in the session's `PredicateKeys`) of the property and the vocabulary: both go into notes.
        var property: Int32
        var vocabulary: Int32
    }

    struct Remembered<Value> {
        var value: Value
        var notes: [NormalizationNote]
    }

    /// One table per kind of value.
    final class Table<Value> {
        var entries: [Key: Remembered<Value>] = [:]
    }

    let concepts = Table<Concept?>()
    let formats = Table<Concept?>()
    let licences = Table<LicenseDocument?>()
    let accessRights = Table<RightsStatement?>()
    let agents = Table<Agent?>()
}

extension RecordContext {
    /// `compute()` for `term` once per session when the term is an IRI several statements use; the notes
    /// it adds are added again for every other record that meets the same value.
    func shared<V>(_ term: Term, _ table: SharedValues.Table<V>, _ property: String, vocabulary: String = "",
                   _ compute: () -> V) -> V {
        guard case .iri = term, let id = id(of: term), session.graph.inDegree(id) > 1 else { return compute() }
        let keys = session.predicateKeys
        let key = SharedValues.Key(id: id, property: keys.key(property),
                                   vocabulary: vocabulary.isEmpty ? -1 : keys.key(vocabulary))
        if let known = table.entries[key] {
            for n in known.notes { notes.add(n) }
            return known.value
        }
        notes.beginCapture()
        let value = compute()
        table.entries[key] = SharedValues.Remembered(value: value, notes: notes.endCapture())
        return value
    }
}
