/// dcat:Dataset, dcat:DatasetSeries, and DONL's donl:Dataset, normalised to DCAT-AP NL 3.0.
public struct Dataset: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case dataset, series }

    /// The dataset IRI, or a skolem IRI when the feed gave a blank node (`isSkolemized`).
    public var iri: String
    public var isSkolemized = false
    public var kind: Kind = .dataset
    /// rdf:type values as found.
    public var types: [String] = []

    public var identifiers: [String] = []
    public var otherIdentifiers: [Identifier] = []
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var keywords = LocalizedText()
    /// Every dcat:theme (EU data themes, OWMS themes, others), IRIs kept as given after repair.
    public var themes: [Concept] = []
    public var publisher: Agent?
    public var creators: [Agent] = []
    /// DONL 1.1 `overheid:authority`.
    public var authority: Agent?
    public var contactPoints: [ContactPoint] = []
    public var accessRights: RightsStatement?
    /// DONL 1.1 puts a licence on the dataset; NL 3.0 only on distributions and services.
    public var license: LicenseDocument?
    public var rights: [RightsStatement] = []
    public var accrualPeriodicity: Concept?
    public var languages: [String] = []
    public var spatial: [Location] = []
    public var temporal: [PeriodOfTime] = []
    public var issued: DateValue?
    public var modified: DateValue?
    public var landingPages: [String] = []
    public var pages: [Reference] = []
    public var conformsTo: [Reference] = []
    public var status: String?
    public var version: String?
    public var versionNotes = LocalizedText()
    public var hvdCategories: [String] = []
    public var applicableLegislation: [String] = []
    public var distributions: [Distribution] = []
    public var samples: [String] = []
    public var hasVersion: [String] = []
    public var isVersionOf: [String] = []
    public var sources: [String] = []
    public var relations: [String] = []
    public var isReferencedBy: [String] = []
    public var inSeries: [String] = []
    public var qualifiedRelations: [Relationship] = []
    public var provenance: [Reference] = []
    public var wasGeneratedBy: [String] = []
    public var qualifiedAttributions: [String] = []
    /// dct:type of the dataset (a concept IRI).
    public var datasetTypes: [String] = []
    public var spatialResolutionInMeters: [String] = []
    public var temporalResolution: String?

    // DONL 1.1 only.
    public var metadataLanguages: [String] = []
    public var sourceCatalog: String?
    public var datePlanned: DateValue?
    public var legalFoundation: LegalFoundation?
    /// DONL flags (`donl:classifiedAs` classes, or the DONL 1.1 booleans by name).
    public var classifications: [String] = []

    /// The catalog that lists the dataset (`dcat:dataset`), if any.
    public var catalog: String?
    public var record: CatalogRecord?
    public var profile = ProfileReport()
    public var notes: [NormalizationNote] = []
    /// Predicates on the dataset node that the model does not map (kept in `subgraph`).
    public var unmappedPredicates: [String] = []
    /// Everything the feed said about this dataset, canonically labelled, with its hash.
    public var subgraph = Subgraph()

    public init(iri: String) { self.iri = iri }

    /// EU data theme codes: the EU themes given plus those implied by OWMS themes.
    public var euThemeCodes: [String] {
        var out: [String] = []
        for t in themes {
            guard let iri = t.iri else { continue }
            // Codes come from the EU list (fourteen), so the look through `out` stays short whatever a
            // feed gives; a set of hashed strings cost half of this property.
            if let code = Vocabularies.dataThemes.code(of: iri) {
                if !out.contains(code) { out.append(code) }
            } else {
                for c in DONLThemes.euThemes(for: iri) where !out.contains(c) { out.append(c) }
            }
        }
        return out
    }
}
