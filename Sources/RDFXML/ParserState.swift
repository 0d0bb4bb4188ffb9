import CLibXML2
import RDF

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the grammar stands inside one open element.
enum FrameKind: UInt8 {
    /// Before the document element.
    case document
    /// Inside `rdf:RDF`: node elements follow.
    case rdfRoot
    /// Inside a node element (or a `parseType="Resource"` property element): property elements follow.
    case node
    /// Inside a property element that may still become a literal, a node-valued or an empty property.
    case property
    /// Inside a property element that already has its object (rdf:resource, rdf:nodeID or property
    /// attributes): only whitespace may follow.
    case emptyProperty
    /// Inside `parseType="Collection"`: node elements are the list items.
    case collection
    /// Inside `parseType="Literal"` (or an unknown parseType): content becomes an rdf:XMLLiteral.
    case literal
    /// An element nested in a literal.
    case literalInner
}

/// A subject or collection cell: an IRI or a blank node, smaller to carry around than a `Term`.
enum NodeTerm {
    case iri(IRI)
    case blank(BlankNode)

    @inline(__always) var term: Term {
        switch self {
        case .iri(let i): return .iri(i)
        case .blank(let b): return .blank(b)
        }
    }
}

/// One open element. Only the stack of these is kept, never the tree. Kept small: frames are pushed
/// and popped for every element, so each field here is paid for millions of times.
struct Frame {
    static let noNode = NodeTerm.iri(IRI(""))
    static let noIRI = IRI("")

    var kind: FrameKind
    /// This element opened a new xml:base scope (pushed on `ParserState.bases`).
    var ownsBase = false
    /// A property element that received its node element object.
    var hasObject = false
    /// Index of the in-scope base in `ParserState.bases`.
    var baseIndex: Int32
    /// nil when no xml:lang is in scope (or `xml:lang=""` reset it).
    var language: String?
    /// The node element's subject; for property frames the subject of the statement being made.
    var subject: NodeTerm = Frame.noNode
    var predicate: IRI = Frame.noIRI
    /// rdf:ID on a property element: the statement's reification IRI.
    var reification: IRI?
    var datatype: IRI?
    /// rdf:li counter of a node element.
    var liCounter = 0
    /// Where this property element's text starts in the shared text buffer; for a literalInner
    /// element, the undo mark of the literal writer's namespace scope.
    var textStart = 0
    /// Last cell of a collection under construction.
    var lastCell: BlankNode?

    init(kind: FrameKind, baseIndex: Int32, ownsBase: Bool, language: String?) {
        self.kind = kind
        self.baseIndex = baseIndex
        self.ownsBase = ownsBase
        self.language = language
    }
}

/// One attribute as libxml2 hands it over: a classified name and the raw value bytes.
struct AttributeRef {
    var info: NameInfo
    var prefix: UnsafePointer<UInt8>?
    var uri: UnsafePointer<UInt8>?
    var local: UnsafePointer<UInt8>
    var start: UnsafePointer<UInt8>
    var end: UnsafePointer<UInt8>

    var isEmpty: Bool { start == end }
}

/// The RDF/XML grammar (RDF 1.1 XML Syntax §7) driven by SAX2 events. Triples and prefixes collect in
/// `triples`/`prefixes`; the reader drains them into the sink after every chunk, so the amount held is
/// bounded by what one chunk can produce. Errors cannot cross the C callbacks: the first one is kept
/// in `error`, the parser is stopped, and the reader throws it once `xmlParseChunk` returns.
final class ParserState {
    let sourceName: String
    let limits: RDFXMLLimits
    let labeler: BlankNodeLabeler
    var ctxt: xmlParserCtxtPtr?
    private(set) var error: RDFSyntaxError?

    // The hot state opts out of dynamic exclusivity checks: every access happens on the one thread
    // that runs the parse, inside libxml2's callbacks, and none of it is ever accessed re-entrantly.
    @exclusivity(unchecked) var triples: [Triple] = []
    var prefixes: [(String, IRI)] = []

