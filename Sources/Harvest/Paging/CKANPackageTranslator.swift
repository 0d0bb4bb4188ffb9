import Foundation
import RDF

/// What one `package_search` page held.
public struct CKANPage: Sendable, Hashable {
    /// `result.count`: packages matching the search in all.
    public var count: Int?
    /// Packages on this page (translated or skipped).
    public var packages: Int
    /// IRIs given to the translated datasets, in page order.
    public var datasetIRIs: [String]
    /// Packages that could not be translated, each with the reason.
    public var skipped: [String]
}

/// A page that is not a `package_search` answer.
public struct CKANResponseError: Error, Sendable, CustomStringConvertible {
    public let source: String
    public let message: String
    public var description: String { "\(source): \(message)" }
}

/// Turns CKAN `package_search` JSON (DCAT-AP-DONL 1.1 fields as data.overheid.nl holds them, plus the
/// core CKAN fields other portals have) into DCAT triples, so the ordinary `DCATMapper` maps the
/// packages and the canonical hash works as for any RDF feed.
///
/// Dataset IRIs are `<site>/dataset/<name>` (the form data.overheid.nl's own RDF uses), or the source's
/// `dataset_iri` template; distributions are `<dataset IRI>/resource/<id>`.
public struct CKANPackageTranslator: Sendable {
    /// The portal's root, e.g. `https://data.overheid.nl/data` for `…/data/api/3/action/package_search`.
    public let site: String
    /// `{name}` / `{id}` template for dataset IRIs; nil uses `<site>/dataset/{name}`.
    public let datasetIRITemplate: String?

    public init(site: String, datasetIRITemplate: String? = nil) {
        var s = site
        while s.hasSuffix("/") { s.removeLast() }
        self.site = s
        self.datasetIRITemplate = datasetIRITemplate
    }

    /// The site root of an API endpoint: everything before `/api/`.
    public static func site(ofEndpoint endpoint: URL) -> String {
        let s = endpoint.absoluteString
        let noQuery = s.split(separator: "?", maxSplits: 1).first.map(String.init) ?? s
        if let r = noQuery.range(of: "/api/") { return String(noQuery[..<r.lowerBound]) }
        return noQuery
    }

    /// Reads a page from disk and adds its triples to `sink`. `source` names the page in errors.
    public func translate<S: TripleSink>(file: URL, source: String, into sink: inout S) throws -> CKANPage {
        let data: Data
        do { data = try Data(contentsOf: file) } catch {
            throw CKANResponseError(source: source, message: "cannot read the page: \(error.localizedDescription)")
        }
        return try translate(data: data, source: source, into: &sink)
    }

    public func translate<S: TripleSink>(data: Data, source: String, into sink: inout S) throws -> CKANPage {
        let json: Any
        do { json = try JSONSerialization.jsonObject(with: data) } catch {
            throw CKANResponseError(source: source, message: "not JSON: \(Self.jsonMessage(error))")
        }
        guard let object = json as? [String: Any] else {
            throw CKANResponseError(source: source, message: "not a CKAN API answer (expected a JSON object)")
        }
        if let success = object["success"] as? Bool, !success {
            let detail = (object["error"] as? [String: Any])?["message"] as? String ?? "no reason given"
            throw CKANResponseError(source: source, message: "CKAN reported an error: \(detail)")
        }
        guard let result = object["result"] as? [String: Any], let results = result["results"] as? [Any] else {
            throw CKANResponseError(source: source, message: "not a package_search answer (result.results is missing)")
        }
        var page = CKANPage(count: Self.int(result["count"]), packages: results.count, datasetIRIs: [], skipped: [])
        let labeler = BlankNodeLabeler(prefix: "ckan")
        for (i, item) in results.enumerated() {
            guard let package = item as? [String: Any] else {
                page.skipped.append("result.results[\(i)] is not an object")
                continue
            }
            var builder = PackageBuilder(package: package, site: site, template: datasetIRITemplate, labeler: labeler)
            guard let iri = builder.datasetIRI() else {
                page.skipped.append("result.results[\(i)] has neither a name nor an id")
                continue
            }
            try builder.build(datasetIRI: iri, into: &sink)
            page.datasetIRIs.append(iri)
        }
        return page
    }

    static func int(_ v: Any?) -> Int? {
        if let n = v as? Int { return n }
        if let n = v as? NSNumber { return n.intValue }
        if let s = v as? String { return Int(s) }
        return nil
    }

