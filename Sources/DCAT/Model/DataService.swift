/// dcat:DataService.
public struct DataService: Codable, Sendable, Hashable {
    public var iri: String
    public var isSkolemized = false
    public var types: [String] = []
    public var identifiers: [String] = []
    public var otherIdentifiers: [Identifier] = []
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var keywords = LocalizedText()
    public var themes: [Concept] = []
    public var endpointURLs: [String] = []
    public var endpointDescriptions: [String] = []
    public var servesDatasets: [String] = []
    public var publisher: Agent?
    public var creators: [Agent] = []
    public var contactPoints: [ContactPoint] = []
    public var accessRights: RightsStatement?
    public var license: LicenseDocument?
    public var rights: [RightsStatement] = []
    public var languages: [String] = []
    public var formats: [Concept] = []
    public var conformsTo: [Reference] = []
    public var pages: [Reference] = []
    public var landingPages: [String] = []
    public var hvdCategories: [String] = []
    public var applicableLegislation: [String] = []
    public var spatial: [Location] = []
    public var issued: DateValue?
    public var modified: DateValue?
    public var catalog: String?
    public var profile = ProfileReport()
    public var notes: [NormalizationNote] = []
    public var unmappedPredicates: [String] = []
    public var subgraph = Subgraph()

    public init(iri: String) { self.iri = iri }
}
