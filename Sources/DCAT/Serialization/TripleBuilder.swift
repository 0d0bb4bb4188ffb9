import RDF

/// Accumulates triples for the serializer, with fresh blank nodes and helpers for model values.
struct TripleBuilder {
    var triples: [Triple] = []
    let labeler: BlankNodeLabeler

    init(prefix: String) { labeler = BlankNodeLabeler(prefix: prefix) }

    mutating func node(_ iri: String?) -> Term {
        if let iri { return .iri(IRI(iri)) }
        return .blank(labeler.fresh())
    }

    mutating func add(_ s: Term, _ p: String, _ o: Term) { triples.append(Triple(s, IRI(p), o)) }

    mutating func type(_ s: Term, _ classes: [String]) {
        for c in classes { add(s, P.type, .iri(IRI(c))) }
    }

    mutating func iri(_ s: Term, _ p: String, _ value: String?) {
        if let value { add(s, p, .iri(IRI(value))) }
    }

    mutating func iris(_ s: Term, _ p: String, _ values: [String]) {
        for v in values { add(s, p, .iri(IRI(v))) }
    }

    mutating func literal(_ s: Term, _ p: String, _ value: String?, datatype: IRI? = nil) {
        guard let value else { return }
        add(s, p, .literal(datatype.map { Literal(value, datatype: $0) } ?? Literal(value)))
    }

    mutating func text(_ s: Term, _ p: String, _ text: LocalizedText) {
        for v in text.values {
            add(s, p, .literal(v.language.map { Literal(v.value, language: $0) } ?? Literal(v.value)))
        }
    }

    mutating func date(_ s: Term, _ p: String, _ d: DateValue?) {
        guard let d else { return }
        add(s, p, .literal(Literal(d.value, datatype: IRI(d.datatype))))
    }

    /// An IRI when the value is one (`http…`, `mailto:`…), else a plain literal.
    mutating func iriOrLiteral(_ s: Term, _ p: String, _ value: String?) {
        guard let value else { return }
        if value.contains(":") && !value.contains(" ") { add(s, p, .iri(IRI(value))) } else { literal(s, p, value) }
    }

    /// A concept: its IRI (with labels as skos:prefLabel), or a blank node carrying only labels.
    mutating func concept(_ s: Term, _ p: String, _ c: Concept?, labelPredicate: String = P.prefLabel) {
        guard let c else { return }
        let n = node(c.iri)
        add(s, p, n)
        text(n, labelPredicate, c.label)
    }

    mutating func geometry(_ s: Term, _ p: String, _ g: Location.Geometry?) {
        guard let g else { return }
        literal(s, p, g.value, datatype: g.datatype.map(IRI.init))
    }
}
