import DCAT
import Foundation
import GRDB
import Quality
import RDF

/// One point of a record's score history.
public struct ScorePoint: Codable, Sendable, Equatable {
    public var run: Int64?
    public var total: Int
    public var rating: String
    public var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case run, total, rating
        case recordedAt = "recorded_at"
    }
}

/// A record as stored, with what `oogst show` prints.
public struct StoredRecord: Sendable {
    public var id: Int64
    public var source: String
    public var iri: String
    public var hash: String
    public var dataset: Dataset
    public var quality: DatasetQuality
    /// The dataset's own statements, canonically labelled, as N-Triples.
    public var subgraph: String
    public var firstSeenRun: Int64?
    public var lastSeenRun: Int64?
    public var withdrawnAt: String?
    public var history: [ScorePoint]
}

extension StoredRecord {
    enum StoreKeys: String, CodingKey {
        case id, source, hash, history
        case firstSeenRun = "first_seen_run", lastSeenRun = "last_seen_run", withdrawnAt = "withdrawn_at"
    }

    /// The `validate` JSON entry of the record (its score, indicators, findings) plus where and when the
    /// store has it: what `oogst show --json` and the API's dataset view both print.
    public func encodeWithStoreFields(to encoder: Encoder) throws {
        try quality.encode(to: encoder)
        var c = encoder.container(keyedBy: StoreKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(hash, forKey: .hash)
        try c.encode(history, forKey: .history)
        try c.encode(firstSeenRun, forKey: .firstSeenRun)
        try c.encode(lastSeenRun, forKey: .lastSeenRun)
        try c.encode(withdrawnAt, forKey: .withdrawnAt)
    }
}

extension CatalogStore {
    /// A record by its number, or every record (one per source) with this IRI.
    public func records(matching idOrIRI: String) throws -> [StoredRecord] {
        try read { db in
            let rows: [Row]
            if let id = Int64(idOrIRI) {
                rows = try Row.fetchAll(db, sql: Self.recordSelect + " WHERE r.id = ?", arguments: [id])
            } else {
                rows = try Row.fetchAll(db, sql: Self.recordSelect + Self.byIRI, arguments: [iriKeys.key(idOrIRI), idOrIRI])
            }
            return try rows.map { try Self.decodeRecord($0, db: db) }
        }
    }

    /// The IRI's key finds its records in every source (`IRIKeys`, schema v8); the IRI itself tells apart
    /// two that share a key.
    static let byIRI = " WHERE r.iri_key = ? AND r.iri = ? ORDER BY r.id"

    static let recordSelect = """
        SELECT r.id, r.source_id, r.iri, r.hash, b.model, b.subgraph, r.first_seen_run, r.last_seen_run,
            r.withdrawn_at, s.result FROM record r JOIN score s ON s.record_id = r.id JOIN record_body b ON b.record_id = r.id
        """

    /// The model from a row with `model`, `subgraph` and `hash` columns: a body blob holding both in `model`
    /// (`RecordBody`), or, in records written before it, the model without its subgraph and the subgraph in
    /// its own column.
    static func decodeModel(_ row: Row, decoder: JSONDecoder) throws -> Dataset {
        try RecordBody.decode(model: row["model"], hash: row["hash"], subgraph: { try subgraphTriples(row) }, json: decoder)
    }

    static func decodeRecord(_ row: Row, db: Database) throws -> StoredRecord {
        let decoder = JSONDecoder()
        let id: Int64 = row["id"]
        let dataset = try decodeModel(row, decoder: decoder)
        var quality = try QualityTable.decodeStored(row["result"], json: decoder)
        quality.publisherIRI = dataset.publisher?.iri
        quality.catalog = dataset.catalog
        let history = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT run_id, total, rating, recorded_at FROM score_history WHERE record_id = ? ORDER BY seq
            """), arguments: [id]).map {
            ScorePoint(run: $0["run_id"], total: $0["total"], rating: $0["rating"], recordedAt: $0["recorded_at"])
        }
        return StoredRecord(id: id, source: row["source_id"], iri: row["iri"], hash: row["hash"], dataset: dataset,
                            quality: quality, subgraph: dataset.subgraph.ntriples, firstSeenRun: row["first_seen_run"],
                            lastSeenRun: row["last_seen_run"], withdrawnAt: row["withdrawn_at"], history: history)
    }

    /// The statements of the subgraph column, in stored order: a packed term table (`SubgraphTable`), or
    /// N-Triples in files written before it (packed, or plain text before compression).
    static func subgraphTriples(_ row: Row) throws -> [Triple] {
        let value: DatabaseValue = row["subgraph"]
        if let text = String.fromDatabaseValue(value) { return try NTriplesReader().read(text).map(\.triple) }
        return try SubgraphTable.decodeStored(Data.fromDatabaseValue(value) ?? Data())
    }

    /// How many live records the catalog holds (per source when given).
    public func recordCount(source: String? = nil) throws -> Int {
        try read { db in
            if let source {
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM record WHERE withdrawn_at IS NULL AND source_id = ?",
                                        arguments: [source]) ?? 0
            }
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM record WHERE withdrawn_at IS NULL") ?? 0
        }
    }
}
