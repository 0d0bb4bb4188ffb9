/// The controlled vocabularies of DCAT-AP NL 3.0 and DCAT-AP-DONL 1.1, as lookups.
public enum Vocabularies {
    static let eu = "http://publications.europa.eu/resource/authority/"

    public static let dataThemes = ControlledVocabulary(
        name: "data-theme", base: eu + "data-theme/", table: GeneratedTables.dataThemes)
    public static let frequencies = ControlledVocabulary(
        name: "frequency", base: eu + "frequency/", table: GeneratedTables.frequencies)
    public static let accessRights = ControlledVocabulary(
        name: "access-right", base: eu + "access-right/", table: GeneratedTables.accessRights)
    public static let distributionStatus = ControlledVocabulary(
        name: "distribution-status", base: eu + "distribution-status/", table: GeneratedTables.distributionStatus)
    /// The EU dataset-status NAL has the same four concepts as distribution-status (no local copy exists).
    public static let datasetStatus = ControlledVocabulary(
        name: "dataset-status", base: eu + "dataset-status/", table: GeneratedTables.distributionStatus)
    public static let plannedAvailability = ControlledVocabulary(
        name: "planned-availability", base: eu + "planned-availability/", table: GeneratedTables.plannedAvailability)
    public static let languages = ControlledVocabulary(
        name: "language", base: eu + "language/", table: GeneratedTables.languages)
    public static let licences = ControlledVocabulary(
        name: "licence", base: eu + "licence/", table: GeneratedTables.licences)
    public static let fileTypes = ControlledVocabulary(
        name: "file-type", base: eu + "file-type/", table: GeneratedTables.fileTypes)
    public static let hvdCategories = ControlledVocabulary(
        name: "hvd-category", base: "http://data.europa.eu/bna/", table: GeneratedTables.hvdCategories)
    /// DCAT-AP NL 3.0 allows only these three access rights.
    public static let nlAccessRightCodes: Set<String> = ["PUBLIC", "RESTRICTED", "NON_PUBLIC"]
    /// The legislation IRI every HVD dataset must cite.
    public static let hvdLegislation = "http://data.europa.eu/eli/reg_impl/2023/138/oj"

    /// All EU-authority vocabularies, for repairing typos in any of their IRIs.
    public static let euVocabularies: [ControlledVocabulary] = [
        dataThemes, frequencies, accessRights, distributionStatus, datasetStatus, plannedAvailability,
        languages, licences, fileTypes,
    ]
}

/// EU file types with the MQA interoperability flags.
public enum FileTypes {
    public struct Info: Sendable, Hashable {
        public let code: String
        public let nonProprietary: Bool
        public let machineReadable: Bool
    }

    public static func info(code: String) -> Info? {
        guard let np = GeneratedTables.fileTypes.value(code, 1) else { return nil }
        return Info(code: code, nonProprietary: np == "1",
                    machineReadable: GeneratedTables.fileTypes.value(code, 2) == "1")
    }

    public static func info(iri: String) -> Info? {
        Vocabularies.fileTypes.code(of: iri).flatMap { info(code: $0) }
    }

    /// A file type from a free-text format (`CSV`, `csv`, `.csv`, `Esri Shape`, `text/csv`).
    public static func code(forText text: String) -> String? {
        var t = FastText.trimmingWhitespaceAndNewlines(text)
        if t.hasPrefix(".") { t.removeFirst() }
        if let c = Vocabularies.fileTypes.match(text: t) { return c }
        let upper = t.uppercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        if Vocabularies.fileTypes.contains(code: upper) { return upper }
        if let c = textAliases[t.lowercased()] { return c }
        return nil
    }

