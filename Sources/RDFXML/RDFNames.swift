import CLibXML2
import RDF

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an element or attribute name means to the RDF/XML grammar. Classified once per distinct
/// (namespace, local name) pair and cached, so the hot path never compares strings.
enum NameKind: UInt8 {
    /// Any name outside the RDF and XML namespaces (or an allowed rdf: name such as rdf:_1, rdf:Seq).
    case other
    case rdfRDF, rdfID, rdfAbout, rdfParseType, rdfResource, rdfNodeID, rdfDatatype
    case rdfLi, rdfDescription, rdfBagID, rdfAboutEach, rdfAboutEachPrefix, rdfType
    case xmlLang, xmlBase
    /// Other attributes XML reserves (xml:space, unqualified names starting with "xml"): ignored.
    case xmlIgnored
    /// An element or an attribute without a namespace, which RDF/XML cannot turn into an IRI.
    case noNamespace

    /// Syntax names that may never be a node element (RDF/XML §7.2.11: coreSyntaxTerms, rdf:li, oldTerms).
    var forbiddenAsNodeElement: Bool {
        switch self {
        case .rdfRDF, .rdfID, .rdfAbout, .rdfParseType, .rdfResource, .rdfNodeID, .rdfDatatype,
             .rdfLi, .rdfBagID, .rdfAboutEach, .rdfAboutEachPrefix, .noNamespace:
            return true
        default: return false
        }
    }

    /// Names that may never be a property element (§7.2.13: coreSyntaxTerms, rdf:Description, oldTerms).
    var forbiddenAsPropertyElement: Bool {
        switch self {
        case .rdfRDF, .rdfID, .rdfAbout, .rdfParseType, .rdfResource, .rdfNodeID, .rdfDatatype,
             .rdfDescription, .rdfBagID, .rdfAboutEach, .rdfAboutEachPrefix, .noNamespace:
            return true
        default: return false
        }
    }

    /// Names that may never be a property attribute (§6.1.4 propertyAttributeURIs).
    var forbiddenAsPropertyAttribute: Bool {
        switch self {
        case .rdfRDF, .rdfLi, .rdfDescription, .rdfBagID, .rdfAboutEach, .rdfAboutEachPrefix, .noNamespace:
            return true
        default: return false
        }
    }
}

/// A class so that passing one around costs a single reference count, not one per string.
final class NameInfo {
    let iri: IRI
    let kind: NameKind
    /// "rdf:about", "eg:prop": for error messages only.
    let display: String

    init(iri: IRI, kind: NameKind, display: String) {
        self.iri = iri
        self.kind = kind
        self.display = display
    }
}

enum Vocabulary {
    static let rdfNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xmlNS = "http://www.w3.org/XML/1998/namespace"
    static let rdfNSBytes: [UInt8] = Array(rdfNS.utf8)
    static let xmlNSBytes: [UInt8] = Array(xmlNS.utf8)

    static let statement = IRI(rdfNS + "Statement")
    static let subject = IRI(rdfNS + "subject")
    static let predicate = IRI(rdfNS + "predicate")
    static let object = IRI(rdfNS + "object")

    static let rdfLocalNames: [String: NameKind] = [
        "RDF": .rdfRDF, "ID": .rdfID, "about": .rdfAbout, "parseType": .rdfParseType,
        "resource": .rdfResource, "nodeID": .rdfNodeID, "datatype": .rdfDatatype, "li": .rdfLi,
        "Description": .rdfDescription, "bagID": .rdfBagID, "aboutEach": .rdfAboutEach,
        "aboutEachPrefix": .rdfAboutEachPrefix, "type": .rdfType,
    ]

    /// Unqualified attributes RDF/XML still reads as their rdf: twins (§6.1.4, for old documents).
    static let unqualifiedRDFAttributes: Set<String> = ["ID", "about", "resource", "parseType", "type"]
}

/// Compares a NUL-terminated C string with a byte constant without building a String.
@inline(__always)
func cStringEquals(_ p: UnsafePointer<UInt8>, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { b in
        memcmp(p, b.baseAddress!, b.count) == 0 && p[b.count] == 0
    }
}

