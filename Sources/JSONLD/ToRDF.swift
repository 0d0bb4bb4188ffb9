import RDF

/// JSON-LD 1.1 API §8.1 Deserialize JSON-LD to RDF, working directly on expanded JSON-LD.
///
/// The spec first builds a node map (flattening nested nodes, merging nodes with the same @id and
/// dropping duplicate values), then walks it. Walking the expanded tree and emitting each statement
/// where the node map would have put it gives the same dataset, merged; duplicates reach the sink more
/// than once, which RDF's set semantics absorbs. It also lets a streamed document emit node by node.
struct RDFEmitter {
    let labeler: BlankNodeLabeler
    let rdfDirection: JSONLDOptions.RDFDirection?

    /// Where statements go: the default graph, a named graph, or nowhere (a graph whose name is not a
    /// well-formed IRI).
    enum GraphTarget {
        case defaultGraph
        case named(Term)
        case skipped
    }

    /// Emits the statements of one top-level expanded item (a node object) into the default graph.
    func emitTopLevel<S: TripleSink>(_ item: JSONValue, into sink: inout S) throws {
        guard case .object(let o) = item, !o.has("@value"), !o.has("@list") else { return }
        _ = try emitNode(o, .defaultGraph, &sink)
    }

    private func emit<S: TripleSink>(_ s: Term, _ p: IRI, _ o: Term, _ g: GraphTarget, _ sink: inout S) throws {
        switch g {
        case .defaultGraph: try sink.add(s, p, o)
        case .named(let name): try sink.add(Triple(s, p, o), graph: name)
        case .skipped: break
        }
    }

    /// The RDF term for a node identifier; nil for a relative IRI (which RDF cannot hold).
    func term(_ id: String) -> Term? {
        if id.hasPrefix("_:") { return .blank(labeler.node(for: String(id.dropFirst(2)))) }
        return IRIForm.isWellFormed(id) ? .iri(IRI(id)) : nil
    }

    /// Emits a node object's statements and those of every node nested in it; returns its term.
    /// `subjectOverride` names the node when the streaming driver has already emitted statements about
    /// it (its `@id`, or the blank node it was given).
    @discardableResult
    func emitNode<S: TripleSink>(_ node: JSONObject, _ g: GraphTarget, _ sink: inout S, subjectOverride: Term? = nil) throws -> Term? {
        let subject: Term?
        if let subjectOverride {
            subject = subjectOverride
        } else if case .string(let id)? = node["@id"] {
            subject = term(id)
        } else if node.has("@id") {
            subject = nil
        } else {
            subject = .blank(labeler.fresh())
        }
        for (property, values) in node {
            // Keywords first start with '@'; most properties are IRIs and skip the string switch.
            switch property.utf8.first == UInt8(ascii: "@") ? property : "" {
            case "@id", "@index", "@context":
                continue
            case "@type":
                guard let subject else { continue }
                var seen = SeenTerms()
                for t in values.asArray {
                    if case .string(let ts) = t, let tt = term(ts), seen.insert(tt) {
                        try emit(subject, RDFVocab.type, tt, g, &sink)
                    }
                }
            case "@reverse":
                guard case .object(let reverseMap) = values else { continue }
                for (rp, items) in reverseMap {
                    let predicate = predicateIRI(rp)
                    for item in items.asArray {
                        guard case .object(let o) = item else { continue }
                        let other = try emitNode(o, g, &sink)
                        if let subject, let other, let predicate { try emit(other, predicate, subject, g, &sink) }
                    }
                }
            case "@graph":
                let target: GraphTarget = subject.map { .named($0) } ?? .skipped
                for item in values.asArray {
                    guard case .object(let o) = item, !o.has("@value"), !o.has("@list") else { continue }
                    try emitNode(o, target, &sink)
                }
            case "@included":
                for item in values.asArray {
                    guard case .object(let o) = item else { continue }
                    try emitNode(o, g, &sink)
                }
            default:
                if Keywords.isKeyword(property) { continue }
                let predicate = predicateIRI(property)
                let live = subject != nil && predicate != nil
                var seen = SeenTerms()
                for item in values.asArray {
                    let object = try objectTerm(item, g, emitList: live, &sink)
                    if let subject, let predicate, let object, seen.insert(object) {
                        try emit(subject, predicate, object, g, &sink)
                    }
                }
            }
        }
        return subject
    }

    /// The objects already emitted for one property of one node, so a value repeated there (as the
    /// node map would merge it) is emitted once. Linear while small, hashed beyond.
    /// The first object is kept inline: most properties have one value, and an array for it was an
    /// allocation per property of every node.
    struct SeenTerms {
        private var first: Term?
        private var more: [Term] = []
        private var large: Set<Term>?

        /// False when `t` was already there.
        mutating func insert(_ t: Term) -> Bool {
            if var set = large {
                large = nil  // keep the set uniquely referenced while inserting
                defer { large = set }
                return set.insert(t).inserted
            }
            guard let first else {
                self.first = t
                return true
            }
            if first == t || more.contains(t) { return false }
            more.append(t)
            if more.count > 7 {
                large = Set(more + [first])
                more = []
            }
            return true
        }
    }