    /// Common free-text spellings seen in CKAN and DONL feeds (project's own list).
    static let textAliases: [String: String] = [
        "text/csv": "CSV", "application/json": "JSON", "application/geo+json": "GEOJSON",
        "application/xml": "XML", "text/xml": "XML", "application/pdf": "PDF", "text/html": "HTML",
        "application/rdf+xml": "RDF_XML", "text/turtle": "RDF_TURTLE", "application/ld+json": "JSON_LD",
        "application/zip": "ZIP", "application/vnd.ms-excel": "XLS",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
        "esri shapefile": "SHP", "shapefile": "SHP", "shape": "SHP", "geojson": "GEOJSON", "json-ld": "JSON_LD",
        "turtle": "RDF_TURTLE", "ttl": "RDF_TURTLE", "rdf/xml": "RDF_XML", "excel": "XLSX", "xlsx": "XLSX",
        "wms": "WMS_SRVC", "wfs": "WFS_SRVC", "ogc:wms": "WMS_SRVC", "ogc:wfs": "WFS_SRVC", "api": "JSON",
        "txt": "TXT", "text/plain": "TXT", "gml": "GML", "kml": "KML", "atom": "ATOM", "rss": "RSS",
    ]
}

/// The IANA media type registry (as a set) and the IRI form DCAT-AP expects.
public enum MediaTypes {
    static let registry: Set<String> = Set(GeneratedTables.mediaTypes.keys)
    public static let base = "https://www.iana.org/assignments/media-types/"

    public static func isRegistered(_ type: String) -> Bool { registry.contains(type.lowercased()) }

    /// `text/csv` from `http(s)://www.iana.org/assignments/media-types/text/csv` (or from the bare type).
    public static func type(of iriOrType: String) -> String? {
        let trimmed = FastText.trimmingWhitespaceAndNewlines(iriOrType)
        // ASCII text (every media type, nearly every IRI) is read as bytes: a character is a byte there.
        if FastText.isASCII(trimmed) { return asciiType(of: trimmed) }
        var s = trimmed
        for prefix in ["https://www.iana.org/assignments/media-types/", "http://www.iana.org/assignments/media-types/"]
        where s.hasPrefix(prefix) { s = String(s.dropFirst(prefix.count)) }
        if let semi = s.firstIndex(of: ";") { s = String(s[..<semi]).trimmingCharacters(in: .whitespaces) }
        let parts = s.split(separator: "/")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !s.contains(" ") else { return nil }
        return s.lowercased()
    }

    public static func iri(for type: String) -> String { base + type }

    static let prefixes = [Array("https://www.iana.org/assignments/media-types/".utf8),
                           Array("http://www.iana.org/assignments/media-types/".utf8)]

