import CLibXML2
import RDF

/// The SAX2 callbacks. libxml2 passes the `ParserState` back as `ctx` (the push parser's user data);
/// the callbacks only forward to it, since Swift errors cannot cross a C frame.
enum SAXHandler {
    @inline(__always)
    static func state(_ ctx: UnsafeMutableRawPointer?) -> ParserState {
        Unmanaged<ParserState>.fromOpaque(ctx!).takeUnretainedValue()
    }

    static func make() -> xmlSAXHandler {
        var h = xmlSAXHandler()
        h.initialized = XML_SAX2_MAGIC
        h.startElementNs = { ctx, localname, prefix, uri, nbNamespaces, namespaces, nbAttributes, _, attributes in
            guard let localname else { return }
            SAXHandler.state(ctx).startElement(
                local: localname, prefix: prefix, uri: uri,
                namespaceCount: Int(nbNamespaces), namespaces: namespaces,
                attributeCount: Int(nbAttributes), attributeValues: attributes)
        }
        h.endElementNs = { ctx, localname, prefix, _ in
            guard let localname else { return }
            SAXHandler.state(ctx).endElement(local: localname, prefix: prefix)
        }
        h.characters = { ctx, ch, len in
            guard let ch else { return }
            SAXHandler.state(ctx).characters(ch, Int(len))
        }
        h.cdataBlock = h.characters
        h.ignorableWhitespace = h.characters
        h.processingInstruction = { ctx, target, data in
            SAXHandler.state(ctx).processingInstruction(target: target, data: data)
        }
        // Entities: no declaration is accepted, so no entity is ever expanded (no billion laughs) and
        // no external entity is ever read (no XXE). Only XML's five predefined entities remain, which
        // libxml2 resolves itself before asking getEntity.
        h.entityDecl = { ctx, name, _, _, _, _ in
            let entity = name.map { String(cString: $0) } ?? "?"
            SAXHandler.state(ctx).fail(
                "the document declares the entity \"\(entity)\"; DTD entity declarations are refused (no entity expansion, no external entities)")
        }
        h.getEntity = { _, _ in nil }
        h.getParameterEntity = { _, _ in nil }
        h.resolveEntity = { _, _, _ in nil }
        h.reference = { ctx, name in
            let entity = name.map { String(cString: $0) } ?? "?"
            SAXHandler.state(ctx).fail("reference to the undeclared entity &\(entity);")
        }
        h.serror = { ctx, error in
            guard let ctx, let error else { return }
            let e = error.pointee
            // Warnings (e.g. about the namespace URI form) do not make a document unreadable.
            guard e.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
            message = message.trimmingWhitespace()
            SAXHandler.state(ctx).failFromXML(message: message, line: Int(e.line), column: Int(e.int2))
        }
        return h
    }
}
