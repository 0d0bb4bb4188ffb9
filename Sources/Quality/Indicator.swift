/// The five FAIR-based dimensions of the data.europa.eu MQA.
public enum Dimension: String, Codable, Sendable, CaseIterable {
    case findability, accessibility, interoperability, reusability, contextuality
}

/// Where an indicator looks: the dataset node, or each of its distributions.
public enum IndicatorLevel: String, Codable, Sendable {
    case dataset, distribution
}

/// How a distribution-level indicator turns its distributions into points (see `Scoring.points`).
public enum Aggregation: String, Codable, Sendable {
    /// The share of distributions that pass (accessibility, metadata completeness).
    case share
    /// Full points when at least one distribution passes: offering one open, machine-readable format is
    /// what interoperability asks; a PDF next to a CSV does not make the CSV less usable.
    case best
}

/// How bad a finding is: a violation breaks a DCAT-AP NL 3.0 mandatory rule, a warning misses a
/// recommendation, info is a note (not checked yet).
public enum FindingSeverity: String, Codable, Sendable {
    case violation, warning, info
}

/// One scored check of the MQA method. A class: scoring reads every indicator for every dataset, and a
/// copy of an indicator as a struct retained each of its six strings (and released them after).
public final class Indicator: Sendable, Hashable {
    /// The piveau DQV metric local name (`https://piveau.eu/ns/voc#<id>`), as data.europa.eu uses it.
    public let id: String
    public let dimension: Dimension
    public let maxPoints: Int
    public let level: IndicatorLevel
    public let aggregation: Aggregation
    /// The DCAT path checked, as a prefixed name (`dcat:keyword`, `dcat:distribution/dct:format`).
    public let path: String
    /// Severity of the finding when the indicator loses points.
    public let severity: FindingSeverity
    public let label: String
    public let labelNL: String
    /// What is wrong, in English.
    public let message: String
    /// What a data steward does about it.
    public let remedy: String

    init(id: String, dimension: Dimension, maxPoints: Int, level: IndicatorLevel, aggregation: Aggregation,
         path: String, severity: FindingSeverity, label: String, labelNL: String, message: String, remedy: String) {
        self.id = id; self.dimension = dimension; self.maxPoints = maxPoints; self.level = level
        self.aggregation = aggregation; self.path = path; self.severity = severity; self.label = label
        self.labelNL = labelNL; self.message = message; self.remedy = remedy
    }

    /// The metric IRI in the piveau vocabulary.
    public var metricIRI: String { Indicator.piveauNamespace + id }
    public static let piveauNamespace = "https://piveau.eu/ns/voc#"

