import RDF

/// JSON-LD 1.1 API §4.1 Context Processing and §4.2 Create Term Definition.
extension Processor {
    /// Processes `local` against `active` and returns the new active context (`active` is not changed).
    func processContext(
        _ active: ActiveContext, _ local: JSONValue, baseURL: String?, remoteContexts: [String] = [],
        overrideProtected: Bool = false, propagate propagateIn: Bool = true, validateScoped: Bool = true,
        cache: Bool = false
    ) throws -> ActiveContext {
        // Scoped contexts recur for every node of a large document: reuse the result. Only contexts that
        // are finished (never mutated again) may be cache keys, so only expansion asks for caching.
        let cacheable = cache && remoteContexts.isEmpty
        let key = DerivedKey(
            parent: ObjectIdentifier(active), local: local, baseURL: baseURL,
            flags: (overrideProtected ? 1 : 0) | (propagateIn ? 2 : 0) | (validateScoped ? 4 : 0))
        if cacheable, let hit = derivedContexts[key], hit.parent === active { return hit.result }

        var result = active.copy()
        var propagate = propagateIn
        if case .object(let o) = local, let p = o["@propagate"] {
            guard case .bool(let b) = p else { throw JSONLDError("invalid @propagate value", "\(p)") }
            propagate = b
        }
        if !propagate && result.previousContext == nil { result.previousContext = active }

        for context in local.asArray {
            switch context {
            case .null:
                if !overrideProtected && result.terms.values.contains(where: { $0.protected }) {
                    throw JSONLDError("invalid context nullification", "a context with protected terms cannot be set to null")
                }
                let fresh = ActiveContext(base: active.originalBaseURL)
                if !propagate { fresh.previousContext = result }
                result = fresh
                continue
            case .string(let ref):
                let url: String
                if let baseURL { url = BaseIRI(baseURL).resolve(ref) } else if IRIForm.isAbsolute(ref) { url = ref } else {
                    throw JSONLDError("loading remote context failed", "relative context \(ref) without a base URL")
                }
                if !validateScoped && remoteContexts.contains(url) { continue }
                if remoteContexts.contains(url) {
                    throw JSONLDError("recursive context inclusion", "context \(url) includes itself")
                }
                if remoteContexts.count >= options.maxRemoteContexts {
                    throw JSONLDError("context overflow", "more than \(options.maxRemoteContexts) nested remote contexts at \(url)")
                }
                let doc = try loadRemote(url, code: "loading remote context failed")
                guard case .object(let d) = doc.document, let inner = d["@context"] else {
                    throw JSONLDError("invalid remote context", "\(url) has no top-level @context")
                }
                result = try processContext(
                    result, inner, baseURL: doc.documentUrl, remoteContexts: remoteContexts + [url],
                    overrideProtected: overrideProtected, validateScoped: validateScoped)
                continue
            case .object(var ctx):
                try processContextObject(
                    &ctx, into: &result, baseURL: baseURL, remoteContexts: remoteContexts,
                    overrideProtected: overrideProtected, validateScoped: validateScoped)
            default:
                throw JSONLDError("invalid local context", "a context must be an object, an IRI or null, not \(context)")
            }
        }
        if cacheable {
            if derivedContexts.count > 4096 { derivedContexts.removeAll() }
            derivedContexts[key] = (active, result)
        }
        return result
    }

    func loadRemote(_ url: String, code: String) throws -> RemoteDocument {
        do {
            return try loader.load(url)
        } catch let e as JSONLDError {
            throw JSONLDError(code, e.message.isEmpty ? url : e.message)
        } catch {
            throw JSONLDError(code, "\(url): \(error)")
        }
    }

