import RDF

/// One term definition of an active context (JSON-LD 1.1 API §4.1). A class: it is looked up for
/// every key expanded, and sharing one instance is cheaper than copying a dozen fields. Never changed
/// after it is stored in a context.
final class TermDefinition {
    /// The IRI mapping: an IRI, a blank node identifier or a keyword; nil for a term that maps to null
    /// (which makes the term ignored).
    var iri: String?
    var prefix = false
    var protected = false
    var reverse = false
    /// The URL of the context that defined the term: scoped contexts resolve against it.
    var baseURL: String?
    /// A property- or type-scoped context.
    var context: JSONValue?
    var container: Container = []
    /// The direction mapping; `hasDirection` distinguishes "not set" from an explicit null.
    var direction: String?
    var hasDirection = false
    var index: String?
    var language: String?
    var hasLanguage = false
    var nest: String?
    var typeMapping: String?
    /// The IRI mapping as a predicate for `DirectEmitter`: nil for a blank node identifier, a keyword or
    /// an IRI RDF cannot hold. Worked out on first use, after the definition is complete.
    lazy var predicate: IRI? = {
        guard let iri, !iri.hasPrefix("_:"), IRIForm.isWellFormed(iri) else { return nil }
        return IRI(iri)
    }()

    /// Same definition apart from the protected flag (what "protected term redefinition" compares).
    func sameAs(_ o: TermDefinition) -> Bool {
        iri == o.iri && prefix == o.prefix && reverse == o.reverse && context == o.context
            && container == o.container && direction == o.direction && hasDirection == o.hasDirection
            && index == o.index && language == o.language && hasLanguage == o.hasLanguage && nest == o.nest
            && typeMapping == o.typeMapping
    }
}

/// A term's container mapping (`@container`), as flags: checked for every value expanded.
struct Container: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let graph = Container(rawValue: 1)
    static let id = Container(rawValue: 2)
    static let index = Container(rawValue: 4)
    static let language = Container(rawValue: 8)
    static let list = Container(rawValue: 16)
    static let set = Container(rawValue: 32)
    static let type = Container(rawValue: 64)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init?(keyword: String) {
        switch keyword {
        case "@graph": self = .graph
        case "@id": self = .id
        case "@index": self = .index
        case "@language": self = .language
        case "@list": self = .list
        case "@set": self = .set
        case "@type": self = .type
        default: return nil
        }
    }

    var count: Int { rawValue.nonzeroBitCount }
}

/// The active context: term definitions and defaults in force at a point of the document. A class, so
/// the processor can cache contexts derived from it by identity; it is copied before every change.
final class ActiveContext {
    var terms = TermDefinitions()
    var baseIRI: String?
    var originalBaseURL: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    /// Set by a type-scoped (non-propagated) context: the context to return to for new node objects.
    var previousContext: ActiveContext?
    /// Terms that alias @type (computed once per context: every node object checks its keys).
    lazy var typeAliases: [String] = terms.compactMap { $0.value.iri == "@type" ? $0.key : nil }
    /// True when some term aliases @value or @id (the revert check of type-scoped contexts).
    lazy var hasValueOrIdAliases: Bool = terms.values.contains { $0.iri == "@value" || $0.iri == "@id" }

    init(base: String?) {
        baseIRI = base
        originalBaseURL = base
    }

    private init() {}

    func copy() -> ActiveContext {
        let c = ActiveContext()
        c.terms = terms
        c.baseIRI = baseIRI
        c.originalBaseURL = originalBaseURL
        c.vocab = vocab
        c.defaultLanguage = defaultLanguage
        c.defaultDirection = defaultDirection
        c.previousContext = previousContext
        return c
    }
}

enum Keywords {
    /// A string switch beats hashing here: keywords are small strings, compared as raw bits.
    @inline(__always) static func isKeyword(_ s: String) -> Bool {
        guard s.utf8.first == UInt8(ascii: "@") else { return false }
        switch s {
        case "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
            "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
            "@set", "@type", "@value", "@version", "@vocab":
            return true
        default:
            return false
        }
    }

    /// "@" followed by one or more ASCII letters: reserved for future keywords, ignored with a warning.
    static func hasKeywordForm(_ s: String) -> Bool {
        let u = s.utf8
        guard u.count > 1, u.first == UInt8(ascii: "@") else { return false }
        for c in u.dropFirst() where !((c | 0x20) >= 97 && (c | 0x20) <= 122) { return false }
        return true
    }
}

enum IRIForm {
    /// Has a scheme, so it is an absolute IRI (JSON-LD's "has the form of an IRI").
    static func isAbsolute(_ s: String) -> Bool {
        var first = true
        for c in s.utf8 {
            if c == UInt8(ascii: ":") { return !first }
            let alpha = (c | 0x20) >= 97 && (c | 0x20) <= 122
            if first {
                guard alpha else { return false }
                first = false
            } else if !(alpha || (c >= 48 && c <= 57) || c == UInt8(ascii: "+") || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "."))
            {
                return false
            }
        }
        return false
    }

    static func isBlankNode(_ s: String) -> Bool { s.hasPrefix("_:") }

    /// An absolute IRI without characters RDF forbids in IRIs (spaces, `<>"{}|\^\``): what toRDF
    /// accepts as "well-formed".
    static func isWellFormed(_ s: String) -> Bool {
        guard isAbsolute(s) else { return false }
        var s = s
        // The table through a pointer taken once: indexing the static array checked its bounds at every byte.
        return iriExcluded.withUnsafeBufferPointer { excluded in
            s.withUTF8 { b in
                var hashes = 0
                for c in b where excluded[Int(c)] {
                    if c == UInt8(ascii: "#") {
                        hashes += 1
                        if hashes == 1 { continue }
                    }
                    return false
                }
                return true
            }
        }
    }

    /// Bytes that cannot appear in an IRI (and '#', allowed once).
    private static let iriExcluded: [Bool] = (0..<256).map { c in
        c <= 0x20 || "<>\"{}|\\^`#".utf8.contains(UInt8(c))
    }

    /// Ends with one of RFC 3986's gen-delims, so it can serve as a prefix for compact IRIs.
    static func endsWithGenDelim(_ s: String) -> Bool {
        guard let c = s.utf8.last else { return false }
        switch c {
        case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "@"):
            return true
        default: return false
        }
    }

    /// BCP 47 well-formedness, loosely: alphanumeric subtags of 1–8 characters, the first alphabetic.
    static func isWellFormedLanguage(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var length = 0
            var firstSubtag = true
            for c in b {
                if c == UInt8(ascii: "-") {
                    if length == 0 { return false }
                    length = 0
                    firstSubtag = false
                    continue
                }
                let alpha = (c | 0x20) >= 97 && (c | 0x20) <= 122
                guard alpha || (!firstSubtag && c >= 48 && c <= 57) else { return false }
                length += 1
                if length > 8 { return false }
            }
            return length > 0
        }
    }
}