    private var announcedPrefixes: [String: String] = [:]
    @exclusivity(unchecked) private var frames: FrameStack
    /// xml:base scopes; frames point into it. Index 0 is the document's base.
    @exclusivity(unchecked) private var bases: [BaseIRI?]
    /// Text of open property elements, each from its frame's `textStart`.
    @exclusivity(unchecked) private var text: [UInt8] = []
    private var literal = XMLLiteralWriter()
    @exclusivity(unchecked) private var names = NameCache()
    @exclusivity(unchecked) private var recent = RecentValues()
    /// rdf:ID values already used, as the IRIs they make (an IRI carries its base).
    private var usedIDs: Set<String> = []
    @exclusivity(unchecked) private var attributes: [AttributeRef] = []

    init(sourceName: String, base: String?, labeler: BlankNodeLabeler, limits: RDFXMLLimits) {
        self.sourceName = sourceName
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
        guard error == nil else { return }
        var line = 0
        var column = 0
        if let ctxt {
            line = Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(ctxt)))
            column = Int(xmlSAX2GetColumnNumber(UnsafeMutableRawPointer(ctxt)))
        }
        error = RDFSyntaxError(source: sourceName, line: max(line, 1), column: max(column, 1), message: message)
        if let ctxt { xmlStopParser(ctxt) }
    }

    /// A libxml2 error (well-formedness, namespaces, encoding) with libxml2's own position.
    func failFromXML(message: String, line: Int, column: Int) {
        guard error == nil else { return }
        error = RDFSyntaxError(source: sourceName, line: max(line, 1), column: max(column, 1), message: message)
        if let ctxt { xmlStopParser(ctxt) }
    }

    // MARK: Output

    @inline(__always)
    private func emit(_ s: Term, _ p: IRI, _ o: Term) {
        triples.append(Triple(s, p, o))
    }

    private func reify(_ r: IRI, _ s: NodeTerm, _ p: IRI, _ o: Term) {
        let node = Term.iri(r)
        emit(node, RDFVocab.type, .iri(Vocabulary.statement))
        emit(node, Vocabulary.subject, s.term)
        emit(node, Vocabulary.predicate, .iri(p))
        emit(node, Vocabulary.object, o)
    }

    private func announceNamespaces(_ count: Int, _ namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        guard count > 0, let namespaces else { return }
        for i in 0..<count {
            let name = namespaces[2 * i].map { String(cString: $0) } ?? ""
            guard let uriPointer = namespaces[2 * i + 1] else { continue }
            let uri = String(cString: uriPointer)
            if announcedPrefixes[name] != uri {
                announcedPrefixes[name] = uri
                prefixes.append((name, IRI(uri)))
            }
        }
    }

    // MARK: Values

    @inline(__always)
    private func bytes(_ a: AttributeRef) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: a.start, count: a.end - a.start)
    }

    private func string(_ a: AttributeRef) -> String {
        let count = a.end - a.start
        if memchr(a.start, Int32(UInt8(ascii: "&")), count) != nil {
            return AttributeText.decodeReferences(bytes(a))
        }
        return String(decoding: bytes(a), as: UTF8.self)
    }

    /// Resolves an IRI reference against a base; an absolute IRI without dot segments is taken as it
    /// is, without a round through the resolver.
    private func resolve(_ a: AttributeRef, base: Int32) -> String {
        let buffer = bytes(a)
        if memchr(a.start, Int32(UInt8(ascii: "&")), buffer.count) == nil,
           AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return String(decoding: buffer, as: UTF8.self)
        }
        return resolve(string(a), base: base)
    }

    private func resolve(_ reference: String, base: Int32) -> String {
        guard let b = bases[Int(base)] else { return reference }
        return b.resolve(reference)
    }

    /// rdf:datatype values repeat (xsd:date, xsd:dateTime…): absolute ones come from a small cache.
    private func datatypeIRI(_ a: AttributeRef, base: Int32) -> IRI {
        let buffer = bytes(a)
        if memchr(a.start, Int32(UInt8(ascii: "&")), buffer.count) == nil,
           AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return IRI(recent.string(buffer))
        }
        return IRI(resolve(string(a), base: base))
    }

    private func idIRI(_ a: AttributeRef, base: Int32) -> IRI? {
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

    private func nodeIDTerm(_ a: AttributeRef) -> BlankNode? {
        let id = string(a)
        guard NCName.isValid(id) else {
            fail("rdf:nodeID \"\(id)\" is not a valid XML NCName")
            return nil
        }
        return labeler.node(for: id)
    }

    @inline(__always)
    private func literalTerm(_ value: String, language: String?) -> Term {
        if let language { return .literal(Literal(value, language: language)) }
        return .literal(Literal(value))
    }

    // MARK: SAX events

    func startElement(
        local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?,
        namespaceCount: Int, namespaces: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
        attributeCount: Int, attributeValues: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    ) {
        guard error == nil else { return }
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
                text.removeSubrange(textStart...)
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
        guard error == nil, frames.count > 1 else { return }
        let top = frames.count - 1
        if frames[top].ownsBase { bases.removeLast() }
        switch frames[top].kind {
        case .property:
            let textStart = frames[top].textStart
            if frames[top].hasObject {
                if text.count > textStart { text.removeSubrange(textStart...) }
                break
            }
            let value = text.count > textStart
                ? String(decoding: text[textStart...], as: UTF8.self) : ""
            if text.count > textStart { text.removeSubrange(textStart...) }
            let object: Term
            if let datatype = frames[top].datatype {
                object = .literal(Literal(value, datatype: datatype))
            } else {
                object = literalTerm(value, language: frames[top].language)
            }
            let subject = frames[top].subject
            emit(subject.term, frames[top].predicate, object)
            if let r = frames[top].reification { reify(r, subject, frames[top].predicate, object) }
        case .collection:
            if let last = frames[top].lastCell {
                emit(.blank(last), RDFVocab.rest, .iri(RDFVocab.nil_))
            } else {
                let subject = frames[top].subject
                emit(subject.term, frames[top].predicate, .iri(RDFVocab.nil_))
                if let r = frames[top].reification { reify(r, subject, frames[top].predicate, .iri(RDFVocab.nil_)) }
            }
        case .literal:
            let object = Term.literal(Literal(String(decoding: literal.bytes, as: UTF8.self), datatype: RDFVocab.xmlLiteral))
            literal.reset()
            let subject = frames[top].subject
            emit(subject.term, frames[top].predicate, object)
            if let r = frames[top].reification { reify(r, subject, frames[top].predicate, object) }
        case .literalInner:
            literal.endElement(
                prefix: prefix.map { String(cString: $0) }, local: String(cString: local), mark: frames[top].textStart)
        case .document, .rdfRoot, .node, .emptyProperty:
            break
        }
        frames.removeLast()
    }

    func characters(_ chars: UnsafePointer<UInt8>, _ count: Int) {
        guard error == nil, count > 0 else { return }
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
        guard error == nil, let target else { return }
        switch frames[frames.count - 1].kind {
        case .literal, .literalInner:
            literal.processingInstruction(target: String(cString: target), data: data.map { String(cString: $0) } ?? "")
        default:
            break
        }
    }

    // MARK: Grammar

    /// xml:base and xml:lang of the element being opened, on top of its parent's. A new xml:base is
    /// pushed on `bases`; the frame built from this scope must say so (`ownsBase`) to pop it.
    private func scope(parent: Int) -> (base: Int32, ownsBase: Bool, language: String?) {
        var base = frames[parent].baseIndex
        var ownsBase = false
        var language = frames[parent].language
        for a in attributes {
            switch a.info.kind {
            case .xmlBase:
                let resolved = resolve(string(a), base: base)
                if ownsBase { bases.removeLast() }
                bases.append(BaseIRI(resolved))
                base = Int32(bases.count - 1)
                ownsBase = true
            case .xmlLang:
                language = a.isEmpty ? nil : recent.string(bytes(a))
            default:
                break
            }
        }
        return (base, ownsBase, language)
    }

    private func startRDF(parent: Int) {
        for a in attributes {
            switch a.info.kind {
            case .xmlBase, .xmlLang, .xmlIgnored: continue
            default:
                fail("attribute \(a.info.display) is not allowed on rdf:RDF")
                return
            }
        }
        let scope = scope(parent: parent)
        frames.append(Frame(kind: .rdfRoot, baseIndex: scope.base, ownsBase: scope.ownsBase, language: scope.language))
    }

    /// Opens a node element (§7.2.11) and returns its subject, or nil after an error.
    private func startNodeElement(_ name: NameInfo, parent: Int) -> NodeTerm? {
        if name.kind.forbiddenAsNodeElement {
            fail(name.kind == .noNamespace
                ? "element \(name.display) has no namespace, so it names no RDF term"
                : "\(name.display) is not allowed as a node element")
            return nil
        }
        let scope = scope(parent: parent)
        let base = scope.base
        var subject: NodeTerm?
        var subjectAttribute: String?
        for a in attributes {
            let kind = a.info.kind
            guard kind == .rdfID || kind == .rdfAbout || kind == .rdfNodeID else { continue }
            if let subjectAttribute {
                fail("node element \(name.display) has both \(subjectAttribute) and \(a.info.display)")
                return nil
            }
            subjectAttribute = a.info.display
            switch kind {
            case .rdfID:
                guard let iri = idIRI(a, base: base) else { return nil }
                subject = .iri(iri)
            case .rdfAbout:
                subject = .iri(IRI(resolve(a, base: base)))
            default:
                guard let node = nodeIDTerm(a) else { return nil }
                subject = .blank(node)
            }
        }
        let s = subject ?? .blank(labeler.fresh())
        var frame = Frame(kind: .node, baseIndex: base, ownsBase: scope.ownsBase, language: scope.language)
        frame.subject = s
        frames.append(frame)

        let subjectTerm = s.term
        if name.kind != .rdfDescription {
            emit(subjectTerm, RDFVocab.type, .iri(name.iri))
        }
        for a in attributes {
            switch a.info.kind {
            case .rdfID, .rdfAbout, .rdfNodeID, .xmlBase, .xmlLang, .xmlIgnored:
                continue
            case .rdfType:
                emit(subjectTerm, RDFVocab.type, .iri(IRI(resolve(a, base: base))))
            case .rdfParseType, .rdfResource, .rdfDatatype:
                fail("\(a.info.display) is not allowed on the node element \(name.display)")
                return nil
            default:
                if a.info.kind.forbiddenAsPropertyAttribute {
                    fail(a.info.kind == .noNamespace
                        ? "attribute \(a.info.display) has no namespace, so it names no property"
                        : "\(a.info.display) is not allowed as a property attribute")
                    return nil
                }
                emit(subjectTerm, a.info.iri, literalTerm(string(a), language: scope.language))
            }
        }
        return s
    }

    /// Opens a property element (§7.2.14-7.2.21) inside the node element at `parent`.
    private func startPropertyElement(_ name: NameInfo, parent: Int) {
        if name.kind.forbiddenAsPropertyElement {
            fail(name.kind == .noNamespace
                ? "element \(name.display) has no namespace, so it names no property"
                : "\(name.display) is not allowed as a property element")
            return
        }
        var predicate = name.iri
        if name.kind == .rdfLi {
            frames[parent].liCounter += 1
            predicate = IRI(Vocabulary.rdfNS + "_" + String(frames[parent].liCounter))
        }
        let subject = frames[parent].subject

        var idAttribute: AttributeRef?
        var parseType: AttributeRef?
        var resource: AttributeRef?
        var nodeID: AttributeRef?
        var datatype: AttributeRef?
        var propertyAttributeCount = 0
        var hasXMLAttributes = false
        for a in attributes {
            switch a.info.kind {
            case .xmlBase, .xmlLang: hasXMLAttributes = true
            case .xmlIgnored: continue
            case .rdfID: idAttribute = a
            case .rdfParseType: parseType = a
            case .rdfResource: resource = a
            case .rdfNodeID: nodeID = a
            case .rdfDatatype: datatype = a
            case .rdfAbout:
                fail("rdf:about is not allowed on the property element \(name.display)")
                return
            default:
                if a.info.kind.forbiddenAsPropertyAttribute {
                    fail(a.info.kind == .noNamespace
                        ? "attribute \(a.info.display) has no namespace, so it names no property"
                        : "\(a.info.display) is not allowed as a property attribute")
                    return
                }
                propertyAttributeCount += 1
            }
        }
        let scope = hasXMLAttributes
            ? scope(parent: parent)
            : (base: frames[parent].baseIndex, ownsBase: false, language: frames[parent].language)
        let base = scope.base
        var reification: IRI?
        if let idAttribute {
            guard let r = idIRI(idAttribute, base: base) else { return }
            reification = r
        }

        var frame = Frame(kind: .property, baseIndex: base, ownsBase: scope.ownsBase, language: scope.language)
        frame.subject = subject
        frame.predicate = predicate
        frame.reification = reification

        if let parseType {
            if resource != nil || nodeID != nil || datatype != nil || propertyAttributeCount > 0 {
                fail("rdf:parseType on \(name.display) allows no other attribute than rdf:ID")
                return
            }
            switch AttributeText.parseType(bytes(parseType)) {
            case .resource:
                let node = labeler.fresh()
                emit(subject.term, predicate, .blank(node))
                if let reification { reify(reification, subject, predicate, .blank(node)) }
                frame.kind = .node
                frame.subject = .blank(node)
                frame.predicate = Frame.noIRI
                frame.reification = nil
                frames.append(frame)
            case .collection:
                frame.kind = .collection
                frames.append(frame)
            case .literal:
                frame.kind = .literal
                literal.reset()
                frames.append(frame)
            }
            return
        }

        if resource != nil || nodeID != nil || propertyAttributeCount > 0 {
            if datatype != nil {
                fail("rdf:datatype cannot be combined with rdf:resource, rdf:nodeID or property attributes on \(name.display)")
                return
            }
            if resource != nil && nodeID != nil {
                fail("property element \(name.display) has both rdf:resource and rdf:nodeID")
                return
            }
            let object: Term
            if let resource {
                object = .iri(IRI(resolve(resource, base: base)))
            } else if let nodeID {
                guard let node = nodeIDTerm(nodeID) else { return }
                object = .blank(node)
            } else {
                object = .blank(labeler.fresh())
            }
            emit(subject.term, predicate, object)
            if let reification { reify(reification, subject, predicate, object) }
            if propertyAttributeCount > 0 {
                for a in attributes {
                    switch a.info.kind {
                    case .xmlBase, .xmlLang, .xmlIgnored, .rdfID, .rdfResource, .rdfNodeID: continue
                    case .rdfType:
                        emit(object, RDFVocab.type, .iri(IRI(resolve(a, base: base))))
                    default:
                        emit(object, a.info.iri, literalTerm(string(a), language: scope.language))
                    }
                }
            }
            frame.kind = .emptyProperty
            frames.append(frame)
            return
        }

        if let datatype {
            frame.datatype = datatypeIRI(datatype, base: base)
        }
        frame.textStart = text.count
        frames.append(frame)
    }

    private func startLiteralElement(local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
        var literalAttributes: [XMLLiteralWriter.Attribute] = []
        literalAttributes.reserveCapacity(attributes.count)
        for a in attributes {
            literalAttributes.append(XMLLiteralWriter.Attribute(
                prefix: a.prefix.map { String(cString: $0) },
                uri: a.uri.map { String(cString: $0) },
                local: String(cString: a.local),
                value: string(a)))
        }
        let mark = literal.startElement(
            prefix: prefix.map { String(cString: $0) }, uri: uri.map { String(cString: $0) },
            local: String(cString: local), attributes: literalAttributes)
        let parent = frames.count - 1
        var frame = Frame(kind: .literalInner, baseIndex: frames[parent].baseIndex, ownsBase: false,
                          language: frames[parent].language)
        frame.textStart = mark
        frames.append(frame)
        if literal.count > limits.maxLiteralBytes {
            fail("XML literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
        }
    }

    // MARK: Helpers

    @inline(__always)
    private func isWhitespace<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        for b in bytes where !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { return false }
        return true
    }

    private func snippet(_ buffer: UnsafeBufferPointer<UInt8>) -> String {
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
