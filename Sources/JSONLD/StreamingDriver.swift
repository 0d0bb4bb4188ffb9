import RDF

/// Processes the common large-document shapes node by node, so memory is bounded by the largest node
/// instead of the whole document (docs/jsonld.md):
///
/// - a top-level array: every element is expanded and deserialized on its own;
/// - a top-level object whose first member is `@context` and whose next member is `@graph` (or an
///   alias of it) with an array value: the context is processed once, then every element of the
///   array is expanded and deserialized on its own;
/// - inside a node object at the top (the top-level object itself, an element of a streamed array),
///   an array value of a plain property (a catalog's `dcat:dataset`, DCAT-US `dataset`): its elements
///   are expanded and deserialized one at a time, as statements about that node.
///
/// Expansion of an element never depends on its siblings, and deserializing each element's expansion
/// and merging the results gives the whole document's dataset (the node map only merges nodes and
/// drops duplicate statements). Blank node labels stay consistent because one labeler serves the
/// whole document. Any other shape is parsed into one tree and processed as a whole.
struct StreamingDriver {
    let reader: JSONLDReader
    let processor: Processor
    let emitter: RDFEmitter
    /// Reads the pieces it can without expanding them (nil: expand every piece).
    let direct: DirectEmitter?

    func run<S: TripleSink>(_ source: ByteSource, into sink: inout S) throws {
        let parser = JSONParser(source: source, limits: reader.options.limits)
        guard let first = try parser.peek() else { throw parser.error("empty document, expected a JSON value") }
        let baseURL = reader.contextBase
        let initial = try processor.initialContext(base: reader.effectiveBase, documentUrl: baseURL)
        switch first {
        case UInt8(ascii: "["):
            try parser.expect(UInt8(ascii: "["), "'['")
            if try !parser.consumeIf(UInt8(ascii: "]")) {
                repeat {
                    try streamElement(parser, initial, activeProperty: nil, baseURL: baseURL, &sink)
                } while try parser.nextMember(close: UInt8(ascii: "]"))
            }
        case UInt8(ascii: "{"):
            try streamNode(parser, initial, activeProperty: nil, baseURL: baseURL, topLevel: true, &sink)
        default:
            let document = try parser.parseValue()
            try parser.expectEnd()
            try reader.toRDF(document, processor, emitter, into: &sink)
        }
        try parser.expectEnd()
    }

    /// One element of a streamed array: a node object is streamed member by member, anything else is
    /// parsed whole.
    private func streamElement<S: TripleSink>(
        _ parser: JSONParser, _ active: ActiveContext, activeProperty: String?, baseURL: String?, _ sink: inout S
    ) throws {
        if try parser.peek() == UInt8(ascii: "{") {
            try streamNode(parser, active, activeProperty: activeProperty, baseURL: baseURL, topLevel: false, &sink)
            return
        }
        let (line, column) = parser.position
        let element = try parser.parseValue(depth: 2)
        try located(parser, line, column) {
            guard let expanded = try processor.expandElement(active, activeProperty, element, baseURL: baseURL) else { return }
            for item in expanded.asArray { try emitter.emitTopLevel(item, into: &sink) }
        }
    }

    /// Runs `body`, naming the place an element started in any JSON-LD error it throws, so an error in a
    /// 200 MB catalog can be found.
    private func located<T>(_ parser: JSONParser, _ line: Int?, _ column: Int, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var e as JSONLDError {
            if e.source == nil, let line { e.source = "\(parser.sourceName):\(line):\(column)" }
            throw e
        }
    }

    /// The state of a node object read member by member.
    private struct NodeState {
        var members = JSONObject()
        /// Set once a property array has been streamed: the node's subject and the context its values
        /// were expanded with. From then on the node's meaning must not change.
        var subject: Term??
        var nodeActive: ActiveContext?
        var typeScoped: ActiveContext?
        var streamed: Bool { subject != nil }
    }

