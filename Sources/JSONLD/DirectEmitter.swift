import RDF

/// Turns the node objects DCAT feeds are made of into statements straight from the parsed JSON, without
/// building their expanded form first. Expanding each dataset of a catalog and walking the expansion was
/// about 70 % of reading it (callgrind, 2,000 datasets of `gen_catalog.py`): a second tree of strings
/// and arrays per dataset, built to be read once.
///
/// The subset it takes (docs/jsonld.md, "Node objects without expansion"): keys that are terms, compact
/// or absolute IRIs, or `@id`/`@type` and their aliases; terms with an `@id`, `@vocab`, datatype or
/// language mapping and no container but `@set` or `@language`; strings, numbers, booleans, language
/// maps, value objects with `@value` and `@language` or `@type`, and nested node objects of the same
/// kind. It gives the statements expansion followed by `RDFEmitter` gives, in the same order and with
/// the same blank node labels. On anything else (a scoped context, a list, `@reverse`, two keys of one
/// property, whatever expansion would reject) it gives up on the whole piece before a statement leaves
/// it and hands every label back, and the caller expands the piece. Tests read every JSON-LD test and
/// sample both ways and compare the statements one by one.
final class DirectEmitter {
    private let processor: Processor
    private let emitter: RDFEmitter
    /// A piece's statements until the piece is known to be in the subset.
    private var buffer: [Triple] = []
    /// Pieces read directly, and pieces given back to expansion (what the tests and benchmarks report).
    private(set) var read = 0
    private(set) var declined = 0

    /// Outside the subset: the general path takes the piece.
    private struct NotDirect: Error {}

    /// The context `resolvedKeys` holds keys of.
    private var resolvedContext: ActiveContext?
    private var resolvedKeys = ResolvedKeys()

    init(processor: Processor, emitter: RDFEmitter) {
        self.processor = processor
        self.emitter = emitter
    }

    /// A node object that is an element of the document's top-level array or of its `@graph`, read
    /// with `active`. False when the element is outside the subset: nothing was emitted.
    func emitTopLevel<S: TripleSink>(_ node: JSONObject, _ active: ActiveContext, into sink: inout S) throws -> Bool {
        try attempt(active, into: &sink) { _ = try self.node(node, active, topLevel: true) }
    }

    /// The document's top-level node object (`members`, with its own `@context` if it has one), read
    /// with the initial context `active`.
    func emitDocumentNode<S: TripleSink>(_ members: JSONObject, _ active: ActiveContext, baseURL: String?, into sink: inout S) throws -> Bool {
        var context = active
        if let local = members["@context"] {
            // A context that does not process is expansion's to report.
            guard let processed = try? processor.processContext(active, local, baseURL: baseURL, cache: true) else {
                declined += 1
                return false
            }
            context = processed
        }
        return try attempt(context, into: &sink) { _ = try self.node(members, context, topLevel: true, contextApplied: true) }
    }

    /// One element of a streamed property array: a value of `property` (its expanded IRI; `definition`
    /// the key's term definition) of the node `subject`, read with `active`.
    func emitValue<S: TripleSink>(
        _ value: JSONValue, of subject: Term, property: String, definition: TermDefinition?, _ active: ActiveContext,
        into sink: inout S
    ) throws -> Bool {
        try attempt(active, into: &sink) {
            // A property-scoped context applies to the value.
            if definition?.context != nil { throw NotDirect() }
            let predicate = try self.predicate(property, definition)
            // An element of the array, not the property's whole value: an object in it is never a
            // language map (the driver streams no property with a language container anyway).
            try self.forEachObject(of: value, definition, active, mapsLanguages: false) { object in
                self.buffer.append(Triple(subject, predicate, object))
            }
        }
    }

    /// What a statement moved out of `buffer` leaves behind: empty strings own no storage.
    private static let moved = Triple(.iri(IRI("")), IRI(""), .iri(IRI("")))

    private func attempt<S: TripleSink>(_ active: ActiveContext, into sink: inout S, _ body: () throws -> Void) throws -> Bool {
        // A type-scoped context in force reverts for new nodes: expansion's business.
        guard active.previousContext == nil else { declined += 1; return false }
        let mark = emitter.labeler.checkpoint()
        buffer.removeAll(keepingCapacity: true)
        do {
            try body()
        } catch {
            // Errors too: expansion reports them, with the place they came from.
            emitter.labeler.rollback(to: mark)
            buffer.removeAll(keepingCapacity: true)
            declined += 1
            return false
        }
        // Each statement is moved out to the sink and an empty one left in its place: `for triple in
        // buffer` copied each (its terms' strings retained) only to release the copy and then the
        // original. Should the sink throw, the buffer still holds only whole statements.
        try buffer.withUnsafeMutableBufferPointer { emitted in
            guard let base = emitted.baseAddress else { return }
            for i in 0..<emitted.count {
                let triple = (base + i).move()
                (base + i).initialize(to: Self.moved)
                try sink.add(triple)
            }
        }
        buffer.removeAll(keepingCapacity: true)
        read += 1
        return true
    }