    private static func jsonMessage(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}

/// Builds the triples of one package.
private struct PackageBuilder {
    let package: [String: Any]
    let site: String
    let template: String?
    let labeler: BlankNodeLabeler
    /// `extras` as a dictionary (core CKAN keeps non-schema fields there).
    let extras: [String: Any]
    /// Language tag of the package's texts, from `metadata_language`.
    let language: String?

    init(package: [String: Any], site: String, template: String?, labeler: BlankNodeLabeler) {
        self.package = package
        self.site = site
        self.template = template
        self.labeler = labeler
        var extras: [String: Any] = [:]
        for e in package["extras"] as? [Any] ?? [] {
            if let e = e as? [String: Any], let k = e["key"] as? String, let v = e["value"] { extras[k] = v }
        }
        self.extras = extras
        let metadataLanguage = (package["metadata_language"] ?? extras["metadata_language"]).flatMap { PackageBuilder.strings($0).first }
        self.language = metadataLanguage.flatMap(Languages.tag)
    }

    // Vocabulary.
    static let dcat = NS.dcat, dct = NS.dct, foaf = NS.foaf, vcard = NS.vcard, adms = NS.adms, spdx = NS.spdx
    static let overheid = Namespace("overheid", "http://standaarden.overheid.nl/owms/terms/")
    static let donl = Namespace("donl", "https://data.overheid.nl/dcat.rdf#")

    func datasetIRI() -> String? {
        let name = text("name"), id = text("id")
        if let template {
            guard (!template.contains("{name}") || name != nil) && (!template.contains("{id}") || id != nil) else { return nil }
            return template.replacingOccurrences(of: "{name}", with: PackageBuilder.pathSegment(name ?? ""))
                .replacingOccurrences(of: "{id}", with: PackageBuilder.pathSegment(id ?? ""))
        }
        guard let key = name ?? id else { return nil }
        return "\(site)/dataset/\(PackageBuilder.pathSegment(key))"
    }

    mutating func build<S: TripleSink>(datasetIRI: String, into sink: inout S) throws {
        let d = Term.iri(IRI(datasetIRI))
        var out: [Triple] = []
        func add(_ s: Term, _ p: IRI, _ o: Term?) { if let o { out.append(Triple(s, p, o)) } }
        typealias B = PackageBuilder

        add(d, RDFVocab.type, .iri(B.dcat.Dataset))
        add(d, B.dct.title, literal(text("title")))
        add(d, B.dct.description, literal(text("notes")))
        add(d, B.dct.identifier, text("identifier").map { .literal(Literal($0)) })
        for alt in strings("alternate_identifier") {
            let node = Term.blank(labeler.fresh())
            add(d, B.adms.identifier, node)
            add(node, RDFVocab.type, .iri(B.adms.Identifier))
            add(node, NS.skos.notation, .literal(Literal(alt)))
        }
        add(d, B.dcat.landingPage, iri(text("url")))
        for tag in package["tags"] as? [Any] ?? [] {
            let word = ((tag as? [String: Any])?["display_name"] ?? (tag as? [String: Any])?["name"] ?? tag) as? String
            add(d, B.dcat.keyword, literal(word))
        }
        for t in strings("theme") { add(d, B.dcat.theme, iri(t)) }
        for g in package["groups"] as? [Any] ?? [] where strings("theme").isEmpty {
            // Core CKAN: groups are the closest thing to themes; only their titles are known.
            if let title = (g as? [String: Any])?["title"] as? String { add(d, B.dcat.keyword, literal(title)) }
        }
        add(d, B.overheid.authority, iri(text("authority")))
        add(d, B.dct.publisher, publisher(&out))
        add(d, B.dcat.contactPoint, contactPoint(&out))
        add(d, B.dct.license, licence(text("license_id"), url: text("license_url")))
        for l in strings("language") { add(d, B.dct.language, iri(l)) }
        add(d, B.dct.accessRights, iri(text("access_rights")))
        add(d, B.adms.status, iri(text("dataset_status")))
        add(d, B.dct.accrualPeriodicity, iri(text("frequency")))
        add(d, B.dct.issued, date(text("issued")))
        add(d, B.dct.modified, date(text("modified")))
        add(d, B.dcat.version, literal(text("version"), tagged: false))
        for n in strings("version_notes") { add(d, B.adms.versionNotes, literal(n)) }
        add(d, B.donl.sourceCatalog, iri(text("source_catalog")))
        for (field, predicate) in [("documentation", B.foaf.page), ("sample", B.adms.sample), ("provenance", B.dct.provenance),
                                   ("is_version_of", B.dct.isVersionOf), ("has_version", B.dct.hasVersion),
                                   ("source", B.dct.source), ("related_resource", B.dct.relation),
                                   ("conforms_to", B.dct.conformsTo)] {
            for v in strings(field) { add(d, predicate, iri(v)) }
        }
        add(d, B.dct.temporal, temporal(&out))
        for (i, value) in strings("spatial_value").enumerated() { add(d, B.dct.spatial, spatial(value, scheme: strings("spatial_scheme")[safe: i], &out)) }
        add(d, B.overheid.grondslag, legalFoundation(&out))
        for flag in ["high_value": "highValue", "basis_register": "basisRegister", "referentie_data": "referentieData",
                     "national_coverage": "nationalCoverage"].sorted(by: { $0.key < $1.key }) where bool(flag.key) {
            add(d, B.overheid[flag.value], .literal(Literal("true", datatype: XSD.boolean)))
        }
        for (i, r) in (package["resources"] as? [Any] ?? []).enumerated() {
            guard let resource = r as? [String: Any] else { continue }
            let dist = distribution(resource, index: i, datasetIRI: datasetIRI, &out)
            add(d, B.dcat.distribution, dist)
        }
        for t in out { try sink.add(t) }
    }

