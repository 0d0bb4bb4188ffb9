import Foundation
import GRDB
import Quality

/// Keeps the current score of a record and its history: a history row only when the score moved.
/// Its statements are prepared once and bound directly (`BoundStatement`): a page writer keeps one.
struct ScoreWriter {
    private var previous, upsert, firstHistory, nextHistory: BoundStatement

    init(db: Database) throws {
        previous = try BoundStatement(db, """
            SELECT total, findability, accessibility, interoperability, reusability, contextuality
            FROM score WHERE record_id = ?
            """)
        upsert = try BoundStatement(db, """
            INSERT INTO score (record_id, total, rating, findability, accessibility, interoperability, reusability,
                contextuality, result, run_id, scored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(record_id) DO UPDATE SET total = excluded.total, rating = excluded.rating,
                findability = excluded.findability, accessibility = excluded.accessibility,
                interoperability = excluded.interoperability, reusability = excluded.reusability,
                contextuality = excluded.contextuality, result = excluded.result, run_id = excluded.run_id,
                scored_at = excluded.scored_at
            """)
        firstHistory = try BoundStatement(db, """
            INSERT INTO score_history (record_id, seq, run_id, total, rating, findability, accessibility,
                interoperability, reusability, contextuality, recorded_at)
            VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        nextHistory = try BoundStatement(db, """
            INSERT INTO score_history (record_id, seq, run_id, total, rating, findability, accessibility,
                interoperability, reusability, contextuality, recorded_at)
            VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM score_history WHERE record_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// The dimension columns follow `Dimension.allCases`, as the score tables declare them.
    /// `isNew`: the record was just inserted, so it has no score and no history yet (no lookups needed).
    mutating func store(_ s: QualityScore, result: Data, record id: Int64, run: Int64?, now: String,
                        isNew: Bool = false) throws {
        var moved = true
        if !isNew {
            previous.reset()
            previous.bind(id)
            if try previous.next() {
                moved = previous.int64(0) != Int64(s.total)
                    || Quality.Dimension.allCases.enumerated().contains { previous.int64(CInt($0.offset + 1)) != Int64(s[$0.element]) }
                previous.reset()
            }
        }
        upsert.reset()
        upsert.bind(id); upsert.bind(s.total); upsert.bind(s.rating.rawValue)
        for d in Quality.Dimension.allCases { upsert.bind(s[d]) }
        upsert.bind(result); upsert.bind(run); upsert.bind(now)
        try upsert.run()
        guard moved else { return }
        let bindRow = { (h: inout BoundStatement) in
            h.bind(run); h.bind(s.total); h.bind(s.rating.rawValue)
            for d in Quality.Dimension.allCases { h.bind(s[d]) }
            h.bind(now)
        }
        if isNew {
            firstHistory.reset()
            firstHistory.bind(id)
            bindRow(&firstHistory)
            try firstHistory.run()
        } else {
            nextHistory.reset()
            nextHistory.bind(id); nextHistory.bind(id)
            bindRow(&nextHistory)
            try nextHistory.run()
        }
    }
}