    // MARK: node objects

    /// A member of a node object that says something: its types, or a property's value.
    private enum Member {
        case types(JSONValue)
        case property(IRI, TermDefinition?, JSONValue)
    }

    /// Emits a node object's statements (nested nodes first, as `RDFEmitter.emitNode` does) and returns
    /// its subject.
    /// `contextApplied`: `active` already includes the node's own `@context`; any other node with one
    /// is declined.
    private func node(_ object: JSONObject, _ active: ActiveContext, topLevel: Bool, contextApplied: Bool = false) throws -> Term {
        var id: String?
        var sawType = false
        var members: [Member] = []
        members.reserveCapacity(object.count)
        for (key, value) in object {
            if key == "@context" {
                if contextApplied { continue }
                throw NotDirect()
            }
            guard case let (expanded, definition)? = try resolve(key, active) else { continue }
            if expanded.utf8.first == UInt8(ascii: "@") {
                switch expanded {
                case "@id":
                    // Two keys for @id collide; expansion says so.
                    guard id == nil, case .string(let s) = value else { throw NotDirect() }
                    id = s
                case "@type":
                    guard !sawType else { throw NotDirect() }
                    sawType = true
                    members.append(.types(value))
                default:
                    throw NotDirect()
                }
                continue
            }
            let predicate: IRI
            if let definition {
                guard definition.context == nil, !definition.reverse, definition.nest == nil,
                    definition.container.isSubset(of: [.set, .language]), definition.typeMapping != "@json"
                else { throw NotDirect() }
                if let p = definition.predicate {
                    predicate = p
                } else {
                    // Expansion drops a property that stays relative (no ':'), value and all.
                    guard expanded.utf8.contains(UInt8(ascii: ":")) else { continue }
                    throw NotDirect()
                }
            } else {
                guard expanded.utf8.contains(UInt8(ascii: ":")) else { continue }
                predicate = try self.predicate(expanded, nil)
            }
            // Two keys of one property are merged by expansion, which reorders what nests in them.
            // (Lengths first: most IRIs of a node differ in length, and comparing those is free.)
            let length = predicate.value.utf8.count
            for case .property(let p, _, _) in members where p.value.utf8.count == length && p == predicate {
                throw NotDirect()
            }
            members.append(.property(predicate, definition, value))
        }
        let subject: Term
        if let id {
            guard let expanded = try processor.expandIRI(active, id, documentRelative: true), let term = emitter.term(expanded) else {
                throw NotDirect()
            }
            subject = term
        } else {
            // A top-level node with nothing left after expansion is dropped without a label.
            if topLevel, !members.contains(where: { if case .property(_, _, .null) = $0 { return false }; return true }) {
                throw NotDirect()
            }
            subject = .blank(emitter.labeler.fresh())
        }
        for member in members {
            switch member {
            case .types(let value):
                var seen = RDFEmitter.SeenTerms()
                for type in try typeNames(value) {
                    // A type-scoped context changes the meaning of the whole node.
                    if active.terms[type]?.context != nil { throw NotDirect() }
                    if let iri = try processor.expandIRI(active, type, documentRelative: true, vocab: true),
                        let term = emitter.term(iri), seen.insert(term)
                    {
                        buffer.append(Triple(subject, RDFVocab.type, term))
                    }
                }
            case .property(let predicate, let definition, let value):
                var seen = RDFEmitter.SeenTerms()
                try forEachObject(of: value, definition, active, mapsLanguages: true) { object in
                    if seen.insert(object) { buffer.append(Triple(subject, predicate, object)) }
                }
            }
        }
        return subject
    }

    /// A key's expanded IRI (or keyword) and term definition; nil when expansion ignores the key.
    private func resolve(_ key: String, _ active: ActiveContext) throws -> (String, TermDefinition?)? {
        if let words = ResolvedKeys.words(of: key) {
            if resolvedContext !== active {
                resolvedContext = active
                resolvedKeys = ResolvedKeys()
            }
            var known: (String, TermDefinition?)?
            if resolvedKeys.lookup(words, &known) { return known }
            let value = try resolveUncached(key, active)
            resolvedKeys.remember(words, value)
            return value
        }
        return try resolveUncached(key, active)
    }