    // MARK: parts

    private func publisher(_ out: inout [Triple]) -> Term? {
        if let p = text("publisher"), let i = iri(p) { return i }
        guard let org = package["organization"] as? [String: Any], let title = org["title"] as? String ?? org["name"] as? String else {
            return nil
        }
        // Core CKAN: the owning organisation as an agent. A stable IRI under the site keeps hashes stable.
        let name = (org["name"] as? String) ?? title
        let agent = Term.iri(IRI("\(site)/organization/\(PackageBuilder.pathSegment(name))"))
        out.append(Triple(agent, RDFVocab.type, .iri(NS.foaf.Agent)))
        out.append(Triple(agent, NS.foaf.name, .literal(Literal(title))))
        return agent
    }

    private func contactPoint(_ out: inout [Triple]) -> Term? {
        typealias B = PackageBuilder
        let name = text("contact_point_name") ?? text("maintainer") ?? text("author")
        let email = text("contact_point_email") ?? text("maintainer_email") ?? text("author_email")
        let website = text("contact_point_website"), phone = text("contact_point_phone")
        let title = text("contact_point_title"), address = text("contact_point_address")
        guard name != nil || email != nil || website != nil || phone != nil else { return nil }
        let node = Term.blank(labeler.fresh())
        out.append(Triple(node, RDFVocab.type, .iri(B.vcard.Kind)))
        if let name { out.append(Triple(node, B.vcard.fn, .literal(Literal(name)))) }
        if let title { out.append(Triple(node, B.vcard.title, .literal(Literal(title)))) }
        if let email {
            let mail = email.lowercased().hasPrefix("mailto:") ? email : "mailto:" + email
            out.append(Triple(node, B.vcard.hasEmail, .iri(IRI(mail))))
        }
        if let website, let w = iri(website) { out.append(Triple(node, B.vcard.hasURL, w)) }
        if let phone { out.append(Triple(node, B.vcard.hasTelephone, .literal(Literal(phone)))) }
        if let address { out.append(Triple(node, B.vcard.hasAddress, .literal(Literal(address)))) }
        return node
    }

    private func temporal(_ out: inout [Triple]) -> Term? {
        let start = date(text("temporal_start")), end = date(text("temporal_end")), label = text("temporal_label")
        guard start != nil || end != nil || label != nil else { return nil }
        let node = Term.blank(labeler.fresh())
        out.append(Triple(node, RDFVocab.type, .iri(NS.dct.PeriodOfTime)))
        if let start { out.append(Triple(node, NS.dcat.startDate, start)) }
        if let end { out.append(Triple(node, NS.dcat.endDate, end)) }
        if let label { out.append(Triple(node, NS.rdfs.label, .literal(Literal(label)))) }
        return node
    }

    private func spatial(_ value: String, scheme: String?, _ out: inout [Triple]) -> Term? {
        if let i = iri(value) { return i }
        // A postcode or coordinates in a scheme: a location described by its value.
        let node = Term.blank(labeler.fresh())
        out.append(Triple(node, RDFVocab.type, .iri(NS.dct.Location)))
        out.append(Triple(node, NS.rdfs.label, .literal(Literal(value))))
        if let scheme, let s = iri(scheme) { out.append(Triple(node, NS.dct.type, s)) }
        return node
    }

