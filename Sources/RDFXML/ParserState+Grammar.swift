import CLibXML2
import RDF

/// The productions of RDF/XML §7.2 that open elements: rdf:RDF, node elements, property elements
/// and the content of XML literals.
extension ParserState {
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

    func startRDF(parent: Int) {
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
    func startNodeElement(_ name: NameInfo, parent: Int) -> NodeTerm? {
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
        frames.append(Frame(kind: .node, baseIndex: base, ownsBase: scope.ownsBase, language: scope.language,
                            subject: s))

        let subjectTerm = s.term
        if name.kind != .rdfDescription {
            emit(subjectTerm, RDFVocab.type, .iri(name.iri))
        }
        for a in attributes {
            switch a.info.kind {
            case .rdfID, .rdfAbout, .rdfNodeID, .xmlBase, .xmlLang, .xmlIgnored:
                continue
            case .rdfType:
                emit(subjectTerm, RDFVocab.type, .iri(IRI(resolveRepeating(a, base: base))))
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
    func startPropertyElement(_ name: NameInfo, parent: Int) {
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
                frames.append(Frame(kind: .node, baseIndex: base, ownsBase: scope.ownsBase, language: scope.language,
                                    subject: .blank(node)))
            case .collection:
                frames.append(Frame(kind: .collection, baseIndex: base, ownsBase: scope.ownsBase,
                                    language: scope.language, subject: subject, predicate: predicate,
                                    reification: reification))
            case .literal:
                literal.reset()
                frames.append(Frame(kind: .literal, baseIndex: base, ownsBase: scope.ownsBase,
                                    language: scope.language, subject: subject, predicate: predicate,
                                    reification: reification))
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
                object = .iri(IRI(resolveRepeating(resource, base: base)))
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
                        emit(object, RDFVocab.type, .iri(IRI(resolveRepeating(a, base: base))))
                    default:
                        emit(object, a.info.iri, literalTerm(string(a), language: scope.language))
                    }
                }
            }
            frames.append(Frame(kind: .emptyProperty, baseIndex: base, ownsBase: scope.ownsBase,
                                language: scope.language))
            return
        }

        frames.append(Frame(kind: .property, baseIndex: base, ownsBase: scope.ownsBase, language: scope.language,
                            subject: subject, predicate: predicate, reification: reification,
                            datatype: datatype.map { datatypeIRI($0, base: base) }, textStart: text.count))
    }

    func startLiteralElement(local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?, uri: UnsafePointer<UInt8>?) {
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
        frames.append(Frame(kind: .literalInner, baseIndex: frames[parent].baseIndex, ownsBase: false,
                            language: frames[parent].language, textStart: mark))
        if literal.count > limits.maxLiteralBytes {
            fail("XML literal is longer than the limit of \(limits.maxLiteralBytes) bytes")
        }
    }
}