    private func resolveUncached(_ key: String, _ active: ActiveContext) throws -> (String, TermDefinition?)? {
        if let definition = active.terms[key] {
            guard let iri = definition.iri else { return nil }
            return (iri, definition)
        }
        guard let expanded = try processor.expandIRI(active, key, vocab: true) else { return nil }
        return (expanded, nil)
    }

    /// A property as a predicate (`property` is `definition`'s IRI mapping when there is a definition).
    /// A blank node or an IRI RDF cannot hold drops the statements but not what nests in them: rare
    /// enough to leave to the general path.
    private func predicate(_ property: String, _ definition: TermDefinition?) throws -> IRI {
        if let definition {
            guard let predicate = definition.predicate else { throw NotDirect() }
            return predicate
        }
        guard !property.hasPrefix("_:"), IRIForm.isWellFormed(property) else { throw NotDirect() }
        return IRI(property)
    }

    private func typeNames(_ value: JSONValue) throws -> [String] {
        switch value {
        case .string(let s): return [s]
        case .array(let items):
            return try items.map { item in
                guard case .string(let s) = item else { throw NotDirect() }
                return s
            }
        default: throw NotDirect()
        }
    }

    // MARK: values

    /// The RDF objects of a value, in expansion's order; nested nodes are emitted on the way.
    /// `mapsLanguages`: `value` is a property's whole value, so an object under a `@language` container
    /// is a language map.
    private func forEachObject(
        of value: JSONValue, _ definition: TermDefinition?, _ active: ActiveContext, mapsLanguages: Bool,
        _ body: (Term) throws -> Void
    ) throws {
        switch value {
        case .null:
            return
        case .array(let items):
            for item in items {
                if case .array = item { throw NotDirect() }
                if let object = try self.object(item, definition, active) { try body(object) }
            }
        case .object(let map) where mapsLanguages && definition?.container.contains(.language) == true:
            try languageMap(map, definition, active, body)
        default:
            if let object = try self.object(value, definition, active) { try body(object) }
        }
    }

    /// One value (not an array): nil when expansion keeps it but RDF cannot (a relative IRI, an
    /// ill-formed language tag or datatype).
    private func object(_ value: JSONValue, _ definition: TermDefinition?, _ active: ActiveContext) throws -> Term? {
        switch value {
        case .null:
            return nil
        case .string(let s):
            return try string(s, definition, active)
        case .object(let o):
            if o["@value"] != nil { return try valueObject(o, active) }
            return try node(o, active, topLevel: false)
        case .number, .bool:
            // Value expansion types a number or boolean with the term's datatype mapping, if any.
            var datatype = definition?.typeMapping
            if datatype == "@id" || datatype == "@vocab" || datatype == "@none" { datatype = nil }
            return try scalar(value, datatype: datatype)
        case .array:
            throw NotDirect()
        }
    }

    /// §5.3.2 Value Expansion of a string, then §8.1.4 Object to RDF.
    private func string(_ s: String, _ definition: TermDefinition?, _ active: ActiveContext) throws -> Term? {
        switch definition?.typeMapping {
        case "@id"?:
            return try processor.expandIRI(active, s, documentRelative: true).flatMap(emitter.term)
        case "@vocab"?:
            return try processor.expandIRI(active, s, documentRelative: true, vocab: true).flatMap(emitter.term)
        case let datatype? where datatype != "@none":
            return IRIForm.isWellFormed(datatype) ? RDFEmitter.stringLiteral(s, datatype: datatype, language: nil) : nil
        default:
            let hasLanguage = definition?.hasLanguage ?? false
            let language = hasLanguage ? definition?.language : active.defaultLanguage
            if directionReachesRDF(definition, active) { throw NotDirect() }
            return try languageLiteral(s, language)
        }
    }

    /// A number or boolean with `datatype` (an IRI, or nil for the type the value implies); nil when the
    /// datatype is not one RDF can hold.
    private func scalar(_ value: JSONValue, datatype: String?) throws -> Term? {
        if let datatype, !IRIForm.isWellFormed(datatype) { return nil }
        guard let (lexical, type) = RDFEmitter.lexicalForm(of: value, datatype: datatype) else { throw NotDirect() }
        return .literal(Literal(lexical, datatype: type))
    }

    /// Whether a string value of the term gets a base direction that reaches RDF (`rdfDirection` set):
    /// the general path's to turn into statements.
    private func directionReachesRDF(_ definition: TermDefinition?, _ active: ActiveContext) -> Bool {
        guard emitter.rdfDirection != nil else { return false }
        let direction = (definition?.hasDirection ?? false) ? definition?.direction : active.defaultDirection
        return direction != nil
    }