    private func legalFoundation(_ out: inout [Triple]) -> Term? {
        let ref = text("legal_foundation_ref"), label = text("legal_foundation_label"), uri = text("legal_foundation_uri")
        guard ref != nil || label != nil || uri != nil else { return nil }
        let node = Term.blank(labeler.fresh())
        if let ref { out.append(Triple(node, PackageBuilder.overheid.juriconnectverwijzing, .literal(Literal(ref)))) }
        if let label { out.append(Triple(node, PackageBuilder.overheid.linktekst, .literal(Literal(label)))) }
        if let uri, let u = iri(uri) { out.append(Triple(node, NS.foaf.page, u)) }
        return node
    }

    private func distribution(_ r: [String: Any], index: Int, datasetIRI: String, _ out: inout [Triple]) -> Term {
        typealias B = PackageBuilder
        func rtext(_ k: String) -> String? { PackageBuilder.strings(r[k] as Any).first }
        func rstrings(_ k: String) -> [String] { r[k].map(PackageBuilder.strings) ?? [] }
        let node: Term = rtext("id").map { .iri(IRI("\(datasetIRI)/resource/\(PackageBuilder.pathSegment($0))")) }
            ?? .blank(labeler.fresh())
        let lang = rtext("metadata_language").flatMap(Languages.tag) ?? language
        func add(_ p: IRI, _ o: Term?) { if let o { out.append(Triple(node, p, o)) } }
        add(RDFVocab.type, .iri(B.dcat.Distribution))
        add(B.dct.title, literal(rtext("name"), language: lang))
        add(B.dct.description, literal(rtext("description"), language: lang))
        add(B.dcat.accessURL, iri(rtext("url")) ?? rtext("url").map { .literal(Literal($0)) })
        for u in PackageBuilder.urlList(r["download_url"]) { add(B.dcat.downloadURL, iri(u)) }
        if let format = rtext("format") { add(B.dct.format, iri(format) ?? .literal(Literal(format))) }
        if let media = rtext("media_type") ?? rtext("mimetype") { add(B.dcat.mediaType, mediaType(media)) }
        add(B.dct.license, licence(rtext("license_id"), url: rtext("license_url")))
        if let rights = rtext("rights") { add(B.dct.rights, iri(rights) ?? .literal(Literal(rights))) }
        if let size = rtext("size"), let n = Int64(size.split(separator: ".").first ?? ""), n >= 0 {
            add(B.dcat.byteSize, .literal(Literal(String(n), datatype: XSD.nonNegativeInteger)))
        }
        for l in rstrings("language") { add(B.dct.language, iri(l)) }
        add(B.adms.status, iri(rtext("status")))
        add(B.dct.issued, date(rtext("release_date")))
        add(B.dct.modified, date(rtext("modification_date")))
        for u in PackageBuilder.urlList(r["documentation"]) { add(B.foaf.page, iri(u)) }
        for u in PackageBuilder.urlList(r["linked_schemas"]) { add(B.dct.conformsTo, iri(u)) }
        add(B.donl.distributionType, iri(rtext("distribution_type")))
        if let hash = rtext("hash") {
            let checksum = Term.blank(labeler.fresh())
            add(B.spdx.checksum, checksum)
            out.append(Triple(checksum, RDFVocab.type, .iri(B.spdx.Checksum)))
            out.append(Triple(checksum, B.spdx.checksumValue, .literal(Literal(hash.lowercased(), datatype: IRI(NS.xsd.iri + "hexBinary")))))
            if let alg = rtext("hash_algorithm") {
                let plain = alg.lowercased().replacingOccurrences(of: "-", with: "")
                let known = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"].contains(plain)
                out.append(Triple(checksum, B.spdx.algorithm,
                                  known ? .iri(IRI(NS.spdx.iri + "checksumAlgorithm_" + plain)) : .literal(Literal(alg))))
            }
        }
        return node
    }

    // MARK: values

    /// A field from the package, else from `extras`.
    private func value(_ key: String) -> Any? {
        if let v = package[key], !(v is NSNull) { return v }
        return extras[key]
    }

    func text(_ key: String) -> String? { value(key).flatMap { PackageBuilder.strings($0).first } }

