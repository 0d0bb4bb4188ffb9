/// An IRI, kept as its exact string. Readers resolve relative references before they build one,
/// so an `IRI` in a graph is always absolute (except where a caller builds one by hand).
public struct IRI: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String
    @inlinable public init(_ value: String) { self.value = value }
    public var description: String { "<\(value)>" }
    public static func < (a: IRI, b: IRI) -> Bool { a.value < b.value }
}

/// A blank node label, local to the document or graph it came from.
public struct BlankNode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let id: String
    @inlinable public init(_ id: String) { self.id = id }
    public var description: String { "_:\(id)" }
    public static func < (a: BlankNode, b: BlankNode) -> Bool { a.id < b.id }
}

/// An RDF 1.1 literal. Every literal has a datatype: a simple literal is `xsd:string`, a
/// language-tagged one is `rdf:langString` (RDF 1.1 §3.3). Language tags are stored lower-cased,
/// since RDF 1.1 lets implementations normalise their case and comparison must ignore it.
///
/// Stored as the lexical form, one string for whatever follows it and a byte saying which that is:
/// 33 bytes instead of the four strings (64 bytes) the properties read as. A literal is copied with
/// every term, triple and graph entry, so the datatype, language and direction that most literals do
/// not have cost neither memory nor retains.
public struct Literal: Hashable, Sendable, CustomStringConvertible {
    public let lexical: String
    /// By `form`: empty, the language tag, the datatype IRI, or the language tag's UTF-8 length, `:`,
    /// the tag and the direction (a length prefix, so no tag or direction can be misread).
    let annotation: String
    let form: Form

    @usableFromInline enum Form: UInt8, Sendable {
        case simple, language, typed, directional
    }

    @inlinable public init(_ lexical: String) {
        self.init(lexical, annotation: "", form: .simple)
    }

    public init(_ lexical: String, datatype: IRI) {
        if datatype == XSD.string {
            self.init(lexical, annotation: "", form: .simple)
        } else {
            self.init(lexical, annotation: datatype.value, form: .typed)
        }
    }

    public init(_ lexical: String, language: String, direction: String? = nil) {
        let language = Literal.normalizeLanguage(language)
        if let direction {
            self.init(lexical, annotation: "\(language.utf8.count):\(language)\(direction)", form: .directional)
        } else {
            self.init(lexical, annotation: language, form: .language)
        }
    }

    @usableFromInline init(_ lexical: String, annotation: String, form: Form) {
        self.lexical = lexical
        self.annotation = annotation
        self.form = form
    }

    public var datatype: IRI {
        switch form {
        case .simple: XSD.string
        case .language: RDFVocab.langString
        case .typed: IRI(annotation)
        case .directional: RDFVocab.dirLangString
        }
    }

    public var language: String? {
        switch form {
        case .language: annotation
        case .directional: directional.language
        case .simple, .typed: nil
        }
    }

    /// Initial text direction (`ltr`/`rtl`) for JSON-LD's `i18n-datatype`/`compound-literal` output;
    /// nil for every ordinary literal.
    public var direction: String? { form == .directional ? directional.direction : nil }

    /// The tag and direction of a directional literal, from their length-prefixed annotation.
    private var directional: (language: String, direction: String) {
        let bytes = Array(annotation.utf8)
        let colon = bytes.firstIndex(of: UInt8(ascii: ":")) ?? 0
        let length = Int(String(decoding: bytes[..<colon], as: UTF8.self)) ?? 0
        let tagEnd = min(bytes.count, colon + 1 + length)
        return (String(decoding: bytes[(colon + 1)..<tagEnd], as: UTF8.self),
                String(decoding: bytes[tagEnd...], as: UTF8.self))
    }

    /// Lower-cases an ASCII language tag without allocating when it already is lower-case.
    public static func normalizeLanguage(_ tag: String) -> String {
        var needs = false
        for b in tag.utf8 where b >= 65 && b <= 90 { needs = true; break }
        return needs ? tag.lowercased() : tag
    }

    /// Feeds the literal to `h` as `StableHasher.hash` hashes it (lexical form, datatype IRI, language or
    /// "", direction or ""), without building the datatype, language and direction strings the accessors
    /// return: canonicalising a record hashes every literal it holds.
    @inline(__always)
    func combineStably(into h: inout StableHasher) {
        h.combine(lexical)
        switch form {
        case .simple: h.combine(XSD.string.value); h.combine(""); h.combine("")
        case .language: h.combine(RDFVocab.langString.value); h.combine(annotation); h.combine("")
        case .typed: h.combine(annotation); h.combine(""); h.combine("")
        case .directional:
            let d = directional
            h.combine(RDFVocab.dirLangString.value); h.combine(d.language); h.combine(d.direction)
        }
    }

    /// True for `xsd:string` literals (the "plain" literals of RDF 1.0).
    public var isSimple: Bool { form == .simple }

    public var description: String {
        var s = "\"\(lexical)\""
        if let language { s += "@\(language)" } else if datatype != XSD.string { s += "^^\(datatype)" }
        return s
    }
}

/// Any RDF term. Subjects are IRIs or blank nodes; the type does not forbid a literal subject
/// because JSON-LD's generalized RDF and graph algorithms want one term type.
public enum Term: Hashable, Sendable, CustomStringConvertible {
    case iri(IRI)
    case blank(BlankNode)
    case literal(Literal)

    @inlinable public static func iri(_ s: String) -> Term { .iri(IRI(s)) }
    @inlinable public static func blank(_ s: String) -> Term { .blank(BlankNode(s)) }

    public var iri: IRI? { if case .iri(let i) = self { return i }; return nil }
    public var blankNode: BlankNode? { if case .blank(let b) = self { return b }; return nil }
    public var literal: Literal? { if case .literal(let l) = self { return l }; return nil }
    public var isBlank: Bool { if case .blank = self { return true }; return false }
    public var isIRI: Bool { if case .iri = self { return true }; return false }
    public var isLiteral: Bool { if case .literal = self { return true }; return false }

    public var description: String {
        switch self {
        case .iri(let i): return i.description
        case .blank(let b): return b.description
        case .literal(let l): return l.description
        }
    }
}

/// One statement.
public struct Triple: Hashable, Sendable, CustomStringConvertible {
    public var subject: Term
    public var predicate: IRI
    public var object: Term

    @inlinable public init(_ subject: Term, _ predicate: IRI, _ object: Term) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    public var description: String { "\(subject) \(predicate) \(object) ." }
}

/// A triple in a named graph (or the default graph when `graph` is nil).
public struct Quad: Hashable, Sendable, CustomStringConvertible {
    public var triple: Triple
    public var graph: Term?

    @inlinable public init(_ triple: Triple, graph: Term? = nil) {
        self.triple = triple
        self.graph = graph
    }

    public var description: String {
        guard let graph else { return triple.description }
        return "\(triple.subject) \(triple.predicate) \(triple.object) \(graph) ."
    }
}
