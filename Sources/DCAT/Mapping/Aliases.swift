import RDF

/// Maps predicates and classes of older or sloppier vocabularies onto the DCAT-AP NL 3.0 terms
/// (DIGEST §3: the legacy data.overheid.nl output; DCAT over https; Dublin Core elements; vCard 3).
enum Aliases {
    /// Exact alias -> canonical IRI.
    static let exact: [String: String] = {
        var m: [String: String] = [:]
        let donl = DCATNS.donl
        // Legacy data.overheid.nl export.
        m[donl + "Dataset"] = C.dataset
        m[donl + "Distribution"] = C.distribution
        m[donl + "identifier"] = P.identifier
        m[donl + "language"] = P.language
        m[donl + "authority"] = P.authority
        m[donl + "publisher"] = P.publisher
        m[donl + "accessRights"] = P.accessRights
        m[donl + "status"] = P.admsStatus
        // Legacy vCard namespace without `ns#`, with the property names the export used.
        let v = DCATNS.vcardLegacy
        for (old, new) in [("fn", P.fn), ("title", P.vcardTitle), ("adr", P.hasAddress), ("tel", P.hasTelephone),
                           ("email", P.hasEmail), ("web", P.hasURL), ("hasEmail", P.hasEmail),
                           ("hasTelephone", P.hasTelephone), ("hasURL", P.hasURL),
                           ("organization-name", P.organizationName), ("Kind", C.vcardKind),
                           ("Organization", C.organization), ("Individual", C.individual)] {
            m[v + old] = new
        }
        // vCard 3 RDF and older vCard 4 spellings.
        let v3 = DCATNS.vcardRDF3
        for (old, new) in [("FN", P.fn), ("EMAIL", P.hasEmail), ("TEL", P.hasTelephone), ("URL", P.hasURL),
                           ("ORG", P.organizationName), ("TITLE", P.vcardTitle)] {
            m[v3 + old] = new
        }
        m[NS.vcard.iri + "email"] = P.hasEmail
        m[NS.vcard.iri + "tel"] = P.hasTelephone
        m[NS.vcard.iri + "url"] = P.hasURL
        m[NS.vcard.iri + "organisation-name"] = P.organizationName
        m[NS.vcard.iri + "VCard"] = C.vcardKind
        // Dublin Core elements used in place of terms.
        for local in ["title", "description", "identifier", "language", "publisher", "creator", "rights", "format",
                      "source", "relation"] {
            m[DCATNS.dc11 + local] = NS.dct.iri + local
        }
        // DCAT-AP 1/2 spellings replaced in DCAT 3.
        m[NS.owl.iri + "versionInfo"] = P.version
        m[NS.dcat.iri + "hasVersion"] = P.hasVersion
        m[NS.dcat.iri + "isVersionOf"] = P.isVersionOf
        m[NS.dcat.iri + "size"] = P.byteSize
        m[NS.dcat.iri + "bytes"] = P.byteSize
        m[NS.dct.iri + "abstract"] = P.description
        m[NS.dct.iri + "licence"] = P.license
        m[DCATNS.schemaHTTPS + "startDate"] = P.schemaStartDate
        m[DCATNS.schemaHTTPS + "endDate"] = P.schemaEndDate
        return m
    }()

    /// The canonical form of `iri` and whether it was an alias.
    static func canonical(_ iri: String) -> (String, Bool) {
        if let c = exact[iri] { return (c, true) }
        if iri.hasPrefix(DCATNS.dcatHTTPS) { return (NS.dcat.iri + iri.dropFirst(DCATNS.dcatHTTPS.utf8.count), true) }
        if iri.hasPrefix(DCATNS.vcardLegacy) && !iri.hasPrefix(NS.vcard.iri) {
            return (NS.vcard.iri + iri.dropFirst(DCATNS.vcardLegacy.utf8.count), true)
        }
        return (iri, false)
    }

    /// `dct:title` from `http://purl.org/dc/terms/title`, for notes.
    static func short(_ iri: String) -> String {
        for ns in NS.all where iri.hasPrefix(ns.iri) { return ns.prefix + ":" + iri.dropFirst(ns.iri.utf8.count) }
        for (prefix, ns) in [("donl", DCATNS.donl), ("overheid", DCATNS.overheid), ("v", DCATNS.vcardLegacy),
                             ("dc", DCATNS.dc11)] where iri.hasPrefix(ns) {
            return prefix + ":" + iri.dropFirst(ns.utf8.count)
        }
        return "<\(iri)>"
    }
}
