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

/// One open element. Only the stack of these is kept, never the tree.
struct Frame {
    static let noTerm = Term.iri(IRI(""))
    static let noIRI = IRI("")

    var kind: FrameKind
    var base: BaseIRI?
    /// nil when no xml:lang is in scope (or `xml:lang=""` reset it).
    var language: String?
    /// The node element's subject; for property frames the subject of the statement being made.
    var subject: Term = Frame.noTerm
    var predicate: IRI = Frame.noIRI
    /// rdf:ID on a property element: the statement's reification IRI.
    var reification: IRI?
    var datatype: IRI?
    /// rdf:li counter of a node element.
    var liCounter = 0
    /// Where this property element's text starts in the shared text buffer.
    var textStart = 0
    /// A property element that received its node element object.
    var hasObject = false
    /// Last cell of a collection under construction.
    var lastCell: Term?
    /// Undo mark of the literal writer's namespace scope (literalInner).
    var literalMark = 0

    init(kind: FrameKind, base: BaseIRI?, language: String?) {
        self.kind = kind
        self.base = base
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

    var triples: [Triple] = []
    var prefixes: [(String, IRI)] = []

    private var announcedPrefixes: [String: String] = [:]
    private var frames: [Frame]
    /// Text of open property elements, each from its frame's `textStart`.
    private var text: [UInt8] = []
    private var literal = XMLLiteralWriter()
    private var names = NameCache()
    /// rdf:ID values already used, as the IRIs they make (an IRI carries its base).
    private var usedIDs: Set<String> = []
    private var attributes: [AttributeRef] = []

    init(sourceName: String, base: String?, labeler: BlankNodeLabeler, limits: RDFXMLLimits) {
        self.sourceName = sourceName
        self.limits = limits
        self.labeler = labeler
        frames = [Frame(kind: .document, base: base.map { BaseIRI($0) }, language: nil)]
        frames.reserveCapacity(64)
        text.reserveCapacity(4096)
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

    /// An error from outside the grammar (the sink, the byte source) that ends the parse.
    func recordExternal(_ e: RDFSyntaxError) {
        if error == nil { error = e }
    }

    // MARK: Output

    @inline(__always)
    private func emit(_ s: Term, _ p: IRI, _ o: Term) {
        triples.append(Triple(s, p, o))
    }

    private func reify(_ r: IRI, _ s: Term, _ p: IRI, _ o: Term) {
        let node = Term.iri(r)
        emit(node, RDFVocab.type, .iri(Vocabulary.statement))
        emit(node, Vocabulary.subject, s)
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

    private func string(_ a: AttributeRef) -> String {
        let count = a.end - a.start
        if memchr(a.start, Int32(UInt8(ascii: "&")), count) != nil {
            return AttributeText.decodeReferences(UnsafeBufferPointer(start: a.start, count: count))
        }
        return String(decoding: UnsafeBufferPointer(start: a.start, count: count), as: UTF8.self)
    }

    /// Resolves an IRI reference against the frame's base; an absolute IRI without dot segments is
    /// taken as it is, without a round through the resolver.
    private func resolve(_ a: AttributeRef, base: BaseIRI?) -> String {
        let count = a.end - a.start
        let buffer = UnsafeBufferPointer(start: a.start, count: count)
        if memchr(a.start, Int32(UInt8(ascii: "&")), count) == nil, AttributeText.isAbsoluteWithoutDotSegments(buffer) {
            return String(decoding: buffer, as: UTF8.self)
        }
        return resolve(string(a), base: base)
    }

    private func resolve(_ reference: String, base: BaseIRI?) -> String {
        guard let base else { return reference }
        return base.resolve(reference)
    }

    private func idIRI(_ a: AttributeRef, base: BaseIRI?) -> IRI? {
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

    private func nodeIDTerm(_ a: AttributeRef) -> Term? {
        let id = string(a)
        guard NCName.isValid(id) else {
            fail("rdf:nodeID \"\(id)\" is not a valid XML NCName")
            return nil
        }
        return .blank(labeler.node(for: id))
    }

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
        announceNamespaces(namespaceCount, namespaces)

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
        switch frames[parent].kind {
        case .literal, .literalInner:
            startLiteralElement(local: local, prefix: prefix, uri: uri)
            return
        default:
            break
        }

        let name = names.lookup(uri: uri, local: local, prefix: prefix, dict: dict, isAttribute: false)
        switch frames[parent].kind {
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
            if !isWhitespace(text[frames[parent].textStart...]) {
                fail("property element mixes text with the node element \(name.display)")
                return
            }
            text.removeSubrange(frames[parent].textStart...)
            guard let object = startNodeElement(name, parent: parent) else { return }
            frames[parent].hasObject = true
            let p = frames[parent]
            emit(p.subject, p.predicate, object)
            if let r = p.reification { reify(r, p.subject, p.predicate, object) }
        case .collection:
            guard let item = startNodeElement(name, parent: parent) else { return }
            let cell = Term.blank(labeler.fresh())
            let p = frames[parent]
            if let last = p.lastCell {
                emit(last, RDFVocab.rest, cell)
            } else {
                emit(p.subject, p.predicate, cell)
                if let r = p.reification { reify(r, p.subject, p.predicate, cell) }
            }
            emit(cell, RDFVocab.first, item)
            frames[parent].lastCell = cell
        case .emptyProperty:
            fail("property element with rdf:resource, rdf:nodeID or property attributes must be empty, but contains \(name.display)")
        case .literal, .literalInner:
            break
        }
    }

    func endElement(local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?) {
        guard error == nil, frames.count > 1 else { return }
        let f = frames.removeLast()
        switch f.kind {
        case .property:
            if f.hasObject {
                text.removeSubrange(f.textStart...)
                return
            }
            let value = String(decoding: text[f.textStart...], as: UTF8.self)
            text.removeSubrange(f.textStart...)
            let object: Term
            if let datatype = f.datatype {
                object = .literal(Literal(value, datatype: datatype))
            } else {
                object = literalTerm(value, language: f.language)
            }
            emit(f.subject, f.predicate, object)
            if let r = f.reification { reify(r, f.subject, f.predicate, object) }
        case .collection:
            if let last = f.lastCell {
                emit(last, RDFVocab.rest, .iri(RDFVocab.nil_))
            } else {
                emit(f.subject, f.predicate, .iri(RDFVocab.nil_))
                if let r = f.reification { reify(r, f.subject, f.predicate, .iri(RDFVocab.nil_)) }
            }
        case .literal:
            let object = Term.literal(Literal(String(decoding: literal.bytes, as: UTF8.self), datatype: RDFVocab.xmlLiteral))
            literal.reset()
            emit(f.subject, f.predicate, object)
            if let r = f.reification { reify(r, f.subject, f.predicate, object) }
        case .literalInner:
            literal.endElement(
                prefix: prefix.map { String(cString: $0) }, local: String(cString: local), mark: f.literalMark)
        case .document, .rdfRoot, .node, .emptyProperty:
            break
        }
    }

    func characters(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        guard error == nil, count > 0 else { return }
        let top = frames.count - 1
        switch frames[top].kind {
        case .property:
            if frames[top].hasObject {
                if !isWhitespace(UnsafeBufferPointer(start: bytes, count: count)) {
                    fail("property element mixes a node element with text")
                }
                return
            }
            if text.count - frames[top].textStart + count > limits.maxLiteralBytes {
                fail("literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
                return
            }
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        case .literal, .literalInner:
            literal.text(UnsafeBufferPointer(start: bytes, count: count))
            if literal.count > limits.maxLiteralBytes {
                fail("XML literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
            }
        case .emptyProperty:
            if !isWhitespace(UnsafeBufferPointer(start: bytes, count: count)) {
                fail("property element with rdf:resource, rdf:nodeID or property attributes must be empty, but contains the text \(snippet(bytes, count))")
            }
        case .document, .rdfRoot, .node, .collection:
            if !isWhitespace(UnsafeBufferPointer(start: bytes, count: count)) {
                fail("text is not allowed here: \(snippet(bytes, count))")
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

    /// xml:base and xml:lang of the element being opened, on top of its parent's.
    private func scope(parent: Int) -> (BaseIRI?, String?) {
        var base = frames[parent].base
        var language = frames[parent].language
        for a in attributes {
            switch a.info.kind {
            case .xmlBase:
                let resolved = resolve(string(a), base: base)
                base = BaseIRI(resolved)
            case .xmlLang:
                language = a.isEmpty ? nil : string(a)
            default:
                break
            }
        }
        return (base, language)
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
        let (base, language) = scope(parent: parent)
        frames.append(Frame(kind: .rdfRoot, base: base, language: language))
    }

    /// Opens a node element (§7.2.11) and returns its subject, or nil after an error.
    private func startNodeElement(_ name: NameInfo, parent: Int) -> Term? {
        if name.kind.forbiddenAsNodeElement {
            fail(name.kind == .noNamespace
                ? "element \(name.display) has no namespace, so it names no RDF term"
                : "\(name.display) is not allowed as a node element")
            return nil
        }
        let (base, language) = scope(parent: parent)
        var subject: Term?
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
                subject = node
            }
        }
        let s = subject ?? .blank(labeler.fresh())
        var frame = Frame(kind: .node, base: base, language: language)
        frame.subject = s
        frames.append(frame)

        if name.kind != .rdfDescription {
            emit(s, RDFVocab.type, .iri(name.iri))
        }
        for a in attributes {
            switch a.info.kind {
            case .rdfID, .rdfAbout, .rdfNodeID, .xmlBase, .xmlLang, .xmlIgnored:
                continue
            case .rdfType:
                emit(s, RDFVocab.type, .iri(IRI(resolve(a, base: base))))
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
                emit(s, a.info.iri, literalTerm(string(a), language: language))
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
        let (base, language) = scope(parent: parent)

        var idAttribute: AttributeRef?
        var parseType: AttributeRef?
        var resource: AttributeRef?
        var nodeID: AttributeRef?
        var datatype: AttributeRef?
        var propertyAttributeCount = 0
        for a in attributes {
            switch a.info.kind {
            case .xmlBase, .xmlLang, .xmlIgnored: continue
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
        var reification: IRI?
        if let idAttribute {
            guard let r = idIRI(idAttribute, base: base) else { return }
            reification = r
        }

        var frame = Frame(kind: .property, base: base, language: language)
        frame.subject = subject
        frame.predicate = predicate
        frame.reification = reification

        if let parseType {
            if resource != nil || nodeID != nil || datatype != nil || propertyAttributeCount > 0 {
                fail("rdf:parseType on \(name.display) allows no other attribute than rdf:ID")
                return
            }
            switch AttributeText.parseType(UnsafeBufferPointer(start: parseType.start, count: parseType.end - parseType.start)) {
            case .resource:
                let node = Term.blank(labeler.fresh())
                emit(subject, predicate, node)
                if let reification { reify(reification, subject, predicate, node) }
                var inner = Frame(kind: .node, base: base, language: language)
                inner.subject = node
                frames.append(inner)
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
                object = node
            } else {
                object = .blank(labeler.fresh())
            }
            emit(subject, predicate, object)
            if let reification { reify(reification, subject, predicate, object) }
            for a in attributes {
                switch a.info.kind {
                case .xmlBase, .xmlLang, .xmlIgnored, .rdfID, .rdfResource, .rdfNodeID: continue
                case .rdfType:
                    emit(object, RDFVocab.type, .iri(IRI(resolve(a, base: base))))
                default:
                    emit(object, a.info.iri, literalTerm(string(a), language: language))
                }
            }
            frame.kind = .emptyProperty
            frames.append(frame)
            return
        }

        if let datatype {
            frame.datatype = IRI(resolve(datatype, base: base))
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
        let parent = frames[frames.count - 1]
        var frame = Frame(kind: .literalInner, base: parent.base, language: parent.language)
        frame.literalMark = mark
        frames.append(frame)
        if literal.count > limits.maxLiteralBytes {
            fail("XML literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
        }
    }

    // MARK: Helpers

    private func isWhitespace<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        for b in bytes where !(b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { return false }
        return true
    }

    private func snippet(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> String {
        let s = String(decoding: UnsafeBufferPointer(start: bytes, count: min(count, 40)), as: UTF8.self)
        let trimmed = s.trimmingWhitespace()
        return "\"\(trimmed)\(count > 40 ? "…" : "")\""
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
