import CLibXML2
import RDF

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The RDF/XML grammar (RDF 1.1 XML Syntax §7) driven by SAX2 events. Triples go to `output` as soon
/// as they are known. Errors cannot cross the C callbacks: the first one is kept (`error` for syntax,
/// `output.error` for the sink), the parser is stopped, and the reader throws it once `xmlParseChunk`
/// returns.
final class ParserState {
    let sourceName: String
    let limits: RDFXMLLimits
    let labeler: BlankNodeLabeler
    var ctxt: xmlParserCtxtPtr?
    private(set) var error: RDFSyntaxError?

    let output: TripleOutput
    /// Set by the first error of any kind; every callback returns at once after it.
    private(set) var stopped = false

    // The hot state opts out of dynamic exclusivity checks: every access happens on the one thread
    // that runs the parse, inside libxml2's callbacks, and none of it is ever accessed re-entrantly.
    var announcedPrefixes: [String: String] = [:]
    @exclusivity(unchecked) var frames: FrameStack
    /// xml:base scopes; frames point into it. Index 0 is the document's base.
    @exclusivity(unchecked) var bases: [BaseIRI?]
    /// Text of open property elements, each from its frame's `textStart`.
    @exclusivity(unchecked) var text: [UInt8] = []
    var literal = XMLLiteralWriter()
    @exclusivity(unchecked) var names = NameCache()
    /// Language tags and datatype IRIs seen lately.
    @exclusivity(unchecked) var recent = RecentValues(size: 64)
    /// rdf:resource and rdf:type IRIs seen lately (themes, licences, formats, classes).
    @exclusivity(unchecked) var recentIRIs = RecentValues(size: 1024)
    /// rdf:ID values already used, as the IRIs they make (an IRI carries its base).
    var usedIDs: Set<String> = []
    @exclusivity(unchecked) var attributes: [AttributeRef] = []

    init(sourceName: String, base: String?, labeler: BlankNodeLabeler, limits: RDFXMLLimits, output: TripleOutput) {
        self.sourceName = sourceName
        self.output = output
        self.limits = limits
        self.labeler = labeler
        bases = [base.map { BaseIRI($0) }]
        // Depth is checked before every push, so this block never grows.
        frames = FrameStack(capacity: limits.maxDepth + 2)
        frames.append(Frame(kind: .document, baseIndex: 0, ownsBase: false, language: nil))
        text.reserveCapacity(4096)
    }

    deinit {
        frames.deallocate()
    }

    // MARK: Errors

