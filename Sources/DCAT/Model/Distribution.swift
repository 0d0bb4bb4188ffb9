/// dcat:Distribution (and DONL's donl:Distribution).
public struct Distribution: Codable, Sendable, Hashable {
    public var iri: String?
    public var title = LocalizedText()
    public var description = LocalizedText()
    public var accessURLs: [String] = []
    public var downloadURLs: [String] = []
    /// dct:format: an EU file-type IRI, another IRI, or only a label when the feed gave text.
    public var format: Concept?
    /// IANA media type IRI.
    public var mediaType: String?
    public var compressFormat: String?
    public var packageFormat: String?
    public var byteSize: Int64?
    public var license: LicenseDocument?
    public var accessRights: RightsStatement?
    public var rights: [RightsStatement] = []
    public var languages: [String] = []
    public var conformsTo: [Reference] = []
    public var pages: [Reference] = []
    public var status: String?
    public var availability: String?
    public var checksum: Checksum?
    public var issued: DateValue?
    public var modified: DateValue?
    public var accessServices: [String] = []
    public var applicableLegislation: [String] = []
    public var spatialResolutionInMeters: [String] = []
    public var temporalResolution: String?
    public var hasPolicy: String?
    /// DONL: `donl:distributionType`.
    public var distributionType: String?
    /// DONL: metadata language of the distribution.
    public var metadataLanguages: [String] = []
    public var types: [String] = []

    public init(iri: String? = nil) { self.iri = iri }

    /// EU file-type code when `format` is one.
    public var fileTypeCode: String? { Distribution.fileTypeCode(of: format) }

    /// `fileTypeCode` from the format alone: called on a distribution in an array, the property copied the
    /// whole distribution first (a retain of each of its strings).
    public static func fileTypeCode(of format: Concept?) -> String? {
        format?.iri.flatMap { Vocabularies.fileTypes.code(of: $0) }
    }
}
