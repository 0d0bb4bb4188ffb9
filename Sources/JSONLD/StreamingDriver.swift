import RDF

/// Processes the common large-document shapes node by node, so memory is bounded by the largest node
/// instead of the whole document (docs/jsonld.md):
///
/// - a top-level array: every element is expanded and deserialized on its own;
/// - a top-level object whose first member is `@context` and whose next member is `@graph` (or an
///   alias of it) with an array value: the context is processed once, then every element of the
///   array is expanded and deserialized on its own.
///
/// Expansion of an element never depends on its siblings, and deserializing each element's expansion
/// and merging the results gives the whole document's dataset (the node map only merges nodes and
/// drops duplicate statements). Blank node labels stay consistent because one labeler serves the
/// whole document. Any other shape is parsed into one tree and processed as a whole.
struct StreamingDriver {
    let reader: JSONLDReader
    let processor: Processor
    let emitter: RDFEmitter

    func run<S: TripleSink>(_ source: ByteSource, into sink: inout S) throws {
        let parser = JSONParser(source: source, limits: reader.options.limits)
        guard let first = try parser.peek() else { throw parser.error("empty document, expected a JSON value") }
        let baseURL = reader.contextBase
        switch first {
        case UInt8(ascii: "["):
            try parser.expect(UInt8(ascii: "["), "'['")
            let active = try processor.initialContext(base: reader.effectiveBase, documentUrl: baseURL)
            if try !parser.consumeIf(UInt8(ascii: "]")) {
                repeat {
                    try streamElement(parser, active, activeProperty: nil, baseURL: baseURL, &sink)
                } while try parser.nextMember(close: UInt8(ascii: "]"))
            }
            try parser.expectEnd()
        case UInt8(ascii: "{"):
            try runObject(parser, baseURL: baseURL, &sink)
        default:
            let document = try parser.parseValue()
            try parser.expectEnd()
            try reader.toRDF(document, processor, emitter, into: &sink)
        }
    }

    /// Parses, expands and emits one element of a streamed array.
    private func streamElement<S: TripleSink>(
        _ parser: JSONParser, _ active: ActiveContext, activeProperty: String?, baseURL: String?, _ sink: inout S
    ) throws {
        let (line, column) = try startPosition(parser)
        let element = try parser.parseValue(depth: activeProperty == nil ? 1 : 2)
        do {
            guard let expanded = try processor.expandElement(active, activeProperty, element, baseURL: baseURL) else { return }
            for item in expanded.asArray { try emitter.emitTopLevel(item, into: &sink) }
        } catch var e as JSONLDError {
            // Name the element, so an error in a 200 MB catalog can be found.
            if e.source == nil { e.source = "\(parser.sourceName):\(line):\(column)" }
            throw e
        }
    }

    private func startPosition(_ parser: JSONParser) throws -> (Int, Int) {
        _ = try parser.peek()
        return parser.position
    }

    private func runObject<S: TripleSink>(_ parser: JSONParser, baseURL: String?, _ sink: inout S) throws {
        try parser.expect(UInt8(ascii: "{"), "'{'")
        var members = JSONObject()
        var active: ActiveContext?
        if try !parser.consumeIf(UInt8(ascii: "}")) {
            repeat {
                let key = try parser.parseKey()
                if members.isEmpty && key == "@context" {
                    let context = try parser.parseValue(depth: 1)
                    members[key] = context
                    let initial = try processor.initialContext(base: reader.effectiveBase, documentUrl: baseURL)
                    active = try processor.processContext(initial, context, baseURL: baseURL, cache: true)
                    continue
                }
                if let ctx = active, members.count == 1, try parser.peek() == UInt8(ascii: "["),
                    try processor.expandIRI(ctx, key, vocab: true) == "@graph"
                {
                    try streamGraph(parser, ctx, baseURL: baseURL, &sink)
                    return
                }
                members[key] = try parser.parseValue(depth: 1)
            } while try parser.nextMember(close: UInt8(ascii: "}"))
        }
        try parser.expectEnd()
        try reader.toRDF(.object(members), processor, emitter, into: &sink)
    }

    private func streamGraph<S: TripleSink>(_ parser: JSONParser, _ active: ActiveContext, baseURL: String?, _ sink: inout S) throws {
        try parser.expect(UInt8(ascii: "["), "'['")
        if try !parser.consumeIf(UInt8(ascii: "]")) {
            repeat {
                try streamElement(parser, active, activeProperty: "@graph", baseURL: baseURL, &sink)
            } while try parser.nextMember(close: UInt8(ascii: "]"))
        }
        // Members after @graph would change what the streamed nodes meant (a named graph, a later
        // context); members that expand to nothing are harmless.
        while try parser.nextMember(close: UInt8(ascii: "}")) {
            let (line, column) = try startPosition(parser)
            let key = try parser.parseKey()
            _ = try parser.parseValue(depth: 1)
            let expanded = key == "@context" ? "@context" : try processor.expandIRI(active, key, vocab: true)
            if let expanded, Keywords.isKeyword(expanded) || expanded.utf8.contains(UInt8(ascii: ":")) {
                throw JSONLDError(
                    "document not streamable",
                    "member '\(key)' follows '@graph', which changes the meaning of the nodes already read; "
                        + "put '@graph' last or read with streaming off",
                    source: "\(parser.sourceName):\(line):\(column)")
            }
        }
        try parser.expectEnd()
    }
}