    /// Emits one expanded value of `property` of `subject` (in the default graph): what a node's
    /// property loop does for one item, for values streamed one at a time.
    func emitPropertyValue<S: TripleSink>(subject: Term?, property: String, _ item: JSONValue, into sink: inout S) throws {
        let predicate = predicateIRI(property)
        let object = try objectTerm(item, .defaultGraph, emitList: subject != nil && predicate != nil, &sink)
        if let subject, let predicate, let object { try emit(subject, predicate, object, .defaultGraph, &sink) }
    }

    /// A property as a predicate: nil for blank node identifiers (generalized RDF) and relative IRIs.
    private func predicateIRI(_ p: String) -> IRI? {
        if p.hasPrefix("_:") || !IRIForm.isWellFormed(p) { return nil }
        return IRI(p)
    }

    /// §8.1.4 Object to RDF (and §8.1.5 List to RDF). `emitList` is false when the statement holding the
    /// object will be dropped: the list's own cells are then not emitted, but nodes inside still are.
    private func objectTerm<S: TripleSink>(_ item: JSONValue, _ g: GraphTarget, emitList: Bool, _ sink: inout S) throws -> Term? {
        guard case .object(let o) = item else { return nil }
        if let list = o["@list"] {
            let items = list.asArray
            if items.isEmpty { return .iri(RDFVocab.nil_) }
            var objects: [Term?] = []
            objects.reserveCapacity(items.count)
            for x in items { objects.append(try objectTerm(x, g, emitList: emitList, &sink)) }
            guard emitList else { return nil }
            let cells = objects.map { _ in Term.blank(labeler.fresh()) }
            for (i, cell) in cells.enumerated() {
                if let obj = objects[i] { try emit(cell, RDFVocab.first, obj, g, &sink) }
                let rest: Term = i + 1 < cells.count ? cells[i + 1] : .iri(RDFVocab.nil_)
                try emit(cell, RDFVocab.rest, rest, g, &sink)
            }
            return cells[0]
        }
        if o.has("@value") { return try literal(o, g, &sink) }
        return try emitNode(o, g, &sink)
    }

    private func literal<S: TripleSink>(_ o: JSONObject, _ g: GraphTarget, _ sink: inout S) throws -> Term? {
        guard let value = o["@value"] else { return nil }
        let datatype = o["@type"]?.stringValue
        if let datatype, datatype != "@json", !IRIForm.isWellFormed(datatype) { return nil }
        let language = o["@language"]?.stringValue
        if let language, !IRIForm.isWellFormedLanguage(language) { return nil }
        var lexical: String
        var dt: IRI
        if datatype == "@json" {
            lexical = JCS.canonicalize(value)
            dt = RDFVocab.json
        } else {
            switch value {
            case .bool, .number:
                guard let form = Self.lexicalForm(of: value, datatype: datatype) else { return nil }
                (lexical, dt) = form
            case .string(let s):
                if rdfDirection == nil || o["@direction"] == nil {
                    return Self.stringLiteral(s, datatype: datatype, language: language)
                }
                lexical = s
                dt = datatype.map(IRI.init) ?? (language != nil ? RDFVocab.langString : XSD.string)
            default:
                return nil
            }
        }
        if case .string(let direction)? = o["@direction"], let mode = rdfDirection {
            let lang = language?.lowercased() ?? ""
            switch mode {
            case .i18nDatatype:
                return .literal(Literal(lexical, datatype: IRI("https://www.w3.org/ns/i18n#\(lang)_\(direction)")))
            case .compoundLiteral:
                let b = Term.blank(labeler.fresh())
                try emit(b, RDFVocab.value, .literal(Literal(lexical)), g, &sink)
                if let language { try emit(b, RDFVocab.language, .literal(Literal(language.lowercased())), g, &sink) }
                try emit(b, RDFVocab.direction, .literal(Literal(direction)), g, &sink)
                return b
            }
        }
        if let language, dt == RDFVocab.langString { return .literal(Literal(lexical, language: language)) }
        return .literal(Literal(lexical, datatype: dt))
    }

    /// §8.1.4's lexical form and datatype of a boolean or number (nil for other values): integral
    /// numbers below 10^21 as `xsd:integer` unless `datatype` is `xsd:double`, others in the canonical
    /// double form.
    static func lexicalForm(of value: JSONValue, datatype: String?) -> (String, IRI)? {
        switch value {
        case .bool(let b):
            return (b ? "true" : "false", datatype.map(IRI.init) ?? XSD.boolean)
        case .number(let n):
            let d = n.value
            if d.truncatingRemainder(dividingBy: 1) != 0 || abs(d) >= 1e21 || !d.isFinite || datatype == XSD.double.value {
                return (JCS.xsdDouble(d), datatype.map(IRI.init) ?? XSD.double)
            }
            return (JCS.xsdInteger(d), datatype.map(IRI.init) ?? XSD.integer)
        default:
            return nil
        }
    }

    /// The literal of a string value without a base direction that reaches RDF. `datatype` and `language`
    /// are the value object's (well-formedness already checked by the caller).
    static func stringLiteral(_ s: String, datatype: String?, language: String?) -> Term {
        if let datatype { return .literal(Literal(s, datatype: IRI(datatype))) }
        if let language { return .literal(Literal(s, language: language)) }
        return .literal(Literal(s, datatype: XSD.string))
    }
}