    /// Records the first error and stops libxml2; later callbacks see `error` and return at once.
    func fail(_ message: String) {
        guard !stopped else { return }
        var line = 0
        var column = 0
        if let ctxt {
            line = Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(ctxt)))
            column = Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer(ctxt)))
        }
        error = RDFSyntaxError(source: sourceName, line: max(line, 1), column: max(column, 1), message: message)
        stop()
    }

    /// A libxml2 error (well-formedness, namespaces, encoding) with libxml2's own position.
    func failFromXML(message: String, line: Int, column: Int) {
        guard !stopped else { return }
        error = RDFSyntaxError(source: sourceName, line: max(line, 1), column: max(column, 1), message: message)
        stop()
    }

    private func stop() {
        stopped = true
        if let ctxt { xmlStopParser(ctxt) }
    }

    // MARK: Output

    @inline(__always)
    func emit(_ s: Term, _ p: IRI, _ o: Term) {
        output.add(s, p, o)
        if output.error != nil && !stopped { stop() }
    }

    func reify(_ r: IRI, _ s: NodeTerm, _ p: IRI, _ o: Term) {
        let node = Term.iri(r)
        emit(node, RDFVocab.type, .iri(Vocabulary.statement))
        emit(node, Vocabulary.subject, s.term)
        emit(node, Vocabulary.predicate, .iri(p))
        emit(node, Vocabulary.object, o)
    }

    func announceNamespaces(_ count: Int, _ namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard count > 0, let namespaces else { return }
        for i in 0..<count {
            let name = namespaces[2 * i].map { String(cString: $0) } ?? ""
            guard let uriPointer = namespaces[2 * i + 1] else { continue }
            let uri = String(cString: uriPointer)
            if announcedPrefixes[name] != uri {
                announcedPrefixes[name] = uri
                output.prefix(name, IRI(uri))
            }
        }
    }

    // MARK: Values

    @inline(__always)
    func bytes(_ a: AttributeRef) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: a.start, count: a.end - a.start)
    }

    func string(_ a: AttributeRef) -> String {
        let count = a.end - a.start
        if memchr(a.start, Int32(UInt8(ascii: "&")), count) != nil {
            return AttributeText.decodeReferences(bytes(a))
        }
        return String(decoding: bytes(a), as: UTF8.self)
    }

    /// Resolves an IRI reference against a base; an absolute IRI without dot segments is taken as it
    /// is, without a round through the resolver.
    func resolve(_ a: AttributeRef, base: Int32) -> String {
        let buffer = bytes(a)
        if memchr(a.start, Int32(UInt8(ascii: "&")), buffer.count) == nil,
           AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return String(decoding: buffer, as: UTF8.self)
        }
        return resolve(string(a), base: base)
    }

    /// `resolve` for values that often repeat (rdf:resource, rdf:type): absolute ones come from
    /// `recentIRIs`.
    func resolveRepeating(_ a: AttributeRef, base: Int32) -> String {
        let buffer = bytes(a)
        if memchr(a.start, Int32(UInt8(ascii: "&")), buffer.count) == nil,
           AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return recentIRIs.string(buffer)
        }
        return resolve(string(a), base: base)
    }

    func resolve(_ reference: String, base: Int32) -> String {
        guard let b = bases[Int(base)] else { return reference }
        return b.resolve(reference)
    }

    /// rdf:datatype values repeat (xsd:date, xsd:dateTime…): absolute ones come from a small cache.
    func datatypeIRI(_ a: AttributeRef, base: Int32) -> IRI {
        let buffer = bytes(a)
        if memchr(a.start, Int32(UInt8(ascii: "&")), buffer.count) == nil,
           AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return IRI(recent.string(buffer))
        }
        return IRI(resolve(string(a), base: base))
    }

    func idIRI(_ a: AttributeRef, base: Int32) -> IRI? {
        let id = string(a)
        guard NCName.isValid(id) else {
            fail("rdf:ID \"\(id)\" is not a valid XML NCName")
            return nil
        }
        let iri = resolve("#" + id, base: base)
        guard usedIDs.insert(iri).inserted else {
            fail("rdf:ID \"\(id)\" is used twice with the same base (<\(iri)>)")
            return nil
        }
        return IRI(iri)
    }

    func nodeIDTerm(_ a: AttributeRef) -> BlankNode? {
        let id = string(a)
        guard NCName.isValid(id) else {
            fail("rdf:nodeID \"\(id)\" is not a valid XML NCName")
            return nil
        }
        return labeler.node(for: id)
    }

    @inline(__always)
    func literalTerm(_ value: String, language: String?) -> Term {
        if let language { return .literal(Literal(value, language: language)) }
        return .literal(Literal(value))
    }

    // MARK: SAX events

    func startElement(
        local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        namespaceCount: Int, namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
        attributeCount: Int, attributeValues: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard !stopped else { return }
        if frames.count > limits.maxDepth {
            fail("elements are nested more than \(limits.maxDepth) levels deep")
            return
        }
        if namespaceCount > 0 { announceNamespaces(namespaceCount, namespaces) }

        let dict = ctxt?.pointee.dict
        attributes.removeAll(keepingCapacity: true)
        if attributeCount > 0, let attributeValues {
            for i in 0..<attributeCount {
                let base = 5 * i
                guard let aLocal = attributeValues[base], let start = attributeValues[base + 3],
                      let end = attributeValues[base + 4] else { continue }
                let aPrefix = attributeValues[base + 1]
                let aURI = attributeValues[base + 2]
                let info = names.lookup(uri: aURI, local: aLocal, prefix: aPrefix, dict: dict, isAttribute: true)
                attributes.append(AttributeRef(info: info, prefix: aPrefix, uri: aURI, local: aLocal, start: start, end: end))
            }
        }

        let parent = frames.count - 1
        let parentKind = frames[parent].kind
        if parentKind == .literal || parentKind == .literalInner {
            startLiteralElement(local: local, prefix: prefix, uri: uri)
            return
        }

        let name = names.lookup(uri: uri, local: local, prefix: prefix, dict: dict, isAttribute: false)
        switch parentKind {
        case .document:
            if name.kind == .rdfRDF {
                startRDF(parent: parent)
            } else {
                _ = startNodeElement(name, parent: parent)
            }
        case .rdfRoot:
            _ = startNodeElement(name, parent: parent)
        case .node:
            startPropertyElement(name, parent: parent)
        case .property:
            if frames[parent].datatype != nil {
                fail("property element with rdf:datatype cannot contain the node element \(name.display)")
                return
            }
            if frames[parent].hasObject {
                fail("property element already has a node element; \(name.display) is a second one")
                return
            }
            let textStart = frames[parent].textStart
            if text.count > textStart {
                if !isWhitespace(text[textStart...]) {
                    fail("property element mixes text with the node element \(name.display)")
                    return
                }
                text.removeLast(text.count - textStart)
            }
            guard let object = startNodeElement(name, parent: parent) else { return }
            frames[parent].hasObject = true
            let subject = frames[parent].subject
            let predicate = frames[parent].predicate
            emit(subject.term, predicate, object.term)
            if let r = frames[parent].reification { reify(r, subject, predicate, object.term) }
        case .collection:
            guard let item = startNodeElement(name, parent: parent) else { return }
            let cell = labeler.fresh()
            if let last = frames[parent].lastCell {
                emit(.blank(last), RDFVocab.rest, .blank(cell))
            } else {
                let subject = frames[parent].subject
                let predicate = frames[parent].predicate
                emit(subject.term, predicate, .blank(cell))
                if let r = frames[parent].reification { reify(r, subject, predicate, .blank(cell)) }
            }
            emit(.blank(cell), RDFVocab.first, item.term)
            frames[parent].lastCell = cell
        case .emptyProperty:
            fail("property element with rdf:resource, rdf:nodeID or property attributes must be empty, but contains \(name.display)")
        case .literal, .literalInner:
            break
        }
    }

    func endElement(local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?) {
        guard !stopped, frames.count > 1 else { return }
        // Taken off the stack by move: its strings change hands without reference counting.
        let f = frames.popLast()
        if f.ownsBase { bases.removeLast() }
        switch f.kind {
        case .property:
            let textStart = f.textStart
            let length = text.count - textStart
            if f.hasObject {
                if length > 0 { text.removeLast(length) }
                break
            }
            var value = ""
            if length > 0 {
                value = text.withUnsafeBufferPointer {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[textStart...]), as: UTF8.self)
                }
                text.removeLast(length)
            }
            let object: Term
            if let datatype = f.datatype {
                object = .literal(Literal(value, datatype: datatype))
            } else {
                object = literalTerm(value, language: f.language)
            }
            emit(f.subject.term, f.predicate, object)
            if let r = f.reification { reify(r, f.subject, f.predicate, object) }
        case .collection:
            if let last = f.lastCell {
                emit(.blank(last), RDFVocab.rest, .iri(RDFVocab.nil_))
            } else {
                emit(f.subject.term, f.predicate, .iri(RDFVocab.nil_))
                if let r = f.reification { reify(r, f.subject, f.predicate, .iri(RDFVocab.nil_)) }
            }
        case .literal:
            let object = Term.literal(Literal(String(decoding: literal.bytes, as: UTF8.self), datatype: RDFVocab.xmlLiteral))
            literal.reset()
            emit(f.subject.term, f.predicate, object)
            if let r = f.reification { reify(r, f.subject, f.predicate, object) }
        case .literalInner:
            literal.endElement(
                prefix: prefix.map { String(cString: $0) }, local: String(cString: local), mark: f.textStart)
        case .document, .rdfRoot, .node, .emptyProperty:
            break
        }
    }

    func characters(_ chars: UnsafePointer<UInt8>, _ count: Int) {
        guard !stopped, count > 0 else { return }
        let top = frames.count - 1
        let buffer = UnsafeBufferPointer(start: chars, count: count)
        switch frames[top].kind {
        case .property:
            if frames[top].hasObject {
                if !isWhitespace(buffer) {
                    fail("property element mixes a node element with text")
                }
                return
            }
            if text.count - frames[top].textStart + count > limits.maxLiteralBytes {
                fail("literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
                return
            }
            text.append(contentsOf: buffer)
        case .literal, .literalInner:
            literal.text(buffer)
            if literal.count > limits.maxLiteralBytes {
                fail("XML literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
            }
        case .emptyProperty:
            if !isWhitespace(buffer) {
                fail("property element with rdf:resource, rdf:nodeID or property attributes must be empty, but contains the text \(snippet(buffer))")
            }
        case .document, .rdfRoot, .node, .collection:
            if !isWhitespace(buffer) {
                fail("text is not allowed here: \(snippet(buffer))")
            }
        }
    }

    func processingInstruction(target: UnsafePointer<UInt8>?, data: UnsafePointer<UInt8>?) {
        guard !stopped, let target else { return }
        switch frames[frames.count - 1].kind {
        case .literal, .literalInner:
            literal.processingInstruction(target: String(cString: target), data: data.map { String(cString: $0) } ?? "")
        default:
            break
        }
    }

    // MARK: Helpers

    @inline(__always)
    func isWhitespace<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        for b in bytes where !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { return false }
        return true
    }

    func snippet(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
        let s = String(decoding: UnsafeBufferPointer(rebasing: buffer.prefix(40)), as: UTF8.self)
        return "\"\(s.trimmingWhitespace())\(buffer.count > 40 ? "…" : "")\""
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
