/// The serializations Oogst reads and writes.
public enum RDFFormat: String, CaseIterable, Sendable, CustomStringConvertible {
    case nTriples = "ntriples"
    case nQuads = "nquads"
    case turtle
    case rdfXML = "rdfxml"
    case jsonLD = "jsonld"

    public var description: String { rawValue }

    /// Media types, preferred first. `Accept` headers and `Content-Type` detection both use these.
    public var mediaTypes: [String] {
        switch self {
        case .nTriples: return ["application/n-triples", "text/plain"]
        case .nQuads: return ["application/n-quads"]
        case .turtle: return ["text/turtle", "application/x-turtle", "application/turtle"]
        case .rdfXML: return ["application/rdf+xml", "application/xml", "text/xml"]
        case .jsonLD: return ["application/ld+json", "application/json"]
        }
    }

    public var fileExtensions: [String] {
        switch self {
        case .nTriples: return ["nt"]
        case .nQuads: return ["nq"]
        case .turtle: return ["ttl", "turtle"]
        case .rdfXML: return ["rdf", "xml", "owl"]
        case .jsonLD: return ["jsonld", "json"]
        }
    }

    /// Accepts the names people type: `rdfxml`, `rdf/xml`, `xml`, `ttl`, `nt`, `n-triples`, `json-ld`...
    public init?(name: String) {
        switch name.lowercased() {
        case "ntriples", "n-triples", "nt": self = .nTriples
        case "nquads", "n-quads", "nq": self = .nQuads
        case "turtle", "ttl": self = .turtle
        case "rdfxml", "rdf/xml", "rdf-xml", "xml", "rdf": self = .rdfXML
        case "jsonld", "json-ld", "json": self = .jsonLD
        default: return nil
        }
    }

    /// From a `Content-Type` value such as `text/turtle; charset=utf-8`. Generic types (`text/plain`,
    /// `application/xml`, `application/json`) count, since many portals serve RDF under them.
    public init?(mediaType: String) {
        let essence = mediaType.split(separator: ";").first.map { $0.trimmingWhitespace().lowercased() } ?? ""
        guard let f = RDFFormat.allCases.first(where: { $0.mediaTypes.contains(essence) }) else { return nil }
        self = f
    }

    /// From a file name or URL path; a trailing `.gz` is looked through.
    public init?(fileName: String) {
        var name = fileName.lowercased()
        if let q = name.firstIndex(where: { $0 == "?" || $0 == "#" }) { name = String(name[..<q]) }
        if name.hasSuffix(".gz") { name.removeLast(3) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let ext = String(name[name.index(after: dot)...])
        guard let f = RDFFormat.allCases.first(where: { $0.fileExtensions.contains(ext) }) else { return nil }
        self = f
    }

    /// Guesses from the first bytes of a document: `<?xml`/`<rdf:RDF` is RDF/XML, `{`/`[` is JSON-LD,
    /// `@prefix`/`PREFIX`/`@base` is Turtle, and a first statement of `<…> <…>` or `_:` is N-Triples
    /// (Turtle would read it too, so that guess is safe).
    public init?(sniffing bytes: some Collection<UInt8>) {
        var text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // Skip blank lines and comments.
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingWhitespace() }
        lines.removeAll { $0.isEmpty || ($0.hasPrefix("#") && !$0.hasPrefix("#!")) }
        guard let first = lines.first else { return nil }
        let lower = first.lowercased()
        if first.hasPrefix("<?xml") || lower.hasPrefix("<rdf:rdf") || first.hasPrefix("<!--") || lower.hasPrefix("<!doctype") {
            self = .rdfXML
        } else if first.hasPrefix("{") || first.hasPrefix("[") {
            self = .jsonLD
        } else if lower.hasPrefix("@prefix") || lower.hasPrefix("@base") || lower.hasPrefix("prefix ") || lower.hasPrefix("base ") {
            self = .turtle
        } else if first.hasPrefix("<") || first.hasPrefix("_:") {
            // A complete N-Triples statement ends with " ." and has no prefixed names; otherwise Turtle.
            self = first.hasSuffix(".") && !first.contains(";") && !first.contains("[") ? .nTriples : .turtle
        } else if first.hasPrefix("<") == false, first.contains(":") {
            self = .turtle
        } else {
            return nil
        }
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
