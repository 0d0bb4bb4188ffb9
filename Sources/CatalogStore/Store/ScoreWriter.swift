import Foundation
import GRDB
import Quality

/// Keeps the current score of a record and its history: a history row only when the score moved.
struct ScoreWriter {
    let db: Database

    func store(_ q: DatasetQuality, record id: Int64, run: Int64?, now: String, encoder: JSONEncoder) throws {
        let s = q.score
        let dims: [DatabaseValueConvertible] = [s[.findability], s[.accessibility], s[.interoperability],
                                                s[.reusability], s[.contextuality]]
        let previous = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT total, findability, accessibility, interoperability, reusability, contextuality
            FROM score WHERE record_id = ?
            """), arguments: [id])
        try db.cachedStatement(sql: """
            INSERT INTO score (record_id, total, rating, findability, accessibility, interoperability, reusability,
                contextuality, result, run_id, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(record_id) DO UPDATE SET total = excluded.total, rating = excluded.rating,
                findability = excluded.findability, accessibility = excluded.accessibility,
                interoperability = excluded.interoperability, reusability = excluded.reusability,
                contextuality = excluded.contextuality, result = excluded.result, run_id = excluded.run_id,
                scored_at = excluded.scored_at
            """).execute(arguments: StatementArguments([id, s.total, s.rating.rawValue] + dims
                                                       + [try encoder.encode(q), run, now]))
        let moved = previous.map { p in
            p["total"] as Int != s.total || p["findability"] as Int != s[.findability]
                || p["accessibility"] as Int != s[.accessibility] || p["interoperability"] as Int != s[.interoperability]
                || p["reusability"] as Int != s[.reusability] || p["contextuality"] as Int != s[.contextuality]
        } ?? true
        guard moved else { return }
        try db.cachedStatement(sql: """
            INSERT INTO score_history (record_id, seq, run_id, total, rating, findability, accessibility,
                interoperability, reusability, contextuality, recorded_at)
            VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM score_history WHERE record_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: StatementArguments([id, id, run, s.total, s.rating.rawValue] + dims + [now]))
    }
}