    /// Reads a node object (at `{`) member by member. Before anything is streamed, `@context` then an
    /// array under `@graph` (top level only) streams the graph; an array under a plain property streams
    /// its elements. Whatever was not streamed is expanded at the end as one node.
    private func streamNode<S: TripleSink>(
        _ parser: JSONParser, _ active: ActiveContext, activeProperty: String?, baseURL: String?, topLevel: Bool,
        _ sink: inout S
    ) throws {
        let (line, column) = parser.position
        let depth = topLevel ? 1 : 3
        try parser.expect(UInt8(ascii: "{"), "'{'")
        var state = NodeState()
        // A context that reverts for new nodes (type-scoped, non-propagated) is not worth streaming under.
        let canStream = active.previousContext == nil
        if try !parser.consumeIf(UInt8(ascii: "}")) {
            repeat {
                let (keyLine, keyColumn) = try startPosition(parser)
                let key = try parser.parseKey()
                let isArray = try parser.peek() == UInt8(ascii: "[")
                if topLevel, isArray, !state.streamed, state.members.count == 1, let context = state.members["@context"] {
                    let ctx = try processor.processContext(active, context, baseURL: baseURL, cache: true)
                    if try processor.expandIRI(ctx, key, vocab: true) == "@graph" {
                        try streamGraph(parser, ctx, baseURL: baseURL, &sink)
                        try rejectMembersAfterGraph(parser, ctx)
                        return
                    }
                }
                let value: JSONValue
                if canStream, isArray, key != "@context" {
                    // Small arrays are kept as members; only a long one commits the node to streaming.
                    guard let small = try located(parser, keyLine, keyColumn, {
                        try streamPropertyIfLong(parser, key, &state, active, baseURL: baseURL, &sink)
                    }) else { continue }
                    value = small
                } else {
                    value = try parser.parseValue(depth: depth)
                }
                if state.streamed {
                    try located(parser, keyLine, keyColumn) { try checkLateMember(key, value, state) }
                }
                state.members[key] = value
            } while try parser.nextMember(close: UInt8(ascii: "}"))
        }
        try located(parser, topLevel ? nil : line, column) {
            if let subject = state.subject {
                // Statements about the node not streamed: expanded as the node, under the subject already
                // used (never unwrapped as a top-level @graph: the node has streamed values).
                guard case .object(let node)? = try processor.expandElement(active, activeProperty, .object(state.members), baseURL: baseURL)
                else { return }
                try emitter.emitNode(node, .defaultGraph, &sink, subjectOverride: subject)
            } else if topLevel {
                if let direct, try direct.emitDocumentNode(state.members, active, baseURL: baseURL, into: &sink) { return }
                try reader.toRDF(.object(state.members), processor, emitter, into: &sink)
            } else {
                if let direct, try direct.emitTopLevel(state.members, active, into: &sink) { return }
                guard let expanded = try processor.expandElement(active, activeProperty, .object(state.members), baseURL: baseURL) else { return }
                for item in expanded.asArray { try emitter.emitTopLevel(item, into: &sink) }
            }
        }
    }

    /// Arrays longer than this inside a node are streamed (when the node allows it).
    static let longArray = 64

    /// Reads the array value of `key` (at '['). When it turns out long and `key` is a plain property of
    /// a node that can no longer turn into something else, streams its elements as values of the node
    /// and returns nil; otherwise returns the array, read whole.
    private func streamPropertyIfLong<S: TripleSink>(
        _ parser: JSONParser, _ key: String, _ state: inout NodeState, _ active: ActiveContext, baseURL: String?,
        _ sink: inout S
    ) throws -> JSONValue? {
        try parser.expect(UInt8(ascii: "["), "'['")
        var buffered: [JSONValue] = []
        if try parser.consumeIf(UInt8(ascii: "]")) { return .array(buffered) }
        var more = true
        while more && buffered.count <= StreamingDriver.longArray {
            buffered.append(try parser.parseValue(depth: 3))
            more = try parser.nextMember(close: UInt8(ascii: "]"))
        }
        if !more { return .array(buffered) }
        guard try commitToStreaming(key, &state, active, baseURL: baseURL) else {
            repeat {
                buffered.append(try parser.parseValue(depth: 3))
            } while try parser.nextMember(close: UInt8(ascii: "]"))
            return .array(buffered)
        }
        for element in buffered { try emitStreamedValue(element, key, state, baseURL: baseURL, &sink) }
        buffered = []
        repeat {
            let (line, column) = parser.position
            let element = try parser.parseValue(depth: 3)
            try located(parser, line, column) { try emitStreamedValue(element, key, state, baseURL: baseURL, &sink) }
        } while try parser.nextMember(close: UInt8(ascii: "]"))
        return nil
    }

    private func emitStreamedValue<S: TripleSink>(_ element: JSONValue, _ key: String, _ state: NodeState, baseURL: String?, _ sink: inout S) throws {
        guard let nodeActive = state.nodeActive, let subject = state.subject else { return }
        let def = nodeActive.terms[key]
        let property: String
        if let def {
            guard let iri = def.iri else { return }
            property = iri
        } else {
            guard let e = try processor.expandIRI(nodeActive, key, vocab: true) else { return }
            property = e
        }
        if let direct, let subject, try direct.emitValue(element, of: subject, property: property, definition: def, nodeActive, into: &sink) {
            return
        }
        guard let expanded = try processor.expandElement(nodeActive, key, def, element, baseURL: baseURL, fromMap: false) else { return }
        for item in expanded.asArray {
            try emitter.emitPropertyValue(subject: subject, property: property, item, into: &sink)
        }
    }