/// Caches the classification and IRI of each (namespace, local name) pair, keyed by the pointers
/// libxml2 hands out. Names and namespace URIs come from the parser's dictionary, so the same name is
/// the same pointer for the whole parse; a pair whose strings are not dictionary-owned is classified
/// afresh every time rather than cached, so a reused buffer can never return a stale entry.
struct NameCache {
    private struct Key: Hashable {
        let uri: UInt
        let local: UInt
        let isAttribute: Bool
    }
    private var entries: [Key: NameInfo] = [:]
    private static let maxEntries = 1 << 16
    /// Direct-mapped front of `entries`: most lookups end here without hashing.
    private struct Slot {
        var uri: UInt = 0
        var local: UInt = 0
        var isAttribute = false
        var info: NameInfo?
    }
    private var front = [Slot](repeating: Slot(), count: 512)

    mutating func lookup(
        uri: UnsafePointer<UInt8>?, local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?,
        dict: xmlDictPtr?, isAttribute: Bool
    ) -> NameInfo {
        // Unqualified elements and attributes classify differently, hence the flag in the key.
        let u = UInt(bitPattern: uri)
        let l = UInt(bitPattern: local)
        let slot = Int(truncatingIfNeeded: ((l >> 3) ^ (u >> 5) ^ (isAttribute ? 0x1F3 : 0)) & 511)
        if let info = front[slot].info, front[slot].local == l, front[slot].uri == u,
           front[slot].isAttribute == isAttribute {
            return info
        }
        let key = Key(uri: u, local: l, isAttribute: isAttribute)
        if let hit = entries[key] {
            front[slot] = Slot(uri: u, local: l, isAttribute: isAttribute, info: hit)
            return hit
        }
        let info = Self.classify(uri: uri, local: local, prefix: prefix, isAttribute: isAttribute)
        // A document of endlessly new names must not grow the cache without bound.
        if entries.count < Self.maxEntries, let dict, xmlDictOwns(dict, local) == 1, uri == nil || xmlDictOwns(dict, uri) == 1,
           prefix == nil || xmlDictOwns(dict, prefix) == 1 {
            entries[key] = info
            front[slot] = Slot(uri: u, local: l, isAttribute: isAttribute, info: info)
        }
        return info
    }

    static func classify(
        uri: UnsafePointer<UInt8>?, local: UnsafePointer<UInt8>, prefix: UnsafePointer<UInt8>?,
        isAttribute: Bool
    ) -> NameInfo {
        let localName = String(cString: local)
        let prefixName = prefix.map { String(cString: $0) }
        let display = prefixName.map { "\($0):\(localName)" } ?? localName
        guard let uri else {
            if isAttribute {
                if localName.utf8.count >= 3, localName.prefix(3).lowercased() == "xml" {
                    return NameInfo(iri: IRI(localName), kind: .xmlIgnored, display: display)
                }
                if Vocabulary.unqualifiedRDFAttributes.contains(localName) {
                    let kind = Vocabulary.rdfLocalNames[localName] ?? .other
                    return NameInfo(iri: IRI(Vocabulary.rdfNS + localName), kind: kind, display: display)
                }
            }
            return NameInfo(iri: IRI(localName), kind: .noNamespace, display: display)
        }
        if cStringEquals(uri, Vocabulary.rdfNSBytes) {
            let kind = Vocabulary.rdfLocalNames[localName] ?? .other
            return NameInfo(iri: IRI(Vocabulary.rdfNS + localName), kind: kind, display: display)
        }
        if cStringEquals(uri, Vocabulary.xmlNSBytes) {
            let kind: NameKind = localName == "lang" ? .xmlLang : localName == "base" ? .xmlBase : .xmlIgnored
            return NameInfo(iri: IRI(Vocabulary.xmlNS + localName), kind: kind, display: display)
        }
        if isAttribute, let prefixName, prefixName.utf8.count >= 3, prefixName.prefix(3).lowercased() == "xml" {
            // Attributes whose prefix starts with "xml" are reserved by XML and ignored (§6.1.4).
            return NameInfo(iri: IRI(String(cString: uri) + localName), kind: .xmlIgnored, display: display)
        }
        return NameInfo(iri: IRI(String(cString: uri) + localName), kind: .other, display: display)
    }
}
