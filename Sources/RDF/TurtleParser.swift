/// The Turtle 1.1 grammar as a state machine over tokens.
///
/// Nesting (`[ ... ]` and `( ... )`) lives on an explicit stack of frames rather than the call stack, so a
/// hostile document with a million open brackets is an error message (or just memory), never a stack
/// overflow. Each triple goes to the sink as soon as its object is known.
struct TurtleParser {
    enum State: UInt8 {
        /// Expecting a directive, a subject, or the end of the input.
        case statement
        /// Expecting a verb (required).
        case predicate
        /// After a `[ ... ]` subject: a verb, or '.' (the property list alone is a statement).
        case predicateOptional
        /// After ';': another ';', a verb, or the end of the predicate list.
        case predicateAfterSemicolon
        case object
        /// After an object: ',', ';', '.' or ']'.
        case afterObject
        /// Inside `( ... )`: an item or ')'.
        case collection
        /// After a string: a language tag, '^^', or anything else (a plain literal).
        case literalSuffix
        case datatype
        case prefixName, prefixIRI, baseIRI, directiveDot
    }

    enum FrameKind: UInt8 { case top, blankNode, collection }

    struct Frame {
        var kind: FrameKind
        var subject: Term
        var predicate: IRI
        /// The state to return to when this frame closes.
        var resume: State
        /// Collections: the first cell and the last cell so far.
        var head: Term?
        var last: Term?
    }

    var lexer: TurtleLexer
    let labeler: BlankNodeLabeler
    var base: BaseIRI?
    var prefixes: [String: String] = [:]
    var names = TurtleIRICache()
    var frames: [Frame]
    var state = State.statement
    var pendingLexical = ""
    var literalResume = State.object
    var directivePrefix = ""
    var sparqlDirective = false

    static let placeholder = Term.iri(RDFVocab.nil_)
    static let noBase = BaseIRI("")

    init(sourceName: String, base: String?, labeler: BlankNodeLabeler, maxTokenBytes: Int) {
        lexer = TurtleLexer(sourceName: sourceName, maxTokenBytes: maxTokenBytes)
        self.labeler = labeler
        self.base = base.map(BaseIRI.init)
        frames = [Frame(kind: .top, subject: Self.placeholder, predicate: RDFVocab.nil_, resume: .statement)]
        frames.reserveCapacity(16)
    }

    mutating func run<S: TripleSink>(_ source: ByteSource, into sink: inout S) throws {
        while true {
            guard let token = try lexer.lex() else {
                try lexer.refill(from: source)
                continue
            }
            if token == .eof { return try finish() }
            if lexer.pos - lexer.tokenStart > lexer.maxTokenBytes {
                throw lexer.tokenError("token longer than \(lexer.maxTokenBytes) bytes")
            }
            try handle(token, &sink)
        }
    }

    private func finish() throws {
        guard state == .statement && frames.count == 1 else {
            let what: String
            switch frames.last?.kind {
            case .blankNode: what = "unclosed '['"
            case .collection: what = "unclosed '('"
            default:
                what = state == .prefixName || state == .prefixIRI || state == .baseIRI || state == .directiveDot
                    ? "unfinished directive" : "statement not terminated with '.'"
            }
            throw lexer.tokenError("unexpected end of input: \(what)")
        }
    }

    // MARK: the grammar

    /// What may stand as a subject or an object alike: an IRI, a prefixed name, a blank node, or the start
    /// of a `[ … ]` or `( … )`. Returns false for any other token, which the caller then handles.
    private mutating func startNode<S: TripleSink>(_ tok: TurtleToken, _ sink: inout S) throws -> Bool {
        switch tok {
        case .iri: try deliver(.iri(iriToken()), &sink)
        case .pnameLN, .pnameNS: try deliver(.iri(prefixedName()), &sink)
        case .blankLabel: try deliver(.blank(blankLabel()), &sink)
        case .anon: try deliver(.blank(labeler.fresh()), &sink)
        case .openBracket: push(.blankNode)
        case .openParen: push(.collection)
        default: return false
        }
        return true
    }

