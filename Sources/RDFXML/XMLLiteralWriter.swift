/// Writes the content of an `rdf:parseType="Literal"` property element in the exclusive XML
/// canonical form the RDF/XML suite expects (Exclusive XML Canonicalization 1.0, without comments):
/// a namespace declaration appears only on the element that visibly uses it and only when an output
/// ancestor did not already declare it the same way; namespace declarations sort by prefix, attributes
/// by (namespace URI, local name); empty elements are written as start and end tag (`<br></br>`).
///
/// Literal content is rare and small next to the rest of a catalog, so this writer favours clarity
/// over speed: it works with Swift strings, while the rest of the reader stays on bytes.
struct XMLLiteralWriter {
    private(set) var bytes: [UInt8] = []
    /// Prefix ("" for the default namespace) -> namespace declared on an open output ancestor.
    private var declared: [String: String] = [:]
    /// Undo log of `declared`: (prefix, previous value), one slice per open element.
    private var undo: [(String, String?)] = []

    struct Attribute {
        var prefix: String?
        var uri: String?
        var local: String
        var value: String
    }

    var count: Int { bytes.count }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        declared.removeAll()
        undo.removeAll()
    }

    /// Writes a start tag; returns the undo mark to pass to `endElement`.
    mutating func startElement(prefix: String?, uri: String?, local: String, attributes: [Attribute]) -> Int {
        let mark = undo.count
        var needed: [String: String] = [:]
        let elementPrefix = prefix ?? ""
        let elementURI = uri ?? ""
        if (declared[elementPrefix] ?? "") != elementURI { needed[elementPrefix] = elementURI }
        for a in attributes {
            // Unprefixed attributes are in no namespace; the xml prefix is never declared.
            guard let p = a.prefix, p != "xml", let u = a.uri else { continue }
            if declared[p] != u { needed[p] = u }
        }
        append("<")
        append(qualified(prefix, local))
        for p in needed.keys.sorted() {
            let u = needed[p]!
            append(p.isEmpty ? " xmlns=\"" : " xmlns:\(p)=\"")
            appendEscaped(u, attribute: true)
            append("\"")
            undo.append((p, declared[p]))
            declared[p] = u
        }
        let sorted = attributes.sorted { ($0.uri ?? "", $0.local) < ($1.uri ?? "", $1.local) }
        for a in sorted {
            append(" ")
            append(qualified(a.prefix, a.local))
            append("=\"")
            appendEscaped(a.value, attribute: true)
            append("\"")
        }
        append(">")
        return mark
    }

    mutating func endElement(prefix: String?, local: String, mark: Int) {
        append("</")
        append(qualified(prefix, local))
        append(">")
        while undo.count > mark {
            let (p, previous) = undo.removeLast()
            declared[p] = previous
        }
    }

    mutating func text(_ raw: UnsafeBufferPointer<UInt8>) {
        for b in raw {
            switch b {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case 0x0D: append("&#xD;")
            default: bytes.append(b)
            }
        }
    }

    mutating func processingInstruction(target: String, data: String) {
        append("<?")
        append(target)
        if !data.isEmpty {
            append(" ")
            append(data)
        }
        append("?>")
    }

    private func qualified(_ prefix: String?, _ local: String) -> String {
        guard let prefix, !prefix.isEmpty else { return local }
        return prefix + ":" + local
    }

    private mutating func append(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private mutating func appendEscaped(_ s: String, attribute: Bool) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: "\""): append("&quot;")
            case 0x09: append("&#x9;")
            case 0x0A: append("&#xA;")
            case 0x0D: append("&#xD;")
            default: bytes.append(b)
            }
        }
    }
}