    private func processContextObject(
        _ ctx: inout JSONObject, into result: inout ActiveContext, baseURL: String?, remoteContexts: [String],
        overrideProtected: Bool, validateScoped: Bool
    ) throws {
        if let v = ctx["@version"] {
            guard case .number(let n) = v, n.value == 1.1 else { throw JSONLDError("invalid @version value", "\(v)") }
            if is10 { throw JSONLDError("processing mode conflict", "@version 1.1 in json-ld-1.0 mode") }
        }
        if let imp = ctx["@import"] {
            if is10 { throw JSONLDError("invalid context entry", "@import in json-ld-1.0 mode") }
            guard case .string(let ref) = imp else { throw JSONLDError("invalid @import value", "\(imp)") }
            let url = baseURL.map { BaseIRI($0).resolve(ref) } ?? ref
            let doc = try loadRemote(url, code: "loading remote context failed")
            guard case .object(let d) = doc.document, case .object(let imported)? = d["@context"] else {
                throw JSONLDError("invalid remote context", "\(url): imported context must be an object")
            }
            if imported.has("@import") {
                throw JSONLDError("invalid context entry", "\(url): an imported context cannot @import")
            }
            var merged = imported
            for (k, v) in ctx where k != "@import" { merged[k] = v }
            ctx = merged
        }
        if let b = ctx["@base"], remoteContexts.isEmpty {
            switch b {
            case .null: result.baseIRI = nil
            case .string(let s):
                if IRIForm.isAbsolute(s) {
                    result.baseIRI = s
                } else if let current = result.baseIRI {
                    result.baseIRI = resolver(current).resolve(s)
                } else {
                    throw JSONLDError("invalid base IRI", "relative @base \(s) without a base")
                }
            default: throw JSONLDError("invalid base IRI", "\(b)")
            }
        }
        if let v = ctx["@vocab"] {
            switch v {
            case .null: result.vocab = nil
            case .string(let s):
                if IRIForm.isAbsolute(s) || IRIForm.isBlankNode(s) {
                    result.vocab = try expandIRI(result, s, documentRelative: true, vocab: true)
                } else if is10 {
                    throw JSONLDError("invalid vocab mapping", "relative @vocab \(s) in json-ld-1.0 mode")
                } else {
                    result.vocab = try expandIRI(result, s, documentRelative: true, vocab: true)
                }
            default: throw JSONLDError("invalid vocab mapping", "\(v)")
            }
        }
        if let v = ctx["@language"] {
            switch v {
            case .null: result.defaultLanguage = nil
            case .string(let s): result.defaultLanguage = s.lowercased()
            default: throw JSONLDError("invalid default language", "\(v)")
            }
        }
        if let v = ctx["@direction"] {
            if is10 { throw JSONLDError("invalid context entry", "@direction in json-ld-1.0 mode") }
            switch v {
            case .null: result.defaultDirection = nil
            case .string(let s) where s == "ltr" || s == "rtl": result.defaultDirection = s
            default: throw JSONLDError("invalid base direction", "\(v)")
            }
        }
        if let v = ctx["@propagate"] {
            if is10 { throw JSONLDError("invalid context entry", "@propagate in json-ld-1.0 mode") }
            guard case .bool = v else { throw JSONLDError("invalid @propagate value", "\(v)") }
        }
        var protectedDefault = false
        if let p = ctx["@protected"] {
            if is10 { throw JSONLDError("invalid context entry", "@protected in json-ld-1.0 mode") }
            guard case .bool(let b) = p else { throw JSONLDError("invalid @protected value", "\(p)") }
            protectedDefault = b
        }
        var defined: [String: Bool] = [:]
        let savedEnv = termEnv
        termEnv = TermEnv(baseURL: baseURL, protected: protectedDefault, overrideProtected: overrideProtected, remoteContexts: remoteContexts)
        defer { termEnv = savedEnv }
        for key in ctx.keys {
            switch key {
            case "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab":
                continue
            default:
                try createTermDefinition(
                    result, ctx, key, &defined, baseURL: baseURL, protected: protectedDefault,
                    overrideProtected: overrideProtected, remoteContexts: remoteContexts)
            }
        }
    }

    private static let termEntryKeys: Set<String> = [
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix",
        "@protected", "@type",
    ]