    func strings(_ key: String) -> [String] { value(key).map(PackageBuilder.strings) ?? [] }

    private func bool(_ key: String) -> Bool {
        switch value(key) {
        case let b as Bool: return b
        case let s as String: return s.lowercased() == "true"
        default: return false
        }
    }

    /// A string, a list of strings, or a list encoded as a JSON string (how CKAN keeps lists in extras);
    /// empty and blank values dropped.
    static func strings(_ v: Any) -> [String] {
        switch v {
        case let s as String:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            if t.hasPrefix("["), let data = t.data(using: .utf8),
               let list = try? JSONSerialization.jsonObject(with: data) as? [Any] {
                return list.flatMap(strings)
            }
            return t.isEmpty ? [] : [t]
        case let list as [Any]: return list.flatMap(strings)
        case let n as NSNumber: return [n.stringValue]
        default: return []
        }
    }

    /// URL lists that CKAN may have flattened into one comma-separated string.
    static func urlList(_ v: Any?) -> [String] {
        guard let v else { return [] }
        return strings(v).flatMap { s -> [String] in
            let parts = s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            return parts.count > 1 && parts.allSatisfy({ BaseIRI.hasScheme($0) }) ? parts : [s]
        }
    }

    private func literal(_ s: String?, tagged: Bool = true) -> Term? {
        literal(s, language: tagged ? language : nil)
    }

    private func literal(_ s: String?, language: String?) -> Term? {
        guard let s, !s.isEmpty else { return nil }
        if let language { return .literal(Literal(s, language: language)) }
        return .literal(Literal(s))
    }

    /// An absolute IRI, or nil for empty text and text that is no IRI (spaces, no scheme).
    private func iri(_ s: String?) -> Term? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty, BaseIRI.hasScheme(s),
              !s.contains(" "), !s.contains("\n") else { return nil }
        return .iri(IRI(s))
    }

    /// `2019-06-01T00:00:00` as xsd:dateTime, `2019-06-01` as xsd:date, anything else as plain text.
    private func date(_ s: String?) -> Term? {
        guard let s, !s.isEmpty else { return nil }
        let bytes = Array(s.utf8)
        let digitsAt: (Int) -> Bool = { i in i < bytes.count && bytes[i] >= 48 && bytes[i] <= 57 }
        let isDate = bytes.count >= 10 && (0..<4).allSatisfy(digitsAt) && bytes[4] == UInt8(ascii: "-")
            && digitsAt(5) && digitsAt(6) && bytes[7] == UInt8(ascii: "-") && digitsAt(8) && digitsAt(9)
        if isDate && bytes.count == 10 { return .literal(Literal(s, datatype: XSD.date)) }
        if isDate && bytes[10] == UInt8(ascii: "T") { return .literal(Literal(s, datatype: XSD.dateTime)) }
        return .literal(Literal(s))
    }

    private func licence(_ id: String?, url: String?) -> Term? {
        if let id, let i = iri(id) { return i }
        if let url, let u = iri(url) { return u }
        // A bare CKAN licence id ("cc-by"): kept as text so the finding says what the portal gave.
        return id.map { .literal(Literal($0)) }
    }

    private func mediaType(_ s: String) -> Term? {
        if let i = iri(s) { return i }
        let t = s.lowercased()
        guard t.split(separator: "/").count == 2, !t.contains(" ") else { return .literal(Literal(s)) }
        return .iri(IRI("https://www.iana.org/assignments/media-types/" + t))
    }

    /// Percent-encodes what may not stand in an IRI path segment (CKAN names are [a-z0-9_-] already).
    static func pathSegment(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// EU language authority codes (what DONL's `metadata_language` holds) to language tags.
enum Languages {
    static let tags: [String: String] = ["NLD": "nl", "ENG": "en", "DEU": "de", "FRA": "fr", "FRY": "fy", "PAP": "pap",
                                         "SPA": "es", "ITA": "it", "POR": "pt", "POL": "pl", "TUR": "tr", "ARA": "ar"]

    static func tag(_ value: String) -> String? {
        let code = value.split(separator: "/").last.map(String.init)?.uppercased() ?? ""
        if let t = tags[code] { return t }
        // Already a tag (`nl`, `en-GB`).
        let lower = value.lowercased()
        if lower.count >= 2 && lower.count <= 8, lower.allSatisfy({ $0.isLetter || $0 == "-" }) { return lower }
        return nil
    }
}

private extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