    /// Decides whether the values of `key` may be streamed as statements about the node read so far,
    /// and if so fixes the node's subject and context in `state`.
    private func commitToStreaming(_ key: String, _ state: inout NodeState, _ active: ActiveContext, baseURL: String?) throws -> Bool {
        // The node's context: as expansion computes it (its @context, then type-scoped contexts).
        var nodeActive: ActiveContext
        let typeScoped: ActiveContext
        var idKeys: [String] = []
        if let a = state.nodeActive, let t = state.typeScoped {
            nodeActive = a
            typeScoped = t
        } else {
            nodeActive = active
            if let c = state.members["@context"] {
                nodeActive = try processor.processContext(active, c, baseURL: baseURL, cache: true)
            }
            typeScoped = nodeActive
            var typeKeys: [String] = []
            for (k, _) in state.members {
                let e = try processor.expandIRI(nodeActive, k, vocab: true)
                // Members that make this something other than a plain node: read it whole.
                if e == "@value" || e == "@list" || e == "@set" || e == "@nest" { return false }
                if e == "@type" { typeKeys.append(k) }
                if e == "@id" { idKeys.append(k) }
            }
            for k in typeKeys.sorted() {
                for t in (state.members[k]?.asArray ?? []).compactMap(\.stringValue).sorted() {
                    if let def = typeScoped.terms[t], let c = def.context {
                        nodeActive = try processor.processContext(nodeActive, c, baseURL: def.baseURL, propagate: false, cache: true)
                    }
                }
            }
        }
        let def = nodeActive.terms[key]
        let property: String
        if let def {
            guard let iri = def.iri else { return false }
            property = iri
        } else {
            guard let e = try processor.expandIRI(nodeActive, key, vocab: true) else { return false }
            property = e
        }
        guard !Keywords.isKeyword(property), property.utf8.contains(UInt8(ascii: ":")) else { return false }
        if let def {
            guard def.container.isSubset(of: .set), !def.reverse, def.typeMapping != "@json", def.nest == nil else { return false }
        }
        if state.subject == nil {
            // The node's subject, fixed now: later members may not change it.
            if idKeys.count > 1 { return false }  // let expansion report the collision
            if let idKey = idKeys.first {
                guard case .string(let id)? = state.members[idKey] else { return false }  // expansion reports it
                let expandedID = try processor.expandIRI(nodeActive, id, documentRelative: true)
                state.subject = .some(expandedID.flatMap { emitter.term($0) })
            } else {
                state.subject = .some(.blank(emitter.labeler.fresh()))
            }
            state.nodeActive = nodeActive
            state.typeScoped = typeScoped
        }
        return true
    }

    /// After a property was streamed, a member that would change the node's subject or the context its
    /// values were expanded with cannot be honoured.
    private func checkLateMember(_ key: String, _ value: JSONValue, _ state: NodeState) throws {
        guard let nodeActive = state.nodeActive, let typeScoped = state.typeScoped else { return }
        let e = key == "@context" ? "@context" : try processor.expandIRI(nodeActive, key, vocab: true)
        switch e {
        case "@context", "@id", "@value", "@list", "@set":
            throw notStreamable(key, "a streamed property array")
        case "@type":
            for t in value.asArray.compactMap(\.stringValue) where typeScoped.terms[t]?.context != nil {
                throw notStreamable(key, "a streamed property array")
            }
        default:
            break
        }
    }

    private func notStreamable(_ key: String, _ what: String) -> JSONLDError {
        JSONLDError(
            "document not streamable",
            "member '\(key)' follows \(what), which changes the meaning of the values already read; "
                + "put it first or read with streaming off")
    }

    private func startPosition(_ parser: JSONParser) throws -> (Int, Int) {
        _ = try parser.peek()
        return parser.position
    }

    private func streamGraph<S: TripleSink>(_ parser: JSONParser, _ active: ActiveContext, baseURL: String?, _ sink: inout S) throws {
        try parser.expect(UInt8(ascii: "["), "'['")
        if try !parser.consumeIf(UInt8(ascii: "]")) {
            repeat {
                try streamElement(parser, active, activeProperty: "@graph", baseURL: baseURL, &sink)
            } while try parser.nextMember(close: UInt8(ascii: "]"))
        }
    }

    /// Members after a streamed @graph would change what the streamed nodes meant (a named graph, a
    /// later context); members that expand to nothing are harmless.
    private func rejectMembersAfterGraph(_ parser: JSONParser, _ active: ActiveContext) throws {
        while try parser.nextMember(close: UInt8(ascii: "}")) {
            let (line, column) = try startPosition(parser)
            let key = try parser.parseKey()
            _ = try parser.parseValue(depth: 1)
            let expanded = key == "@context" ? "@context" : try processor.expandIRI(active, key, vocab: true)
            if let expanded, Keywords.isKeyword(expanded) || expanded.utf8.contains(UInt8(ascii: ":")) {
                var e = notStreamable(key, "'@graph'")
                e.source = "\(parser.sourceName):\(line):\(column)"
                throw e
            }
        }
    }
}
