/// dcat:Catalog. Dataset and service links are kept as IRIs (a catalog can list 100k datasets).
public struct Catalog: Codable, Sendable, Hashable {
    public var iri: String
    public var isSkolemized = false
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var publisher: Agent?
    public var creators: [Agent] = []
    public var contactPoints: [ContactPoint] = []
    public var homepage: String?
    public var languages: [String] = []
    public var license: LicenseDocument?
    public var rights: [RightsStatement] = []
    public var issued: DateValue?
    public var modified: DateValue?
    public var themeTaxonomies: [String] = []
    public var spatial: [Location] = []
    public var temporal: [PeriodOfTime] = []
    public var applicableLegislation: [String] = []
    public var conformsTo: [Reference] = []
    public var datasets: [String] = []
    public var services: [String] = []
    public var catalogs: [String] = []
    public var hasParts: [String] = []
    public var records: [String] = []
    public var profile = ProfileReport()
    public var notes: [NormalizationNote] = []

    public init(iri: String) { self.iri = iri }
}

/// dcat:CatalogRecord: metadata about the metadata of one dataset or service.
public struct CatalogRecord: Codable, Sendable, Hashable {
    public var iri: String?
    public var primaryTopic: String?
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var issued: DateValue?
    public var modified: DateValue?
    public var languages: [String] = []
    /// Application profiles the record claims (`dct:conformsTo`).
    public var conformsTo: [String] = []
    /// adms:status (change type); DONL legacy output writes it as a literal, kept as written.
    public var status: String?
    public var source: String?

    public init(iri: String? = nil) { self.iri = iri }
}
