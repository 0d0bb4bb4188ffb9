/// A date or time as DCAT allows it (xsd:date, xsd:dateTime, xsd:gYear, xsd:gYearMonth), normalised.
public struct DateValue: Codable, Sendable, Hashable {
    public enum Precision: String, Codable, Sendable { case year, yearMonth, date, dateTime }

    /// The normalised XSD lexical form (`2024-03-01`, `2024-03-01T10:00:00Z`, `2024`, `2024-03`).
    public var value: String
    public var precision: Precision
    /// What the feed said, when it differed from `value` (a plain string, another format).
    public var original: String?

    public init(value: String, precision: Precision, original: String? = nil) {
        self.value = value
        self.precision = precision
        self.original = original
    }

    public var datatype: String {
        switch precision {
        case .year: return "http://www.w3.org/2001/XMLSchema#gYear"
        case .yearMonth: return "http://www.w3.org/2001/XMLSchema#gYearMonth"
        case .date: return "http://www.w3.org/2001/XMLSchema#date"
        case .dateTime: return "http://www.w3.org/2001/XMLSchema#dateTime"
        }
    }
}

/// A SKOS concept or any other referenced resource: its IRI (nil for a blank node or free text) and labels.
public struct Concept: Codable, Sendable, Hashable {
    public var iri: String?
    public var label: LocalizedText

    public init(iri: String?, label: LocalizedText = LocalizedText()) {
        self.iri = iri
        self.label = label
    }
}

/// A linked document or standard (`foaf:page`, `dct:conformsTo`, `dct:provenance`...): IRI and/or labels.
public typealias Reference = Concept

/// foaf:Agent (publisher, creator, DONL authority).
public struct Agent: Codable, Sendable, Hashable {
    public var iri: String?
    public var names: LocalizedText
    /// ADMS publisher type (`dct:type`).
    public var type: String?
    public var emails: [String]
    public var homepages: [String]
    /// rdf:type values as found (foaf:Organization, donl:Organization, skos:Concept...).
    public var types: [String]

    public init(iri: String? = nil, names: LocalizedText = LocalizedText(), type: String? = nil,
                emails: [String] = [], homepages: [String] = [], types: [String] = []) {
        self.iri = iri; self.names = names; self.type = type
        self.emails = emails; self.homepages = homepages; self.types = types
    }
}

/// vcard:Kind and its subclasses.
public struct ContactPoint: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable { case kind, individual, organization, group, location }

    public var iri: String?
    public var kind: Kind
    /// vcard:fn
    public var names: LocalizedText
    public var organizationNames: LocalizedText
    /// Always `mailto:` IRIs.
    public var emails: [String]
    /// `tel:` IRIs or the numbers as written.
    public var telephones: [String]
    public var urls: [String]
    public var titles: LocalizedText
    public var addresses: [String]

    public init(iri: String? = nil, kind: Kind = .kind, names: LocalizedText = LocalizedText(),
                organizationNames: LocalizedText = LocalizedText(), emails: [String] = [], telephones: [String] = [],
                urls: [String] = [], titles: LocalizedText = LocalizedText(), addresses: [String] = []) {
        self.iri = iri; self.kind = kind; self.names = names; self.organizationNames = organizationNames
        self.emails = emails; self.telephones = telephones; self.urls = urls; self.titles = titles
        self.addresses = addresses
    }
}

/// dct:PeriodOfTime (DCAT 2 `dcat:startDate`, OWL-Time instants and DONL's `schema:startDate` all land here).
public struct PeriodOfTime: Codable, Sendable, Hashable {
    public var iri: String?
    public var start: DateValue?
    public var end: DateValue?
    public var label: LocalizedText

    public init(iri: String? = nil, start: DateValue? = nil, end: DateValue? = nil, label: LocalizedText = LocalizedText()) {
        self.iri = iri; self.start = start; self.end = end; self.label = label
    }
}

/// dct:Location: an IRI from a gazetteer and/or geometry literals.
public struct Location: Codable, Sendable, Hashable {
    public struct Geometry: Codable, Sendable, Hashable {
        public var value: String
        /// Literal datatype (gsp:wktLiteral, gsp:geoJSONLiteral...), nil for a plain string.
        public var datatype: String?
        public init(value: String, datatype: String?) { self.value = value; self.datatype = datatype }
    }

    public var iri: String?
    public var label: LocalizedText
    public var bbox: Geometry?
    public var centroid: Geometry?
    public var geometry: Geometry?

    public init(iri: String? = nil, label: LocalizedText = LocalizedText(), bbox: Geometry? = nil,
                centroid: Geometry? = nil, geometry: Geometry? = nil) {
        self.iri = iri; self.label = label; self.bbox = bbox; self.centroid = centroid; self.geometry = geometry
    }
}

/// dct:LicenseDocument.
public struct LicenseDocument: Codable, Sendable, Hashable {
    /// The licence IRI after repair (nil when only a label could be found).
    public var iri: String?
    public var label: LocalizedText
    public var type: String?
    /// EU licence NAL code when the licence is known (`CC_BY_4_0`).
    public var euCode: String?

    public init(iri: String? = nil, label: LocalizedText = LocalizedText(), type: String? = nil, euCode: String? = nil) {
        self.iri = iri; self.label = label; self.type = type; self.euCode = euCode
    }

    public var openness: Licences.Openness {
        guard let iri else { return .unknown }
        return Licences.info(iri: iri)?.openness ?? .unknown
    }
}

/// dct:RightsStatement (access rights, rights).
public struct RightsStatement: Codable, Sendable, Hashable {
    public var iri: String?
    public var label: LocalizedText

    public init(iri: String? = nil, label: LocalizedText = LocalizedText()) {
        self.iri = iri; self.label = label
    }
}

/// spdx:Checksum.
public struct Checksum: Codable, Sendable, Hashable {
    /// spdx:checksumAlgorithm_* IRI, or the algorithm name as a legacy literal.
    public var algorithm: String
    public var value: String

    public init(algorithm: String, value: String) { self.algorithm = algorithm; self.value = value }
}

/// dcat:Relationship.
public struct Relationship: Codable, Sendable, Hashable {
    public var relations: [String]
    public var roles: [String]

    public init(relations: [String] = [], roles: [String] = []) { self.relations = relations; self.roles = roles }
}

/// adms:Identifier.
public struct Identifier: Codable, Sendable, Hashable {
    public var iri: String?
    public var notation: String
    /// Datatype of the notation (a scheme in ADMS usage), if any.
    public var scheme: String?

    public init(iri: String? = nil, notation: String, scheme: String? = nil) {
        self.iri = iri; self.notation = notation; self.scheme = scheme
    }
}

/// DONL 1.1 legal foundation (`overheid:grondslag`, legacy `donl:legalBases`).
public struct LegalFoundation: Codable, Sendable, Hashable {
    public var reference: String?
    public var label: String?
    public var uri: String?

    public init(reference: String? = nil, label: String? = nil, uri: String? = nil) {
        self.reference = reference; self.label = label; self.uri = uri
    }
}
