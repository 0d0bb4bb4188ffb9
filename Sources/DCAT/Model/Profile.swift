/// The application profiles the mapper knows.
public enum Profile: String, Codable, Sendable, CaseIterable {
    case dcatAPNL30 = "DCAT-AP-NL 3.0"
    case dcatAPNL11 = "DCAT-AP-NL 1.1"
    case dcatAPDONL11 = "DCAT-AP-DONL 1.1"
    /// The RDF data.overheid.nl's CKAN emitted (donl:Dataset, donl:publisher, vCard without `ns#`).
    case donlLegacyExport = "data.overheid.nl legacy export"
    case dcatAP3 = "DCAT-AP 3"
    case dcatAPHVD = "DCAT-AP HVD"
    case dcatAP2 = "DCAT-AP 2"
    case dcatAP1 = "DCAT-AP 1"
    case geoDCATAP = "GeoDCAT-AP"
    case dcatAPNational = "national DCAT-AP extension"
    case dcatUS = "DCAT-US"
    case dcat = "DCAT"
    case unknown = "unknown"
}

/// What a record claims (`dct:conformsTo` on its CatalogRecord or catalog) and what it looks like.
public struct ProfileReport: Codable, Sendable, Hashable {
    /// The profile IRIs as claimed.
    public var claimedIRIs: [String] = []
    /// The claimed IRIs recognised as profiles.
    public var claimed: [Profile] = []
    /// The profile the statements resemble most.
    public var detected: Profile = .unknown

    public init(claimedIRIs: [String] = [], claimed: [Profile] = [], detected: Profile = .unknown) {
        self.claimedIRIs = claimedIRIs; self.claimed = claimed; self.detected = detected
    }
}

/// One repair the mapper made, or one oddity it tolerated. Never fatal.
public struct NormalizationNote: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case legacyPredicate, legacyClass, iriRepaired, vocabularyTypo, literalAsIRI, iriAsLiteral, textMapped,
             dateNormalized, invalidDate, emailNormalized, duplicateRemoved, multipleValues, unknownValue,
             skolemized, invalidNumber, missingLink
    }

    public var kind: Kind
    /// The property involved, as a prefixed name (`dct:license`).
    public var property: String
    public var original: String
    public var normalized: String?
    public var message: String

    public init(_ kind: Kind, property: String, original: String, normalized: String? = nil, message: String) {
        self.kind = kind; self.property = property; self.original = original
        self.normalized = normalized; self.message = message
    }
}
