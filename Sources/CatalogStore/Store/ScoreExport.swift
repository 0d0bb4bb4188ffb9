import DCAT
import Foundation
import GRDB
import Quality

/// The stored score of one live record, for exports.
public struct RecordScore: Sendable {
    public var id: Int64
    public var source: String
    public var publisherKey: String
    public var quality: DatasetQuality
}

/// How `oogst scores` groups.
public enum ScoreGrouping: String, CaseIterable, Sendable {
    case dataset, publisher, source
}

extension CatalogStore {
    /// Every live record's score, in record order, handed over one at a time (memory stays flat).
    public func forEachScore(source: String? = nil, _ body: (RecordScore) throws -> Void) throws {
        try read { db in
            var sql = """
                SELECT r.id, r.source_id, s.result,
                    (SELECT fv.value FROM record_facet rf JOIN facet_value fv ON fv.id = rf.value_id
                     WHERE rf.record_id = r.id AND fv.facet = 'publisher') AS publisher_key
                FROM record r JOIN score s ON s.record_id = r.id WHERE r.withdrawn_at IS NULL
                """
            var arguments: StatementArguments = []
            if let source { sql += " AND r.source_id = ?"; arguments += [source] }
            sql += " ORDER BY r.id"
            let decoder = JSONDecoder()
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                var q = try QualityTable.decodeStored(row["result"], json: decoder)
                let key: String? = row["publisher_key"]
                q.publisherIRI = key
                try body(RecordScore(id: row["id"], source: row["source_id"], publisherKey: key ?? "", quality: q))
            }
        }
    }

    /// Aggregates (mean, bands, ranked fixes) per publisher or per source, largest group first.
    public func aggregates(by grouping: ScoreGrouping, source: String? = nil) throws -> [QualityAggregate] {
        var groups: [String: (label: String, members: [DatasetQuality])] = [:]
        try forEachScore(source: source) { s in
            let key: String, label: String
            switch grouping {
            case .source: key = s.source; label = s.source
            case .publisher, .dataset:
                key = s.publisherKey
                label = s.quality.publisher.isEmpty ? "(no publisher)" : s.quality.publisher
            }
            groups[key, default: (label, [])].members.append(s.quality)
        }
        return groups.map { Aggregates.aggregate(key: $0.key, label: $0.value.label, $0.value.members) }
            .sorted { $0.datasets != $1.datasets ? $0.datasets > $1.datasets : $0.key < $1.key }
    }
}
