/// One term definition of an active context (JSON-LD 1.1 API §4.1).
struct TermDefinition: Sendable {
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
    var container: Set<String> = []
    /// The direction mapping; `hasDirection` distinguishes "not set" from an explicit null.
    var direction: String?
    var hasDirection = false
    var index: String?
    var language: String?
    var hasLanguage = false
    var nest: String?
    var typeMapping: String?

    /// Same definition apart from the protected flag (what "protected term redefinition" compares).
    func sameAs(_ o: TermDefinition) -> Bool {
        iri == o.iri && prefix == o.prefix && reverse == o.reverse && context == o.context
            && container == o.container && direction == o.direction && hasDirection == o.hasDirection
            && index == o.index && language == o.language && hasLanguage == o.hasLanguage && nest == o.nest
            && typeMapping == o.typeMapping
    }
}

/// The active context: term definitions and defaults in force at a point of the document. A class, so
/// the processor can cache contexts derived from it by identity; it is copied before every change.
final class ActiveContext {
    var terms: [String: TermDefinition] = [:]
    var baseIRI: String?
    var originalBaseURL: String?
    var vocab: String?
    var defaultLanguage: String?
    var defaultDirection: String?
    /// Set by a type-scoped (non-propagated) context: the context to return to for new node objects.
    var previousContext: ActiveContext?
    var hasProtectedTerms = false

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
        c.hasProtectedTerms = hasProtectedTerms
        return c
    }
}

enum Keywords {
    static let all: Set<String> = [
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index",
        "@json", "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse",
        "@set", "@type", "@value", "@version", "@vocab",
    ]

    @inline(__always) static func isKeyword(_ s: String) -> Bool {
        s.utf8.first == UInt8(ascii: "@") && all.contains(s)
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
        var hashes = 0
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "#"):
                hashes += 1
                if hashes > 1 { return false }
            case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "{"),
                UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "`"):
                return false
            default: continue
            }
        }
        return true
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
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, first.count <= 8,
            first.utf8.allSatisfy({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 })
        else { return false }
        for p in parts.dropFirst() {
            guard !p.isEmpty, p.count <= 8,
                p.utf8.allSatisfy({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || ($0 >= 48 && $0 <= 57) })
            else { return false }
        }
        return true
    }
}