    private mutating func handle<S: TripleSink>(_ tok: TurtleToken, _ sink: inout S) throws {
        switch state {
        case .object, .collection:
            if try startNode(tok, &sink) { return }
            switch tok {
            case .string:
                pendingLexical = lexer.valueString()
                literalResume = state
                state = .literalSuffix
            case .integer: try deliver(.literal(Literal(rawString(), datatype: XSD.integer)), &sink)
            case .decimal: try deliver(.literal(Literal(rawString(), datatype: XSD.decimal)), &sink)
            case .double: try deliver(.literal(Literal(rawString(), datatype: XSD.double)), &sink)
            case .trueLiteral: try deliver(.literal(Literal("true", datatype: XSD.boolean)), &sink)
            case .falseLiteral: try deliver(.literal(Literal("false", datatype: XSD.boolean)), &sink)
            case .closeParen where state == .collection: try closeCollection(&sink)
            default: throw unexpected(tok, expected: state == .collection ? "a list item or ')'" : "an object")
            }

        case .afterObject:
            switch tok {
            case .comma: state = .object
            case .semicolon: state = .predicateAfterSemicolon
            case .dot where frames.count == 1: state = .statement
            case .closeBracket where frames[frames.count - 1].kind == .blankNode: try closeBlankNode(&sink)
            default:
                throw unexpected(tok, expected: frames.count == 1 ? "',', ';' or '.'" : "',', ';' or ']'")
            }

        case .predicate, .predicateOptional, .predicateAfterSemicolon:
            switch tok {
            case .iri: setPredicate(try iriToken())
            case .pnameLN, .pnameNS: setPredicate(try prefixedName())
            case .a: setPredicate(RDFVocab.type)
            case .semicolon where state == .predicateAfterSemicolon: break
            case .dot where state != .predicate && frames.count == 1: state = .statement
            case .closeBracket where state == .predicateAfterSemicolon && frames[frames.count - 1].kind == .blankNode:
                try closeBlankNode(&sink)
            case .string, .integer, .decimal, .double, .trueLiteral, .falseLiteral:
                throw lexer.tokenError("a literal cannot be a predicate")
            case .blankLabel, .anon, .openBracket:
                throw lexer.tokenError("a blank node cannot be a predicate")
            default: throw unexpected(tok, expected: "a predicate")
            }

        case .statement:
            switch tok {
            case .atPrefix, .sparqlPrefix:
                sparqlDirective = tok == .sparqlPrefix
                state = .prefixName
            case .atBase, .sparqlBase:
                sparqlDirective = tok == .sparqlBase
                state = .baseIRI
            case _ where try startNode(tok, &sink): break
            case .string, .integer, .decimal, .double, .trueLiteral, .falseLiteral:
                throw lexer.tokenError("a literal cannot be a subject")
            case .langTag:
                throw lexer.tokenError("unknown directive '@\(rawString())' (directives are @prefix and @base)")
            default: throw unexpected(tok, expected: "a subject or a directive")
            }

        case .literalSuffix:
            switch tok {
            case .langTag:
                state = literalResume
                let tag = rawString()
                try deliver(.literal(Literal(pendingLexical, language: tag)), &sink)
            case .datatypeMarker:
                state = .datatype
            default:
                state = literalResume
                try deliver(.literal(Literal(pendingLexical)), &sink)
                try handle(tok, &sink)
            }

        case .datatype:
            let datatype: IRI
            switch tok {
            case .iri: datatype = try iriToken()
            case .pnameLN, .pnameNS: datatype = try prefixedName()
            default: throw unexpected(tok, expected: "a datatype IRI after '^^'")
            }
            state = literalResume
            try deliver(.literal(Literal(pendingLexical, datatype: datatype)), &sink)

        case .prefixName:
            guard tok == .pnameNS else { throw unexpected(tok, expected: "a prefix name such as 'ex:'") }
            directivePrefix = String(decoding: UnsafeBufferPointer(start: lexer.buf + lexer.tokenStart,
                                                                   count: lexer.colon - lexer.tokenStart),
                                     as: UTF8.self)
            state = .prefixIRI

        case .prefixIRI:
            guard tok == .iri else { throw unexpected(tok, expected: "the namespace IRI of prefix '\(directivePrefix):'") }
            let ns = try iriToken()
            prefixes[directivePrefix] = ns.value
            names.removeAll()
            sink.prefix(directivePrefix, ns)
            state = sparqlDirective ? .statement : .directiveDot

        case .baseIRI:
            guard tok == .iri else { throw unexpected(tok, expected: "the base IRI") }
            // A relative @base resolves against the base before it.
            base = BaseIRI(try iriToken().value)
            state = sparqlDirective ? .statement : .directiveDot

        case .directiveDot:
            guard tok == .dot else { throw unexpected(tok, expected: "'.' after the directive") }
            state = .statement
        }
    }

    @inline(__always) private mutating func setPredicate(_ p: IRI) {
        frames[frames.count - 1].predicate = p
        state = .object
    }

    /// A complete term in the current position.
    private mutating func deliver<S: TripleSink>(_ term: Term, fromPropertyList: Bool = false, _ sink: inout S) throws {
        let k = frames.count - 1
        switch state {
        case .object:
            try sink.add(frames[k].subject, frames[k].predicate, term)
            state = .afterObject
        case .statement:
            frames[k].subject = term
            state = fromPropertyList ? .predicateOptional : .predicate
        case .collection:
            let cell = Term.blank(labeler.fresh())
            if let last = frames[k].last {
                try sink.add(last, RDFVocab.rest, cell)
            } else {
                frames[k].head = cell
            }
            try sink.add(cell, RDFVocab.first, term)
            frames[k].last = cell
        default:
            throw lexer.tokenError("internal error: a term in state \(state)")
        }
    }

