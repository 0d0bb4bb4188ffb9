import DCAT
import Foundation
import GRDB
import Quality

/// A live record as it is re-published: its number, source and model (subgraph included).
public struct PublishedRecord: Sendable {
    public var id: Int64
    public var source: String
    public var hash: String
    public var dataset: Dataset
}

extension CatalogStore {
    /// Live records in record order, one page of them: what `/catalog` re-publishes. Record order is the
    /// order of arrival, so a harvester walking the pages sees a record move only when one before it is
    /// withdrawn.
    public func liveRecords(offset: Int, limit: Int) throws -> [PublishedRecord] {
        try publishedRecords("ORDER BY r.id LIMIT ? OFFSET ?", [max(0, limit), max(0, offset)])
    }

    /// Live records numbered above `after`, in record order (keyset paging: a page does not move when a
    /// record before it is withdrawn).
    public func liveRecords(after: Int64, limit: Int) throws -> [PublishedRecord] {
        try publishedRecords("AND r.id > ? ORDER BY r.id LIMIT ?", [after, max(0, limit)])
    }

    /// Live records with their models, `tail` (the rest of the WHERE clause, order and limit) choosing which.
    private func publishedRecords(_ tail: String, _ arguments: StatementArguments) throws -> [PublishedRecord] {
        try read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: """
                SELECT r.id, r.source_id, r.hash, b.model, b.subgraph FROM record r JOIN record_body b ON b.record_id = r.id
                WHERE r.withdrawn_at IS NULL \(tail)
                """, arguments: arguments).map { row in
                PublishedRecord(id: row["id"], source: row["source_id"], hash: row["hash"],
                                dataset: try Self.decodeModel(row, decoder: decoder))
            }
        }
    }

    /// One page of live records' scores in record order (what `forEachScore` hands over, paged).
    public func scores(offset: Int, limit: Int) throws -> [RecordScore] {
        try read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: """
                SELECT r.id, r.source_id, s.result,
                    (SELECT fv.value FROM record_facet rf JOIN facet_value fv ON fv.id = rf.value_id
                     WHERE rf.record_id = r.id AND fv.facet = 'publisher') AS publisher_key
                FROM record r JOIN score s ON s.record_id = r.id WHERE r.withdrawn_at IS NULL
                ORDER BY r.id LIMIT ? OFFSET ?
                """, arguments: [max(0, limit), max(0, offset)]).map { row in
                var q = try QualityTable.decodeStored(row["result"], json: decoder)
                let key: String? = row["publisher_key"]
                q.publisherIRI = key
                return RecordScore(id: row["id"], source: row["source_id"], publisherKey: key ?? "", quality: q)
            }
        }
    }

    /// The publisher facet number of a record's publisher (for links from a dataset to its dashboard).
    public func publisherID(ofRecord id: Int64) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db, sql: """
                SELECT fv.id FROM record_facet rf JOIN facet_value fv ON fv.id = rf.value_id
                WHERE rf.record_id = ? AND fv.facet = 'publisher'
                """, arguments: [id])
        }
    }

    /// How many runs there are (of one source when given).
    public func runCount(source: String? = nil) throws -> Int {
        try read { db in
            if let source {
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM run WHERE source_id = ?", arguments: [source]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM run") ?? 0
        }
    }
}
