/// One fix, summed over datasets: "add keywords to 847 datasets: +30 each".
public struct RankedFix: Codable, Sendable, Hashable {
    /// The indicator id.
    public var id: String
    public var path: String
    public var remedy: String
    public var datasets: Int
    /// Points all those datasets would gain together.
    public var totalPoints: Int
    /// Points per dataset when every one gains the same; nil when they differ (partial shares).
    public var pointsEach: Int?

    enum CodingKeys: String, CodingKey {
        case id, path, remedy, datasets
        case totalPoints = "total_points"
        case pointsEach = "points_each"
    }

    /// `add at least one dcat:keyword …: 847 datasets, +30 each`.
    public var summary: String {
        let gain = pointsEach.map { "+\($0) each" } ?? "+\(totalPoints) in all"
        return "\(remedy) (\(datasets) dataset\(datasets == 1 ? "" : "s"): \(gain))"
    }
}

/// Scores summed over a group of datasets (one publisher, one catalog, everything).
public struct QualityAggregate: Codable, Sendable, Hashable {
    public var key: String
    public var label: String
    public var datasets: Int
    public var meanScore: Double
    public var bands: [String: Int]
    /// Fixes ranked by the points they would gain across the group, most first.
    public var fixes: [RankedFix]

    enum CodingKeys: String, CodingKey {
        case key, label, datasets, bands, fixes
        case meanScore = "mean_score"
    }

    public func count(_ rating: Rating) -> Int { bands[rating.rawValue] ?? 0 }
}

public enum Aggregates {
    /// One aggregate per publisher (keyed by IRI, else name; datasets without one under key "").
    public static func byPublisher(_ results: [DatasetQuality]) -> [QualityAggregate] {
        group(results) { r in
            (r.publisherIRI ?? r.publisher, r.publisher.isEmpty ? "(no publisher)" : r.publisher)
        }
    }

    /// One aggregate per catalog (datasets no catalog lists under key "").
    public static func byCatalog(_ results: [DatasetQuality]) -> [QualityAggregate] {
        group(results) { ($0.catalog ?? "", $0.catalog ?? "(no catalog)") }
    }

    /// Groups in order of first appearance.
    /// Members are kept as positions in `results`: a list of copies retained every string and array of
    /// every result.
    static func group(_ results: [DatasetQuality], by key: (DatasetQuality) -> (String, String)) -> [QualityAggregate] {
        var order: [String] = []
        var groups: [String: (label: String, members: [Int])] = [:]
        for i in results.indices {
            let (k, label) = key(results[i])
            if groups[k] == nil { order.append(k); groups[k] = (label, []) }
            groups[k]?.members.append(i)
        }
        return order.compactMap { k in groups[k].map { aggregate(key: k, label: $0.label, results, $0.members) } }
    }

    /// Mean score (to one decimal), count per band, and the fixes ranked by total points. Unchecked
    /// indicators are not fixes (running the link checker is no change to the metadata).
    public static func aggregate(key: String, label: String, _ results: [DatasetQuality]) -> QualityAggregate {
        aggregate(key: key, label: label, results, results.indices)
    }

    /// The aggregate of the results at `members`. Read by index: `for r in results` copied each result
    /// and `for i in r.indicators` each indicator (`perf`: most of the aggregate's samples in a 100k
    /// `oogst validate`).
    static func aggregate(key: String, label: String, _ results: [DatasetQuality], _ members: some Collection<Int>) -> QualityAggregate {
        var bands: [String: Int] = [:]
        for r in Rating.allCases { bands[r.rawValue] = 0 }
        var sum = 0
        var gains: [String: [Int]] = [:]
        // Results list their indicators in catalogue order: gather by position, by id only otherwise.
        let catalogue = IndicatorCatalogue.all
        var byPosition = [[Int]](repeating: [], count: catalogue.count)
        var counts: [Rating: Int] = [:]
        for m in members {
            sum += results[m].score.total
            counts[results[m].score.rating, default: 0] += 1
            let indicators = results[m].indicators
            for k in indicators.indices where indicators[k].status != .unchecked && indicators[k].points < indicators[k].max {
                let gain = indicators[k].max - indicators[k].points
                if k < catalogue.count && catalogue[k].id == indicators[k].id {
                    byPosition[k].append(gain)
                } else {
                    gains[indicators[k].id, default: []].append(gain)
                }
            }
        }
        for (rating, n) in counts { bands[rating.rawValue, default: 0] += n }
        // The order of an indicator's gains does not matter (count, sum, whether all are equal).
        for (k, g) in byPosition.enumerated() where !g.isEmpty { gains[catalogue[k].id, default: []] += g }
        var fixes: [RankedFix] = []
        for indicator in IndicatorCatalogue.all {
            guard let g = gains[indicator.id] else { continue }
            let each = Set(g).count == 1 ? g[0] : nil
            fixes.append(RankedFix(id: indicator.id, path: indicator.path, remedy: indicator.remedy, datasets: g.count,
                                   totalPoints: g.reduce(0, +), pointsEach: each))
        }
        let catalogueOrder = Dictionary(uniqueKeysWithValues: IndicatorCatalogue.all.enumerated().map { ($1.id, $0) })
        fixes.sort {
            if $0.totalPoints != $1.totalPoints { return $0.totalPoints > $1.totalPoints }
            if $0.datasets != $1.datasets { return $0.datasets > $1.datasets }
            return catalogueOrder[$0.id, default: 0] < catalogueOrder[$1.id, default: 0]
        }
        let mean = members.isEmpty ? 0 : (Double(sum) / Double(members.count) * 10).rounded() / 10
        return QualityAggregate(key: key, label: label, datasets: members.count, meanScore: mean, bands: bands, fixes: fixes)
    }
}