    private mutating func push(_ kind: FrameKind) {
        let subject = kind == .blankNode ? Term.blank(labeler.fresh()) : Self.placeholder
        frames.append(Frame(kind: kind, subject: subject, predicate: RDFVocab.nil_, resume: state))
        state = kind == .blankNode ? .predicate : .collection
    }

    private mutating func closeBlankNode<S: TripleSink>(_ sink: inout S) throws {
        let f = frames.removeLast()
        state = f.resume
        try deliver(f.subject, fromPropertyList: true, &sink)
    }

    private mutating func closeCollection<S: TripleSink>(_ sink: inout S) throws {
        let f = frames.removeLast()
        if let last = f.last { try sink.add(last, RDFVocab.rest, .iri(RDFVocab.nil_)) }
        state = f.resume
        try deliver(f.head ?? .iri(RDFVocab.nil_), &sink)
    }

    private func unexpected(_ tok: TurtleToken, expected: String) -> RDFSyntaxError {
        lexer.tokenError("expected \(expected), found \(Self.describe(tok))")
    }

    static func describe(_ tok: TurtleToken) -> String {
        switch tok {
        case .iri: return "an IRI"
        case .pnameNS, .pnameLN: return "a prefixed name"
        case .blankLabel: return "a blank node label"
        case .string: return "a string"
        case .langTag: return "a language tag"
        case .integer, .decimal, .double: return "a number"
        case .trueLiteral, .falseLiteral: return "a boolean"
        case .a: return "'a'"
        case .atPrefix: return "'@prefix'"
        case .atBase: return "'@base'"
        case .sparqlPrefix: return "'PREFIX'"
        case .sparqlBase: return "'BASE'"
        case .dot: return "'.'"
        case .comma: return "','"
        case .semicolon: return "';'"
        case .openBracket: return "'['"
        case .closeBracket: return "']'"
        case .anon: return "'[]'"
        case .openParen: return "'('"
        case .closeParen: return "')'"
        case .datatypeMarker: return "'^^'"
        case .eof: return "the end of the input"
        }
    }

    // MARK: terms

    @inline(__always) private func rawString() -> String {
        String(decoding: lexer.rawValue, as: UTF8.self)
    }

    private mutating func blankLabel() -> BlankNode {
        labeler.node(for: rawString())
    }

    /// An IRIREF token, resolved against the base.
    private mutating func iriToken() throws -> IRI {
        if !lexer.escaped, Self.isPlainAbsolute(lexer.rawValue) {
            return IRI(rawString())
        }
        let value = lexer.valueString()
        if let base { return IRI(base.resolve(value)) }
        guard BaseIRI.hasScheme(value) else {
            throw lexer.tokenError("relative IRI <\(value)> but no base IRI is set")
        }
        return IRI(Self.noBase.resolve(value))
    }

    /// Starts with a scheme and has no "/." that dot-segment removal could change: used as written.
    @inline(__always) static func isPlainAbsolute(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n > 0, (b[0] | 0x20) >= 97 && (b[0] | 0x20) <= 122 else { return false }
        var i = 1
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: ":") { break }
            let ok = ((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57) || c == UInt8(ascii: "+")
                || c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
            if !ok { return false }
            i += 1
        }
        guard i < n else { return false }
        i += 1
        // As in RFC 3986 remove_dot_segments, a path may also start with a dot segment.
        var prev = UInt8(ascii: "/")
        while i < n {
            let c = b[i]
            if c == UInt8(ascii: ".") && prev == UInt8(ascii: "/") { return false }
            if c == UInt8(ascii: "?") || c == UInt8(ascii: "#") { return true }
            prev = c
            i += 1
        }
        return true
    }

    /// A prefixed name, expanded through the cache.
    private mutating func prefixedName() throws -> IRI {
        let key = lexer.rawValue
        let (slot, hit) = names.lookup(key)
        if let hit { return hit }
        let prefix = String(decoding: UnsafeBufferPointer(start: lexer.buf + lexer.tokenStart,
                                                          count: lexer.colon - lexer.tokenStart), as: UTF8.self)
        guard let ns = prefixes[prefix] else { throw lexer.tokenError("undefined prefix '\(prefix):'") }
        let local = lexer.escaped
            ? lexer.decodedLocalName()
            : String(decoding: UnsafeBufferPointer(start: lexer.buf + lexer.colon + 1,
                                                   count: lexer.valueEnd - lexer.colon - 1), as: UTF8.self)
        let iri = IRI(ns + local)
        names.store(iri, for: key, slot: slot)
        return iri
    }
}