    /// §4.2.2. `active` is the context being built (mutated in place).
    func createTermDefinition(
        _ active: ActiveContext, _ local: JSONObject, _ term: String, _ defined: inout [String: Bool],
        baseURL: String?, protected protectedDefault: Bool = false, overrideProtected: Bool = false,
        remoteContexts: [String] = []
    ) throws {
        if let d = defined[term] {
            if d { return }
            throw JSONLDError("cyclic IRI mapping", "term '\(term)' is defined through itself")
        }
        if term.isEmpty { throw JSONLDError.invalidTermDefinition(term, "the empty string is not a term") }
        defined[term] = false
        let value = local[term] ?? .null

        if term == "@type" && !is10 {
            guard case .object(let o) = value, !o.isEmpty,
                o.keys.allSatisfy({ $0 == "@container" || $0 == "@protected" }),
                o["@container"] == nil || o["@container"] == .string("@set")
            else { throw JSONLDError("keyword redefinition", "@type may only be given @container: @set and @protected") }
        } else if Keywords.isKeyword(term) {
            throw JSONLDError("keyword redefinition", "\(term) cannot be redefined")
        } else if Keywords.hasKeywordForm(term) {
            defined[term] = true  // reserved for future keywords: ignored
            return
        }

        let previous = active.terms.removeValue(forKey: term)
        var simpleTerm = false
        var def: JSONObject
        switch value {
        case .null: def = JSONObject([("@id", .null)])
        case .string(let s): def = JSONObject([("@id", .string(s))]); simpleTerm = true
        case .object(let o): def = o
        default: throw JSONLDError.invalidTermDefinition(term, "a term definition must be a string, an object or null")
        }

        let definition = TermDefinition()
        if let p = def["@protected"] {
            if is10 { throw JSONLDError.invalidTermDefinition(term, "@protected in json-ld-1.0 mode") }
            guard case .bool(let b) = p else { throw JSONLDError("invalid @protected value", "term '\(term)'") }
            definition.protected = b
        } else {
            definition.protected = protectedDefault
        }

        if let t = def["@type"] {
            guard case .string(let ts) = t else { throw JSONLDError("invalid type mapping", "term '\(term)': \(t)") }
            guard let type = try expandIRI(active, ts, vocab: true, local: local, defined: &defined) else {
                throw JSONLDError("invalid type mapping", "term '\(term)': \(ts)")
            }
            if (type == "@json" || type == "@none") && is10 {
                throw JSONLDError("invalid type mapping", "term '\(term)': \(type) in json-ld-1.0 mode")
            }
            if !(type == "@id" || type == "@json" || type == "@none" || type == "@vocab" || IRIForm.isAbsolute(type)) {
                throw JSONLDError("invalid type mapping", "term '\(term)': \(type)")
            }
            definition.typeMapping = type
        }

        if let r = def["@reverse"] {
            if def.has("@id") || def.has("@nest") {
                throw JSONLDError("invalid reverse property", "term '\(term)' has @reverse with @id or @nest")
            }
            guard case .string(let rs) = r else { throw JSONLDError("invalid IRI mapping", "term '\(term)': @reverse \(r)") }
            if Keywords.hasKeywordForm(rs) { defined[term] = true; return }
            guard let iri = try expandIRI(active, rs, vocab: true, local: local, defined: &defined),
                IRIForm.isAbsolute(iri) || IRIForm.isBlankNode(iri)
            else { throw JSONLDError("invalid IRI mapping", "term '\(term)': @reverse \(rs)") }
            definition.iri = iri
            if let c = def["@container"] {
                switch c {
                case .null: break
                case .string(let cs) where cs == "@set" || cs == "@index": definition.container = Container(keyword: cs) ?? []
                default: throw JSONLDError("invalid reverse property", "term '\(term)': container \(c)")
                }
            }
            definition.reverse = true
        }

        if definition.reverse {
            // The IRI came from @reverse; container, @index and the rest still apply below.
        } else if let idValue = def["@id"], idValue != .string(term) {
            switch idValue {
            case .null:
                definition.iri = nil
            case .string(let ids):
                if !Keywords.isKeyword(ids) && Keywords.hasKeywordForm(ids) { defined[term] = true; return }
                guard let iri = try expandIRI(active, ids, vocab: true, local: local, defined: &defined) else {
                    throw JSONLDError("invalid IRI mapping", "term '\(term)': \(ids)")
                }
                if !Keywords.isKeyword(iri) && !IRIForm.isAbsolute(iri) && !IRIForm.isBlankNode(iri) {
                    throw JSONLDError("invalid IRI mapping", "term '\(term)' maps to \(iri), not an IRI")
                }
                if iri == "@context" { throw JSONLDError("invalid keyword alias", "term '\(term)' aliases @context") }
                definition.iri = iri
                let colon = term.utf8.dropFirst().dropLast().contains(UInt8(ascii: ":"))
                if colon || term.utf8.contains(UInt8(ascii: "/")) {
                    defined[term] = true
                    let expandedTerm = try expandIRI(active, term, vocab: true, local: local, defined: &defined)
                    if expandedTerm != iri {
                        throw JSONLDError("invalid IRI mapping", "term '\(term)' looks like an IRI but maps to \(iri)")
                    }
                }
                if !term.utf8.contains(UInt8(ascii: ":")) && !term.utf8.contains(UInt8(ascii: "/")) && simpleTerm
                    && (IRIForm.endsWithGenDelim(iri) || IRIForm.isBlankNode(iri))
                {
                    definition.prefix = true
                }
            default:
                throw JSONLDError("invalid IRI mapping", "term '\(term)': @id \(idValue)")
            }
        } else if let colonIndex = term.utf8.dropFirst().firstIndex(of: UInt8(ascii: ":")) {
            let prefix = String(term[..<colonIndex])
            let suffix = String(term[term.index(after: colonIndex)...])
            if local.has(prefix) {
                try createTermDefinition(active, local, prefix, &defined, baseURL: baseURL, protected: protectedDefault, overrideProtected: overrideProtected, remoteContexts: remoteContexts)
            }
            if let p = active.terms[prefix], let piri = p.iri {
                definition.iri = piri + suffix
            } else {
                definition.iri = term
            }
        } else if term.utf8.contains(UInt8(ascii: "/")) {
            guard let iri = try expandIRI(active, term, vocab: true), IRIForm.isAbsolute(iri) else {
                throw JSONLDError("invalid IRI mapping", "term '\(term)' is a relative IRI")
            }
            definition.iri = iri
        } else if term == "@type" {
            definition.iri = "@type"
        } else if let vocab = active.vocab {
            definition.iri = vocab + term
        } else {
            throw JSONLDError("invalid IRI mapping", "term '\(term)' has no @id and there is no @vocab")
        }

        if let c = def["@container"] {
            var items: [String] = []
            switch c {
            case .string(let s): items = [s]
            case .array(let a) where !is10:
                for x in a {
                    guard case .string(let s) = x else { throw JSONLDError("invalid container mapping", "term '\(term)'") }
                    items.append(s)
                }
            default: throw JSONLDError("invalid container mapping", "term '\(term)': \(c)")
            }
            var set: Container = []
            for item in items {
                guard let flag = Container(keyword: item), !set.contains(flag) else {
                    throw JSONLDError("invalid container mapping", "term '\(term)': \(c)")
                }
                set.insert(flag)
            }
            guard Processor.validContainer(set, is10: is10) else {
                throw JSONLDError("invalid container mapping", "term '\(term)': \(c)")
            }
            definition.container = set
            if set.contains(.type) {
                if definition.typeMapping == nil { definition.typeMapping = "@id" }
                if definition.typeMapping != "@id" && definition.typeMapping != "@vocab" {
                    throw JSONLDError("invalid type mapping", "term '\(term)': @type container needs @id or @vocab")
                }
            }
        }

        if let idx = def["@index"] {
            if is10 || !definition.container.contains(.index) {
                throw JSONLDError.invalidTermDefinition(term, "@index without an @index container")
            }
            guard case .string(let s) = idx, !Keywords.isKeyword(s),
                let e = try expandIRI(active, s, vocab: true), IRIForm.isAbsolute(e)
            else { throw JSONLDError.invalidTermDefinition(term, "@index \(idx)") }
            definition.index = s
        }

        if let sc = def["@context"] {
            if is10 { throw JSONLDError.invalidTermDefinition(term, "scoped context in json-ld-1.0 mode") }
            do {
                _ = try processContext(
                    active, sc, baseURL: baseURL, remoteContexts: remoteContexts, overrideProtected: true,
                    validateScoped: false)
            } catch let e as JSONLDError {
                throw JSONLDError("invalid scoped context", "term '\(term)': \(e.code) \(e.message)")
            }
            definition.context = sc
            definition.baseURL = baseURL
        }

        if let l = def["@language"], !def.has("@type") {
            switch l {
            case .null: definition.language = nil
            case .string(let s): definition.language = s.lowercased()
            default: throw JSONLDError("invalid language mapping", "term '\(term)': \(l)")
            }
            definition.hasLanguage = true
        }

        if let d = def["@direction"], !def.has("@type") {
            switch d {
            case .null: definition.direction = nil
            case .string(let s) where s == "ltr" || s == "rtl": definition.direction = s
            default: throw JSONLDError("invalid base direction", "term '\(term)': \(d)")
            }
            definition.hasDirection = true
        }

        if let n = def["@nest"] {
            if is10 { throw JSONLDError.invalidTermDefinition(term, "@nest in json-ld-1.0 mode") }
            guard case .string(let s) = n, !Keywords.isKeyword(s) || s == "@nest" else {
                throw JSONLDError("invalid @nest value", "term '\(term)': \(n)")
            }
            definition.nest = s
        }

        if let p = def["@prefix"] {
            if is10 || term.utf8.contains(UInt8(ascii: ":")) || term.utf8.contains(UInt8(ascii: "/")) {
                throw JSONLDError.invalidTermDefinition(term, "@prefix not allowed here")
            }
            guard case .bool(let b) = p else { throw JSONLDError("invalid @prefix value", "term '\(term)': \(p)") }
            definition.prefix = b
            if b, let iri = definition.iri, Keywords.isKeyword(iri) {
                throw JSONLDError.invalidTermDefinition(term, "a keyword alias cannot be a prefix")
            }
        }

        for k in def.keys where !Processor.termEntryKeys.contains(k) {
            throw JSONLDError.invalidTermDefinition(term, "unknown entry \(k)")
        }
        try finishTerm(active, term, definition, previous, overrideProtected: overrideProtected, &defined)
    }

    private func finishTerm(
        _ active: ActiveContext, _ term: String, _ definition: TermDefinition, _ previous: TermDefinition?,
        overrideProtected: Bool, _ defined: inout [String: Bool]
    ) throws {
        var definition = definition
        if !overrideProtected, let previous, previous.protected {
            if !definition.sameAs(previous) {
                throw JSONLDError("protected term redefinition", "term '\(term)' is protected")
            }
            definition = previous
        }
        active.terms[term] = definition
        defined[term] = true
    }

    static func validContainer(_ c: Container, is10: Bool) -> Bool {
        guard !c.isEmpty else { return false }
        if is10 {
            return c.count == 1 && !c.contains(.graph) && !c.contains(.id) && !c.contains(.type)
        }
        if c.contains(.list) { return c.count == 1 }
        if c.contains(.graph) {
            return c.subtracting([.graph, .id, .index, .set]).isEmpty && !(c.contains(.id) && c.contains(.index))
        }
        if c.count == 1 { return true }
        // @set with one of @index, @id, @type, @language.
        return c.count == 2 && c.contains(.set)
    }
}
