import Foundation
import GRDB
import Quality

/// One publisher as the catalog counts it: a `publisher` facet value (IRI, else name) with its live records.
public struct PublisherSummary: Codable, Sendable, Equatable {
    /// The facet value's number: stable for the life of the database, used in URLs.
    public var id: Int64
    /// The publisher IRI, or its name when it has none (what `--publisher` filters on).
    public var key: String
    public var name: String
    public var datasets: Int
    /// Mean total score, one decimal.
    public var meanScore: Double
    /// Datasets per rating band (every band present, zero when empty).
    public var bands: [String: Int]

    enum CodingKeys: String, CodingKey {
        case id, key, name, datasets, bands
        case meanScore = "mean_score"
    }
}

/// A publisher's mean score as it stood after one run.
public struct PublisherRunScore: Codable, Sendable, Equatable {
    public var run: Int64
    public var source: String
    public var startedAt: String
    /// Live records of the publisher that existed at that run.
    public var datasets: Int
    public var meanScore: Double

    enum CodingKeys: String, CodingKey {
        case run, source, datasets
        case startedAt = "started_at"
        case meanScore = "mean_score"
    }
}

extension CatalogStore {
    static let publisherSummarySelect = """
        SELECT fv.id, fv.value, fv.label, count(*) AS n, avg(r.score) AS mean,
            sum(r.rating = 'excellent') AS excellent, sum(r.rating = 'good') AS good,
            sum(r.rating = 'sufficient') AS sufficient, sum(r.rating = 'bad') AS bad
        FROM facet_value fv JOIN record_facet rf ON rf.value_id = fv.id JOIN record r ON r.id = rf.record_id
        WHERE fv.facet = 'publisher' AND r.withdrawn_at IS NULL
        """

    static func publisherSummary(_ row: Row) -> PublisherSummary {
        let mean: Double = row["mean"] ?? 0
        var bands: [String: Int] = [:]
        for r in Rating.allCases { bands[r.rawValue] = row[r.rawValue] ?? 0 }
        return PublisherSummary(id: row["id"], key: row["value"], name: row["label"], datasets: row["n"],
                                meanScore: (mean * 10).rounded() / 10, bands: bands)
    }

    /// Publishers with live records, most datasets first; with how many there are in all.
    public func publishers(offset: Int = 0, limit: Int = 50) throws -> (total: Int, publishers: [PublisherSummary]) {
        try read { db in
            let total = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT fv.id) FROM facet_value fv JOIN record_facet rf ON rf.value_id = fv.id
                JOIN record r ON r.id = rf.record_id WHERE fv.facet = 'publisher' AND r.withdrawn_at IS NULL
                """) ?? 0
            let rows = try Row.fetchAll(db, sql: Self.publisherSummarySelect + " GROUP BY fv.id ORDER BY n DESC, fv.label, fv.id LIMIT ? OFFSET ?",
                                        arguments: [max(0, limit), max(0, offset)])
            return (total, rows.map(Self.publisherSummary))
        }
    }

    /// One publisher by its number; nil when there is none with live records.
    public func publisher(id: Int64) throws -> PublisherSummary? {
        try read { db in
            try Row.fetchOne(db, sql: Self.publisherSummarySelect + " AND fv.id = ? GROUP BY fv.id", arguments: [id])
                .map(Self.publisherSummary)
        }
    }

    /// Mean points per dimension over the publisher's live records (one decimal).
    public func publisherDimensions(id: Int64) throws -> [Quality.Dimension: Double] {
        try read { db in
            let columns = Quality.Dimension.allCases.map { "avg(s.\($0.rawValue)) AS \($0.rawValue)" }.joined(separator: ", ")
            guard let row = try Row.fetchOne(db, sql: """
                SELECT \(columns) FROM record_facet rf JOIN record r ON r.id = rf.record_id
                JOIN score s ON s.record_id = r.id WHERE rf.value_id = ? AND r.withdrawn_at IS NULL
                """, arguments: [id]) else { return [:] }
            var out: [Quality.Dimension: Double] = [:]
            for d in Quality.Dimension.allCases {
                let v: Double = row[d.rawValue] ?? 0
                out[d] = (v * 10).rounded() / 10
            }
            return out
        }
    }

    /// The publisher's aggregate with its fixes ranked by the points they would gain (decodes only its
    /// own records' results).
    public func publisherAggregate(id: Int64) throws -> QualityAggregate? {
        guard let summary = try publisher(id: id) else { return nil }
        let members: [DatasetQuality] = try read { db in
            let decoder = JSONDecoder()
            var out: [DatasetQuality] = []
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT s.result FROM record_facet rf JOIN record r ON r.id = rf.record_id
                JOIN score s ON s.record_id = r.id WHERE rf.value_id = ? AND r.withdrawn_at IS NULL ORDER BY r.id
                """, arguments: [id])
            while let row = try cursor.next() { out.append(try QualityTable.decodeStored(row["result"], json: decoder)) }
            return out
        }
        return Aggregates.aggregate(key: summary.key, label: summary.name, members)
    }

    /// The publisher's mean score after each run that stored data for one of its sources, oldest first
    /// (at most `limit`, the latest). A record counts from its first scored run on, with its score as it
    /// stood then: history holds a row only when a score moved, so the walk carries scores forward.
    public func publisherHistory(id: Int64, limit: Int = 100) throws -> [PublisherRunScore] {
        try read { db in
            // Score changes of the publisher's live records, as (run, delta of sum, delta of count).
            var events: [(run: Int64, sum: Int, count: Int)] = []
            var lastRecord: Int64?
            var previous = 0
            let cursor = try Row.fetchCursor(db, sql: """
                SELECT h.record_id, h.run_id, h.total FROM record_facet rf JOIN record r ON r.id = rf.record_id
                JOIN score_history h ON h.record_id = r.id
                WHERE rf.value_id = ? AND r.withdrawn_at IS NULL ORDER BY h.record_id, h.seq
                """, arguments: [id])
            while let row = try cursor.next() {
                let record: Int64 = row["record_id"]
                let run: Int64 = row["run_id"] ?? 0
                let total: Int = row["total"]
                if record != lastRecord {
                    events.append((run, total, 1))
                    lastRecord = record
                } else {
                    events.append((run, total - previous, 0))
                }
                previous = total
            }
            guard !events.isEmpty else { return [] }
            events.sort { $0.run < $1.run }
            let runs = try Row.fetchAll(db, sql: """
                SELECT id, source_id, started_at FROM run WHERE status IN ('succeeded', 'partial', 'held')
                    AND source_id IN (SELECT DISTINCT r.source_id FROM record_facet rf JOIN record r ON r.id = rf.record_id
                                      WHERE rf.value_id = ? AND r.withdrawn_at IS NULL)
                ORDER BY id
                """, arguments: [id])
            var out: [PublisherRunScore] = []
            var sum = 0, count = 0, next = 0
            for run in runs {
                let runID: Int64 = run["id"]
                while next < events.count && events[next].run <= runID {
                    sum += events[next].sum
                    count += events[next].count
                    next += 1
                }
                guard count > 0 else { continue }
                let mean = (Double(sum) / Double(count) * 10).rounded() / 10
                out.append(PublisherRunScore(run: runID, source: run["source_id"], startedAt: run["started_at"],
                                             datasets: count, meanScore: mean))
            }
            return Array(out.suffix(max(0, limit)))
        }
    }
}