    private func languageLiteral(_ s: String, _ language: String?) throws -> Term? {
        if let language, !IRIForm.isWellFormedLanguage(language) { return nil }
        return RDFEmitter.stringLiteral(s, datatype: nil, language: language)
    }

    /// A value object with a string `@value` and `@language` or `@type`; anything more is the general
    /// path's, as is any value object expansion would reject.
    private func valueObject(_ o: JSONObject, _ active: ActiveContext) throws -> Term? {
        var lexical: String?
        var number: JSONValue?
        var language: String?
        var datatype: String?
        for (key, value) in o {
            if key == "@value", value.numberValue != nil || value.boolValue != nil {
                number = value
                continue
            }
            guard case .string(let s) = value else { throw NotDirect() }
            switch key {
            case "@value":
                lexical = s
            case "@language":
                language = s  // lower-cased by `Literal`, as in `languageMap`
            case "@type":
                guard let iri = try processor.expandIRI(active, s, documentRelative: true, vocab: true),
                    iri != "@json", IRIForm.isWellFormed(iri)
                else { throw NotDirect() }
                datatype = iri
            default:
                throw NotDirect()
            }
        }
        if let number {
            // A number or boolean cannot have a language: expansion rejects it.
            guard language == nil else { throw NotDirect() }
            return try scalar(number, datatype: datatype)
        }
        guard let lexical, language == nil || datatype == nil else { throw NotDirect() }
        if let datatype { return RDFEmitter.stringLiteral(lexical, datatype: datatype, language: nil) }
        return try languageLiteral(lexical, language)
    }

    /// A `@language` container's map: a literal for every string, tagged with its key unless the key
    /// is `@none` (or an alias of it).
    private func languageMap(
        _ map: JSONObject, _ definition: TermDefinition?, _ active: ActiveContext, _ body: (Term) throws -> Void
    ) throws {
        if directionReachesRDF(definition, active) { throw NotDirect() }
        for (language, values) in map {
            // What IRI expansion of the key gives "@none" for, without building the vocabulary-relative
            // IRI it gives for every other key. The tag is lower-cased by `Literal` (what matters of a
            // tag is ASCII: one that is not is ill-formed either way).
            let isNone = language == "@none" || active.terms[language]?.iri == "@none"
            let tag = isNone ? nil : language
            for item in values.asArray {
                switch item {
                case .null: continue
                case .string(let s): if let literal = try languageLiteral(s, tag) { try body(literal) }
                default: throw NotDirect()
                }
            }
        }
    }
}

/// Keys resolved in one context, remembered by their bytes. A catalog's datasets repeat a dozen keys
/// thousands of times, and finding each among the context's terms hashed it with SipHash (~400
/// instructions a lookup, callgrind). A key of up to 15 bytes (terms and keywords, nearly all of them)
/// is two words and a length, so a slot compares integers; longer keys are looked up as before.
/// Direct-mapped: a key that loses its slot to another is only resolved again.
struct ResolvedKeys {
    /// A key's first eight bytes, its last eight (overlapping the first when it is shorter than 16;
    /// zero below 8), and its length: together they are the key.
    struct Words: Equatable {
        var a: UInt64
        var b: UInt64
        var count: Int
    }

    private struct Slot {
        var words = Words(a: 0, b: 0, count: -1)
        var value: (String, TermDefinition?)?
    }

    private static let slotBits = 7
    private var slots = [Slot](repeating: Slot(), count: 1 << slotBits)

    /// nil for a key longer than 15 bytes.
    static func words(of key: String) -> Words? {
        let n = key.utf8.count
        guard n <= 15 else { return nil }
        return key.utf8.withContiguousStorageIfAvailable { bytes -> Words in
            let raw = UnsafeRawBufferPointer(bytes)
            var w = Words(a: 0, b: 0, count: n)
            if n >= 8 {
                w.a = raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
                w.b = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            } else {
                withUnsafeMutableBytes(of: &w.a) { $0.copyMemory(from: raw) }
            }
            return w
        }
    }

    private static func slot(_ w: Words) -> Int {
        let h = (w.a &* 0x9E37_79B9_7F4A_7C15) ^ (w.b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(w.count)
        return Int(truncatingIfNeeded: h >> UInt64(64 - slotBits))
    }

    /// True when the key has a remembered resolution, put in `value` (nil: a key expansion ignores).
    func lookup(_ w: Words, _ value: inout (String, TermDefinition?)?) -> Bool {
        let i = Self.slot(w)
        guard slots[i].words.a == w.a, slots[i].words.b == w.b, slots[i].words.count == w.count else { return false }
        value = slots[i].value
        return true
    }

    mutating func remember(_ w: Words, _ value: (String, TermDefinition?)?) {
        slots[Self.slot(w)] = Slot(words: w, value: value)
    }
}