    /// Equal when every field is, as the struct's synthesized equality was.
    public static func == (a: Indicator, b: Indicator) -> Bool {
        a.id == b.id && a.dimension == b.dimension && a.maxPoints == b.maxPoints && a.level == b.level
            && a.aggregation == b.aggregation && a.path == b.path && a.severity == b.severity && a.label == b.label
            && a.labelNL == b.labelNL && a.message == b.message && a.remedy == b.remedy
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// The MQA indicators, 405 points in all: the one table of ids, weights, paths, messages and remedies.
/// Weights follow the data.europa.eu MQA methodology; the levels and aggregations are this project's
/// reading of it (docs/quality.md).
public enum IndicatorCatalogue {
    public static let all: [Indicator] = [
        // Findability: 100
        Indicator(id: "keywordAvailability", dimension: .findability, maxPoints: 30, level: .dataset, aggregation: .share,
                  path: "dcat:keyword", severity: .warning, label: "Keywords", labelNL: "Trefwoorden",
                  message: "The dataset has no dcat:keyword.",
                  remedy: "Add at least one dcat:keyword to the dataset (free-text terms users search for)."),
        Indicator(id: "categoryAvailability", dimension: .findability, maxPoints: 30, level: .dataset, aggregation: .share,
                  path: "dcat:theme", severity: .violation, label: "Themes", labelNL: "Thema's",
                  message: "The dataset has no dcat:theme.",
                  remedy: "Add at least one dcat:theme from the EU data theme vocabulary (e.g. http://publications.europa.eu/resource/authority/data-theme/GOVE)."),
        Indicator(id: "spatialAvailability", dimension: .findability, maxPoints: 20, level: .dataset, aggregation: .share,
                  path: "dct:spatial", severity: .warning, label: "Spatial coverage", labelNL: "Geografisch gebied",
                  message: "The dataset has no dct:spatial.",
                  remedy: "Add dct:spatial with the area the data covers (an EU country/place IRI, a GeoNames IRI or a dct:Location)."),
        Indicator(id: "temporalAvailability", dimension: .findability, maxPoints: 20, level: .dataset, aggregation: .share,
                  path: "dct:temporal", severity: .warning, label: "Temporal coverage", labelNL: "Tijdsperiode",
                  message: "The dataset has no dct:temporal.",
                  remedy: "Add dct:temporal with a dct:PeriodOfTime giving dcat:startDate and/or dcat:endDate."),
        // Accessibility: 100
        Indicator(id: "accessUrlStatusCode", dimension: .accessibility, maxPoints: 50, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dcat:accessURL", severity: .violation, label: "Access URL reachable", labelNL: "Toegangs-URL bereikbaar",
                  message: "Not every distribution has a dcat:accessURL that answers with HTTP 2xx or 3xx.",
                  remedy: "Give every distribution a dcat:accessURL that answers: add it where it is missing; repair or replace it where it answers 4xx/5xx or not at all."),
        Indicator(id: "downloadUrlAvailability", dimension: .accessibility, maxPoints: 20, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dcat:downloadURL", severity: .warning, label: "Download URL", labelNL: "Download-URL",
                  message: "Not every distribution has a dcat:downloadURL.",
                  remedy: "Add a dcat:downloadURL (a direct link to the file) to every distribution that is a downloadable file."),
        Indicator(id: "downloadUrlStatusCode", dimension: .accessibility, maxPoints: 30, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dcat:downloadURL", severity: .violation, label: "Download URL reachable", labelNL: "Download-URL bereikbaar",
                  message: "Not every dcat:downloadURL answers with HTTP 2xx or 3xx.",
                  remedy: "Give the distributions dcat:downloadURLs that answer: add one where a file can be downloaded and none is given; repair or replace those that answer 4xx/5xx or not at all."),
        // Interoperability: 110
        Indicator(id: "formatAvailability", dimension: .interoperability, maxPoints: 20, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dct:format", severity: .warning, label: "Format", labelNL: "Formaat",
                  message: "Not every distribution has a dct:format.",
                  remedy: "Add dct:format to every distribution, as an EU file type IRI (e.g. http://publications.europa.eu/resource/authority/file-type/CSV)."),
        Indicator(id: "mediaTypeAvailability", dimension: .interoperability, maxPoints: 10, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dcat:mediaType", severity: .warning, label: "Media type", labelNL: "Mediatype",
                  message: "Not every distribution has a dcat:mediaType.",
                  remedy: "Add dcat:mediaType to every distribution, as an IANA media type IRI (e.g. https://www.iana.org/assignments/media-types/text/csv)."),
        Indicator(id: "formatMediaTypeVocabularyAlignment", dimension: .interoperability, maxPoints: 10, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dct:format", severity: .warning, label: "Format from vocabulary", labelNL: "Formaat uit waardelijst",
                  message: "Not every distribution gives its format and media type from the controlled vocabularies.",
                  remedy: "Use EU file type IRIs for dct:format and IANA media type IRIs for dcat:mediaType, not free text or other lists."),
        Indicator(id: "formatMediaTypeNonProprietary", dimension: .interoperability, maxPoints: 20, level: .distribution, aggregation: .best,
                  path: "dcat:distribution/dct:format", severity: .warning, label: "Non-proprietary format", labelNL: "Open formaat",
                  message: "No distribution is offered in a non-proprietary format.",
                  remedy: "Offer the data in at least one non-proprietary format (e.g. CSV instead of XLSX, GeoJSON or GeoPackage instead of a shapefile)."),
        Indicator(id: "formatMediaTypeMachineInterpretable", dimension: .interoperability, maxPoints: 20, level: .distribution, aggregation: .best,
                  path: "dcat:distribution/dct:format", severity: .warning, label: "Machine-readable format", labelNL: "Machineleesbaar formaat",
                  message: "No distribution is offered in a machine-readable format.",
                  remedy: "Offer the data in at least one machine-readable format (CSV, JSON, XML, RDF, GeoJSON) next to PDF or HTML."),
        Indicator(id: "dcatApCompliance", dimension: .interoperability, maxPoints: 30, level: .dataset, aggregation: .share,
                  path: "dcat:Dataset", severity: .violation, label: "DCAT-AP compliance", labelNL: "Conform DCAT-AP",
                  message: "The dataset's metadata violates the DCAT-AP (NL) shapes.",
                  remedy: "Fix the SHACL violations listed for this dataset (the other findings name each path)."),
        // Reusability: 75
        Indicator(id: "licenceAvailability", dimension: .reusability, maxPoints: 20, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dct:license", severity: .violation, label: "Licence", labelNL: "Licentie",
                  message: "Not every distribution has a dct:license.",
                  remedy: "Add dct:license to every distribution, preferably a Creative Commons licence IRI (CC0 1.0 or CC BY 4.0)."),
        Indicator(id: "knownLicence", dimension: .reusability, maxPoints: 10, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dct:license", severity: .warning, label: "Licence from vocabulary", labelNL: "Licentie uit waardelijst",
                  message: "Not every distribution's licence is a known licence.",
                  remedy: "Use a licence IRI from the EU licence vocabulary or the DCAT-AP NL licence list (Creative Commons), not free text or a home-made page."),
        Indicator(id: "accessRightsAvailability", dimension: .reusability, maxPoints: 10, level: .dataset, aggregation: .share,
                  path: "dct:accessRights", severity: .violation, label: "Access rights", labelNL: "Toegankelijkheid",
                  message: "The dataset has no dct:accessRights.",
                  remedy: "Add dct:accessRights: PUBLIC, RESTRICTED or NON_PUBLIC from the EU access-right vocabulary."),
        Indicator(id: "accessRightsVocabularyAlignment", dimension: .reusability, maxPoints: 5, level: .dataset, aggregation: .share,
                  path: "dct:accessRights", severity: .warning, label: "Access rights from vocabulary", labelNL: "Toegankelijkheid uit waardelijst",
                  message: "The dataset's dct:accessRights is not from the EU access-right vocabulary.",
                  remedy: "Use http://publications.europa.eu/resource/authority/access-right/PUBLIC (or RESTRICTED, NON_PUBLIC) for dct:accessRights."),
        Indicator(id: "contactPointAvailability", dimension: .reusability, maxPoints: 20, level: .dataset, aggregation: .share,
                  path: "dcat:contactPoint", severity: .violation, label: "Contact point", labelNL: "Contactpunt",
                  message: "The dataset has no dcat:contactPoint.",
                  remedy: "Add dcat:contactPoint: a vcard:Organization with vcard:fn and a vcard:hasEmail (mailto:) or vcard:hasURL of a contact form."),
        Indicator(id: "publisherAvailability", dimension: .reusability, maxPoints: 10, level: .dataset, aggregation: .share,
                  path: "dct:publisher", severity: .violation, label: "Publisher", labelNL: "Uitgever",
                  message: "The dataset has no dct:publisher.",
                  remedy: "Add dct:publisher: a foaf:Agent with foaf:name, preferably identified by its TOOI IRI."),
        // Contextuality: 20
        Indicator(id: "rightsAvailability", dimension: .contextuality, maxPoints: 5, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dct:rights", severity: .warning, label: "Rights", labelNL: "Rechten",
                  message: "Not every distribution has dct:rights.",
                  remedy: "Add dct:rights (a dct:RightsStatement) stating conditions of use the licence does not cover."),
        Indicator(id: "byteSizeAvailability", dimension: .contextuality, maxPoints: 5, level: .distribution, aggregation: .share,
                  path: "dcat:distribution/dcat:byteSize", severity: .warning, label: "File size", labelNL: "Bestandsgrootte",
                  message: "Not every distribution has dcat:byteSize.",
                  remedy: "Add dcat:byteSize (the size in bytes, as xsd:nonNegativeInteger) to every downloadable distribution."),
        Indicator(id: "dateIssuedAvailability", dimension: .contextuality, maxPoints: 5, level: .dataset, aggregation: .share,
                  path: "dct:issued", severity: .warning, label: "Date issued", labelNL: "Datum uitgifte",
                  message: "The dataset has no dct:issued.",
                  remedy: "Add dct:issued, the date the dataset was first published (xsd:date)."),
        Indicator(id: "dateModifiedAvailability", dimension: .contextuality, maxPoints: 5, level: .dataset, aggregation: .share,
                  path: "dct:modified", severity: .warning, label: "Date modified", labelNL: "Datum wijziging",
                  message: "The dataset has no dct:modified.",
                  remedy: "Add dct:modified, the date of the last change to the data (xsd:date or xsd:dateTime)."),
    ]

    /// The maximum score: 405.
    public static let maxTotal: Int = all.reduce(0) { $0 + $1.maxPoints }

    static let byID: [String: Indicator] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func indicator(_ id: String) -> Indicator? { byID[id] }

    public static func maxPoints(of dimension: Dimension) -> Int {
        all.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.maxPoints }
    }
}
