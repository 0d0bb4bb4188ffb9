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
        if let colon = Self.colon(in: value) {
            // "scheme://…" is an absolute IRI whatever the prefix: skip building and looking up the prefix.
            if colon.slashes { return value }
            let at = value.utf8.index(value.utf8.startIndex, offsetBy: colon.offset)
            let prefix = String(value[..<at])
            if prefix == "_" { return value }
            let suffix = value[value.utf8.index(after: at)...]
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

    /// Where the first ':' after the first character is (a UTF-8 offset), and whether "//" follows it.
    /// On the bytes: walking `String.Index`es for this was two thirds of expanding an absolute IRI.
    @inline(__always)
    static func colon(in value: String) -> (offset: Int, slashes: Bool)? {
        var value = value
        return value.withUTF8 { b in
            guard b.count > 1, let i = b[1...].firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return (i, i + 2 < b.count && b[i + 1] == UInt8(ascii: "/") && b[i + 2] == UInt8(ascii: "/"))
        }
    }
}
