import DCAT
import Foundation
import GRDB
import Quality

/// Link results as stored; the scorer reads them through `LinkStatus`.
public struct StoredLinks: LinkStatus {
    public var results: [String: LinkCheck]
    public init(results: [String: LinkCheck]) { self.results = results }
    public func check(for url: String) -> LinkCheck? { results[url] }
}

extension CatalogStore {
    /// Every stored link result.
    public func linkResults() throws -> StoredLinks {
        try read { db in
            var out: [String: LinkCheck] = [:]
            let cursor = try Row.fetchCursor(db, sql: "SELECT url, status, error FROM link_status")
            while let row = try cursor.next() {
                if let status: Int = row["status"] { out[row["url"]] = .status(status) } else {
                    out[row["url"]] = .unreachable(row["error"] ?? "unreachable")
                }
            }
            return StoredLinks(results: out)
        }
    }

    public func saveLinkResults(_ results: [String: LinkCheck], at date: Date = Date()) throws {
        let now = StoreTime.string(date)
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO link_status (url, status, error, checked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(url) DO UPDATE SET status = excluded.status, error = excluded.error, checked_at = excluded.checked_at
                """)
            for (url, check) in results {
                switch check {
                case .status(let code): try statement.execute(arguments: [url, code, nil, now])
                case .unreachable(let why): try statement.execute(arguments: [url, nil, why, now])
                }
            }
        }
    }

    /// Access and download URLs of live records (of one source when given) not checked since `cutoff`.
    public func linksToCheck(source: String? = nil, checkedBefore cutoff: Date) throws -> [String] {
        try read { db in
            var sql = """
                SELECT DISTINCT u.url FROM (
                    SELECT d.access_url AS url, r.source_id FROM distribution d JOIN record r ON r.id = d.record_id
                        WHERE r.withdrawn_at IS NULL AND d.access_url IS NOT NULL
                    UNION ALL
                    SELECT d.download_url, r.source_id FROM distribution d JOIN record r ON r.id = d.record_id
                        WHERE r.withdrawn_at IS NULL AND d.download_url IS NOT NULL) u
                LEFT JOIN link_status l ON l.url = u.url
                WHERE (l.url IS NULL OR l.checked_at < ?)
                """
            var arguments: StatementArguments = [StoreTime.string(cutoff)]
            if let source { sql += " AND u.source_id = ?"; arguments += [source] }
            return try String.fetchAll(db, sql: sql + " ORDER BY u.url", arguments: arguments)
        }
    }

    /// Scores every live record (of one source when given) again with `scorer` (after link checks):
    /// score, rating and history move together. Returns how many scores changed. The records are read
    /// `pageSize` at a time, in record order, so memory stays bounded at any catalog size: read all at once,
    /// a million records' bodies and scores alone are ~1.7 GB (1,736 bytes a record on the benchmark
    /// catalog).
    @discardableResult
    public func rescore(source: String? = nil, with scorer: Scorer, run: Int64? = nil, at date: Date = Date()) throws -> Int {
        try rescore(source: source, with: scorer, run: run, at: date, pageSize: 1000)
    }

    func rescore(source: String?, with scorer: Scorer, run: Int64?, at date: Date, pageSize: Int) throws -> Int {
        let now = StoreTime.string(date)
        return try write { db in
            var sql = """
                SELECT r.id, r.hash, b.model, b.subgraph, s.result FROM record r JOIN score s ON s.record_id = r.id
                JOIN record_body b ON b.record_id = r.id WHERE r.withdrawn_at IS NULL AND r.id > ?
                """
            if source != nil { sql += " AND r.source_id = ?" }
            sql += " ORDER BY r.id LIMIT ?"
            let decoder = JSONDecoder()
            var writer = try PageWriter(db: db, source: source ?? "", keys: iriKeys, run: run, now: now)
            let packer = BlobPacker()
            var changed = 0
            var after: Int64 = 0
            while true {
                var arguments: StatementArguments = [after]
                if let source { arguments += [source] }
                arguments += [max(1, pageSize)]
                // Keyset paging: the updates below change scores and ratings, never which ids come next.
                let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
                guard let last = rows.last else { break }
                after = last["id"]
                for row in rows {
                    let id: Int64 = row["id"]
                    let dataset = try Self.decodeModel(row, decoder: decoder)
                    let q = scorer.score(dataset)
                    let encoded = QualityTable.encode(q)
                    // Unchecked → failed keeps the total but not the indicators: compare the whole result, as
                    // stored (a score stored as JSON by an earlier version compares by what it says).
                    guard encoded != QualityTable.encode(try QualityTable.decodeStored(row["result"], json: decoder)) else { continue }
                    let result = packer.pack(encoded, dictionary: BlobDictionary.quality)
                    changed += 1
                    try writer.scores.store(q.score, result: result, record: id, run: run, now: now)
                    try db.execute(sql: "UPDATE record SET score = ?, rating = ? WHERE id = ?",
                                   arguments: [q.score.total, q.score.rating.rawValue, id])
                    // The rating facet reads the record's column; its value needs a `facet_value` row.
                    _ = try writer.facetID(FacetValue(.rating, q.score.rating.rawValue))
                }
            }
            return changed
        }
    }
}
