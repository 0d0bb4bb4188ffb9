/// Whether an indicator earned its points.
public enum IndicatorStatus: String, Codable, Sendable {
    /// Full points.
    case passed
    /// No points.
    case failed
    /// Some of the dataset's distributions pass (share indicators only).
    case partial
    /// Not evaluated (no link results, no compliance checker): 0 points, and the finding says so.
    case unchecked
}

/// One indicator's outcome on one dataset.
public struct IndicatorResult: Codable, Sendable, Hashable {
    public var id: String
    public var dimension: Dimension
    public var points: Int
    public var max: Int
    public var status: IndicatorStatus
    /// For distribution-level indicators: how many distributions pass, of how many considered.
    public var passing: Int?
    public var considered: Int?

    enum CodingKeys: String, CodingKey { case id, dimension, points, max, status }

    public init(id: String, dimension: Dimension, points: Int, max: Int, status: IndicatorStatus,
                passing: Int? = nil, considered: Int? = nil) {
        self.id = id; self.dimension = dimension; self.points = points; self.max = max; self.status = status
        self.passing = passing; self.considered = considered
    }

    /// The share of distributions that pass (1 or 0 for dataset-level indicators); nil when unchecked.
    public var share: Double? {
        guard status != .unchecked else { return nil }
        if let passing, let considered { return considered == 0 ? 0 : Double(passing) / Double(considered) }
        return status == .passed ? 1 : 0
    }
}

/// One lost point or broken rule on one dataset, with what to do about it.
public struct Finding: Codable, Sendable, Hashable {
    /// The indicator id, or `shacl:<Component>` for a shape result.
    public var id: String
    public var severity: FindingSeverity
    public var path: String
    public var message: String
    public var remedy: String
    public var pointsLost: Int

    enum CodingKeys: String, CodingKey {
        case id, severity, path, message, remedy
        case pointsLost = "points_lost"
    }

    public init(id: String, severity: FindingSeverity, path: String, message: String, remedy: String, pointsLost: Int) {
        self.id = id; self.severity = severity; self.path = path; self.message = message
        self.remedy = remedy; self.pointsLost = pointsLost
    }
}

/// The score of one dataset: total of 405, band, and points per dimension.
public struct QualityScore: Sendable, Hashable {
    public var total: Int
    public var max: Int
    public var rating: Rating
    // One field a dimension: kept in a dictionary, every read hashed the dimension's name, and a score is
    // read about thirty times on its way into the store.
    private var findability = 0, accessibility = 0, interoperability = 0, reusability = 0, contextuality = 0

    public init(total: Int, max: Int = IndicatorCatalogue.maxTotal, dimensions: [Dimension: Int]) {
        self.total = total; self.max = max; self.rating = Rating(total: total)
        for (d, points) in dimensions { self[d] = points }
    }

    /// Points per dimension; a dimension without indicators has 0.
    public var dimensions: [Dimension: Int] {
        Dictionary(uniqueKeysWithValues: Dimension.allCases.map { ($0, self[$0]) })
    }

    public subscript(dimension: Dimension) -> Int {
        get {
            switch dimension {
            case .findability: findability
            case .accessibility: accessibility
            case .interoperability: interoperability
            case .reusability: reusability
            case .contextuality: contextuality
            }
        }
        set {
            switch dimension {
            case .findability: findability = newValue
            case .accessibility: accessibility = newValue
            case .interoperability: interoperability = newValue
            case .reusability: reusability = newValue
            case .contextuality: contextuality = newValue
            }
        }
    }
}

extension QualityScore: Codable {
    enum CodingKeys: String, CodingKey {
        case total, max, rating, findability, accessibility, interoperability, reusability, contextuality
    }

    static func key(_ d: Dimension) -> CodingKeys {
        switch d {
        case .findability: return .findability
        case .accessibility: return .accessibility
        case .interoperability: return .interoperability
        case .reusability: return .reusability
        case .contextuality: return .contextuality
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(max, forKey: .max)
        try c.encode(rating, forKey: .rating)
        for d in Dimension.allCases { try c.encode(self[d], forKey: Self.key(d)) }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        var dims: [Dimension: Int] = [:]
        for d in Dimension.allCases { dims[d] = try c.decode(Int.self, forKey: Self.key(d)) }
        self.init(total: try c.decode(Int.self, forKey: .total), max: try c.decode(Int.self, forKey: .max), dimensions: dims)
        let rating = try c.decode(Rating.self, forKey: .rating)
        guard rating == self.rating else {
            throw DecodingError.dataCorruptedError(forKey: .rating, in: c, debugDescription: "rating \(rating) does not match total \(total)")
        }
    }
}

/// Everything the scorer says about one dataset: the `validate` JSON entry of DESIGN.md.
public struct DatasetQuality: Codable, Sendable, Hashable {
    public var iri: String
    public var title: String
    public var publisher: String
    /// The publisher IRI when it has one (aggregation key); not part of the JSON contract.
    public var publisherIRI: String?
    /// The catalog that lists the dataset; not part of the JSON contract.
    public var catalog: String?
    public var score: QualityScore
    public var indicators: [IndicatorResult]
    public var findings: [Finding]

    enum CodingKeys: String, CodingKey { case iri, title, publisher, score, indicators, findings }

    public init(iri: String, title: String, publisher: String, publisherIRI: String? = nil, catalog: String? = nil,
                score: QualityScore, indicators: [IndicatorResult], findings: [Finding]) {
        self.iri = iri; self.title = title; self.publisher = publisher; self.publisherIRI = publisherIRI
        self.catalog = catalog; self.score = score; self.indicators = indicators; self.findings = findings
    }

    public func indicator(_ id: String) -> IndicatorResult? { indicators.first { $0.id == id } }
}

/// The JSON document of `oogst validate --json`: `{"datasets": [...]}`.
public struct ValidationOutput: Codable, Sendable {
    public var datasets: [DatasetQuality]
    public init(datasets: [DatasetQuality]) { self.datasets = datasets }
}