    /// `type(of:)` for trimmed ASCII text, step for step on bytes.
    private static func asciiType(of s: String) -> String? {
        var b = Array(s.utf8)[...]
        for p in prefixes where b.starts(with: p) { b = b.dropFirst(p.count) }
        if let semi = b.firstIndex(of: 0x3B) {
            b = b[..<semi]
            // `.whitespaces` in ASCII: space and tab.
            while let f = b.first, f == 0x20 || f == 0x09 { b = b.dropFirst() }
            while let l = b.last, l == 0x20 || l == 0x09 { b = b.dropLast() }
        }
        // Two non-empty parts between slashes (empty ones between doubled slashes do not count), no space.
        var parts = 0, inPart = false
        for c in b {
            if c == 0x2F { inPart = false } else if !inPart { inPart = true; parts += 1 }
        }
        guard parts == 2, !b.contains(0x20) else { return nil }
        return String(decoding: b.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

/// Licences: the EU licence NAL, Creative Commons URLs in every spelling, and the DONL list.
public enum Licences {
    public enum Openness: String, Codable, Sendable { case open, notOpen, unknown }

    public struct Info: Sendable, Hashable {
        /// EU licence NAL code when known (`CC_BY_4_0`).
        public let euCode: String?
        public let openness: Openness
    }

    public static let closedOWMS = "http://standaarden.overheid.nl/owms/terms/geslotenlicentie"
    public static let unknownOWMS = "http://standaarden.overheid.nl/owms/terms/licentieonbekend"

    static let aliasIndex: [String: String] = {
        var idx: [String: String] = [:]
        for row in GeneratedTables.licenceAliases.rows where row.count >= 2 { idx[key(row[0])] = row[1] }
        return idx
    }()

    /// A licence URL reduced to what identifies the licence: no scheme, no `www.`, no deed or legal-code suffix.
    static func key(_ url: String) -> String {
        var s = FastText.trimmingWhitespaceAndNewlines(url.lowercased())
        for scheme in ["httpss://", "https://", "http://"] where s.hasPrefix(scheme) { s = String(s.dropFirst(scheme.count)); break }
        if s.hasPrefix("www.") { s = String(s.dropFirst(4)) }
        while s.hasSuffix("/") { s.removeLast() }
        if let r = s.range(of: "/deed", options: .backwards), !s[r.upperBound...].contains("/") { s = String(s[..<r.lowerBound]) }
        if let r = s.range(of: "/legalcode", options: .backwards), !s[r.upperBound...].contains("/") { s = String(s[..<r.lowerBound]) }
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }

    public static func info(iri: String) -> Info? {
        if let code = Vocabularies.licences.code(of: iri) { return Info(euCode: code, openness: openness(code)) }
        if iri == closedOWMS { return Info(euCode: nil, openness: .notOpen) }
        if iri == unknownOWMS { return Info(euCode: nil, openness: .unknown) }
        let k = key(iri)
        if let code = aliasIndex[k] { return Info(euCode: code, openness: openness(code)) }
        // Ported CC licences (`by/3.0/nl`) fall back to the unported version.
        let parts = k.split(separator: "/")
        if parts.count == 5, parts[0] == "creativecommons.org", let code = aliasIndex[parts[0..<4].joined(separator: "/")] {
            return Info(euCode: code, openness: openness(code))
        }
        if k == "creativecommons.org/publicdomain/mark/1.0" { return Info(euCode: nil, openness: .open) }
        return nil
    }

    static func openness(_ code: String) -> Openness {
        if code.contains("NC") || code.contains("ND") { return .notOpen }
        let openPrefixes = ["CC0", "CC_BY", "CC_BYSA", "ODC_BY", "ODC_ODBL", "ODC_PDDL", "PDM", "DL_DE_BY", "DL_DE_ZERO",
                            "OGL", "ETALAB", "NLOD", "IODL", "CC_PDM", "EUPL", "GPL", "APACHE", "MIT", "BSD"]
        return openPrefixes.contains { code.hasPrefix($0) } ? .open : .unknown
    }

    /// Licence names written as text instead of an IRI (DONL sync mappings, CKAN licence ids).
    static let textAliases: [String: String] = [
        "geen beperkingen": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "publiek domein": "http://creativecommons.org/publicdomain/mark/1.0/deed.nl",
        "public domain": "http://creativecommons.org/publicdomain/mark/1.0/deed.nl",
        "cc0": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "cc-0": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "cc0 1.0": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "cc0-1.0": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "cc-zero": "http://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        "cc by": "http://creativecommons.org/licenses/by/4.0/deed.nl",
        "cc-by": "http://creativecommons.org/licenses/by/4.0/deed.nl",
        "cc by 4.0": "http://creativecommons.org/licenses/by/4.0/deed.nl",
        "cc-by 4.0": "http://creativecommons.org/licenses/by/4.0/deed.nl",
        "cc-by-4.0": "http://creativecommons.org/licenses/by/4.0/deed.nl",
        "cc by-sa": "http://creativecommons.org/licenses/by-sa/4.0/deed.nl",
        "cc-by-sa": "http://creativecommons.org/licenses/by-sa/4.0/deed.nl",
        "cc-by-sa-4.0": "http://creativecommons.org/licenses/by-sa/4.0/deed.nl",
        "cc by-sa 4.0": "http://creativecommons.org/licenses/by-sa/4.0/deed.nl",
        "cc-by-nc": "http://creativecommons.org/licenses/by-nc/4.0/deed.nl",
        "odc-odbl": "http://opendatacommons.org/licenses/odbl/1.0/",
        "odbl": "http://opendatacommons.org/licenses/odbl/1.0/",
        "gesloten licentie": closedOWMS, "niet open": closedOWMS, "niet-open": closedOWMS,
        "licentie onbekend": unknownOWMS, "onbekend": unknownOWMS, "unknown": unknownOWMS,
        "notspecified": unknownOWMS, "other-closed": closedOWMS,
    ]

    /// The IRI a licence written as text stands for.
    public static func iri(forText text: String) -> String? {
        textAliases[FastText.trimmingWhitespaceAndNewlines(text).lowercased()]
    }
}

/// DONL 1.1 themes (OWMS TaxonomieBeleidsagenda) and their place among the EU data themes.
public enum DONLThemes {
    public static let base = "http://standaarden.overheid.nl/owms/terms/"
    public static let scheme = base + "TaxonomieBeleidsagenda"
    static let prefix = VocabularyBase(base)

    public static func isTheme(_ iri: String) -> Bool {
        guard let local = prefix.local(iri) else { return false }
        return GeneratedTables.donlThemes.contains(local)
    }

    /// The top theme of an OWMS theme (itself for a top theme).
    public static func topTheme(of iri: String) -> String? {
        guard let local = prefix.local(iri),
              let parent = GeneratedTables.donlThemes.value(local, 1) else { return nil }
        return base + (parent.isEmpty ? local : parent)
    }

    /// EU data theme codes for an OWMS theme. The table is the project's own reading of both lists:
    /// a sub-theme that clearly belongs elsewhere overrides its top theme.
    public static func euThemes(for iri: String) -> [String] {
        guard let local = prefix.local(iri),
              let parent = GeneratedTables.donlThemes.value(local, 1) else { return [] }
        if let own = euBySubTheme[local] { return own }
        return euByTopTheme[parent.isEmpty ? local : parent] ?? []
    }

    static let euByTopTheme: [String: [String]] = [
        "Bestuur": ["GOVE"], "Cultuur_en_recreatie": ["EDUC"], "Economie": ["ECON"], "Financien": ["ECON"],
        "Huisvesting_(thema)": ["SOCI"], "Internationaal": ["INTR"], "Landbouw_(thema)": ["AGRI"],
        "Migratie_en_integratie": ["SOCI"], "Natuur_en_milieu": ["ENVI"], "Onderwijs_en_wetenschap": ["EDUC"],
        "Openbare_orde_en_veiligheid": ["JUST"], "Recht_(thema)": ["JUST"], "Ruimte_en_infrastructuur": ["REGI"],
        "Sociale_zekerheid": ["SOCI"], "Verkeer_(thema)": ["TRAN"], "Werk_(thema)": ["SOCI"],
        "Zorg_en_gezondheid": ["HEAL"],
    ]
    static let euBySubTheme: [String: [String]] = [
        "Energie": ["ENER"], "ICT": ["TECH"], "Onderzoek_en_wetenschap": ["TECH"], "Transport_(thema)": ["TRAN"],
        "Voedselkwaliteit": ["AGRI", "HEAL"], "Voeding": ["HEAL", "AGRI"], "Defensie_(thema)": ["JUST"],
        "Europese_zaken": ["INTR", "GOVE"], "Waterkeringen_en_waterbeheer": ["ENVI", "REGI"],
        "Ruimtelijke_ordening": ["REGI"], "Toerisme": ["EDUC", "ECON"], "Sport_(thema)": ["EDUC"],
        "Gemeenten": ["GOVE", "REGI"], "Provincies": ["GOVE", "REGI"], "Waterschappen": ["GOVE", "ENVI"],
    ]
}

/// Legacy status and access-right lists of DONL (1.1 and the 2.0 draft), mapped to the EU lists.
public enum DONLVocabularies {
    /// `http://data.overheid.nl/status/*` -> EU dataset-status code (nil: no counterpart).
    public static let datasetStatus: [String: String] = [
        "http://data.overheid.nl/status/beschikbaar": "COMPLETED",
        "http://data.overheid.nl/status/gepland": "DEVELOP",
        "http://data.overheid.nl/status/in_onderzoek": "DEVELOP",
        "http://data.overheid.nl/status/niet_beschikbaar": "WITHDRAWN",
    ]
    /// ADMS status -> EU distribution-status code.
    public static let admsStatus: [String: String] = [
        "http://purl.org/adms/status/Completed": "COMPLETED", "http://purl.org/adms/status/Deprecated": "DEPRECATED",
        "http://purl.org/adms/status/UnderDevelopment": "DEVELOP", "http://purl.org/adms/status/Withdrawn": "WITHDRAWN",
    ]
    /// DONL 2.0 draft access rights (skos:exactMatch or skos:broader in the DONL term files) -> EU code.
    public static let accessRights: [String: String] = [
        "PUBLIEK": "PUBLIC", "ONDER_VOORWAARDEN": "RESTRICTED", "NIET_PUBLIEK": "NON_PUBLIC",
        "CONFIDENTIAL": "NON_PUBLIC", "BELANG_BETREKKINGEN": "NON_PUBLIC", "ECONOMISCHE_BELANGEN": "NON_PUBLIC",
        "GEVAAR_EENHEID_KROON": "NON_PUBLIC", "INSPECTIE_CONTROLE_TOEZICHT": "NON_PUBLIC",
        "PERSOONLIJKE_BELEIDSOPVATTINGEN": "NON_PUBLIC", "PRIVACY": "NON_PUBLIC", "RECHTEN_VAN_DERDEN": "NON_PUBLIC",
        "STAATSVEILIGHEID": "NON_PUBLIC", "STRAFRECHT": "NON_PUBLIC",
    ]
    public static let accessRightBase = "https://dcat.overheid.nl/application-profile/donl/term/"
    static let accessRightPrefix = VocabularyBase(accessRightBase)

    /// Free-text access rights (`public`, `openbaar`, `restricted public`...) -> EU code.
    public static let accessRightText: [String: String] = [
        "public": "PUBLIC", "publiek": "PUBLIC", "openbaar": "PUBLIC", "open": "PUBLIC",
        "restricted": "RESTRICTED", "restricted public": "RESTRICTED", "beperkt openbaar": "RESTRICTED",
        "beperkt": "RESTRICTED", "non-public": "NON_PUBLIC", "non public": "NON_PUBLIC", "niet publiek": "NON_PUBLIC",
        "niet openbaar": "NON_PUBLIC", "niet-openbaar": "NON_PUBLIC", "gesloten": "NON_PUBLIC",
    ]

    /// ISO 639-1 and common names -> EU language code (for literal `dct:language` values).
    public static let languageText: [String: String] = [
        "nl": "NLD", "nld": "NLD", "dut": "NLD", "nederlands": "NLD", "dutch": "NLD", "nl-nl": "NLD", "nl_nl": "NLD",
        "en": "ENG", "eng": "ENG", "engels": "ENG", "english": "ENG", "en-gb": "ENG", "en-us": "ENG",
        "de": "DEU", "deu": "DEU", "ger": "DEU", "duits": "DEU", "german": "DEU", "fr": "FRA", "fra": "FRA",
        "fre": "FRA", "frans": "FRA", "french": "FRA", "fy": "FRY", "fry": "FRY", "fries": "FRY", "frysk": "FRY",
        "it": "ITA", "ita": "ITA", "es": "SPA", "spa": "SPA", "rm": "ROH", "roh": "ROH", "pt": "POR", "da": "DAN",
        "sv": "SWE", "fi": "FIN", "pl": "POL", "cs": "CES", "el": "ELL", "hu": "HUN", "sk": "SLK", "sl": "SLV",
        "et": "EST", "lv": "LAV", "lt": "LIT", "mt": "MLT", "ga": "GLE", "bg": "BUL", "ro": "RON", "hr": "HRV",
        "no": "NOR", "nb": "NOB", "nn": "NNO", "pap": "PAP", "papiamento": "PAP",
    ]
}
