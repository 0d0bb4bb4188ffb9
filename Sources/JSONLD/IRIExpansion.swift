/// JSON-LD 1.1 API §5.2 IRI Expansion.
extension Processor {
    /// Expands `value` (a term, compact IRI, keyword alias or relative IRI) to an IRI, blank node
    /// identifier or keyword; nil when it maps to null or has the form of a reserved keyword.
    func expandIRI(_ active: ActiveContext, _ value: String, documentRelative: Bool = false, vocab: Bool = false) throws -> String? {
        var defined: [String: Bool] = [:]
        return try expandIRI(active, value, documentRelative: documentRelative, vocab: vocab, local: nil, defined: &defined)
    }

    func expandIRI(
        _ active: ActiveContext, _ value: String, documentRelative: Bool = false, vocab: Bool = false,
        local: JSONObject?, defined: inout [String: Bool]
    ) throws -> String? {
        if Keywords.isKeyword(value) { return value }
        if Keywords.hasKeywordForm(value) { return nil }
        if let local, local.has(value), defined[value] != true {
            try createTermDefinition(active, local, value, &defined, baseURL: termEnv.baseURL, protected: termEnv.protected, overrideProtected: termEnv.overrideProtected, remoteContexts: termEnv.remoteContexts)
        }
        if let def = active.terms[value] {
            if let iri = def.iri, Keywords.isKeyword(iri) { return iri }
            if vocab { return def.iri }
        }
        let u = value.utf8
        if let colon = u.dropFirst().firstIndex(of: UInt8(ascii: ":")) {
            let suffix = value[value.index(after: colon)...]
            // "scheme://…" is an absolute IRI whatever the prefix: skip building and looking up the prefix.
            if suffix.utf8.starts(with: "//".utf8) { return value }
            let prefix = String(value[..<colon])
            if prefix == "_" { return value }
            if let local, local.has(prefix), defined[prefix] != true {
                try createTermDefinition(active, local, prefix, &defined, baseURL: termEnv.baseURL, protected: termEnv.protected, overrideProtected: termEnv.overrideProtected, remoteContexts: termEnv.remoteContexts)
            }
            if let def = active.terms[prefix], let iri = def.iri, def.prefix {
                return iri + suffix
            }
            if IRIForm.isAbsolute(value) { return value }
        }
        if vocab, let v = active.vocab { return v + value }
        if documentRelative {
            if let base = active.baseIRI { return resolver(base).resolve(value) }
            return value
        }
        return value
    }
}
