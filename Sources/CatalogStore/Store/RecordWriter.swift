import DCAT
import Foundation
import GRDB
import Quality

/// A mapped and scored dataset, ready to store.
public struct ScoredRecord: Sendable {
    public var dataset: Dataset
    public var quality: DatasetQuality
    /// The page it came from (a 304 on that page later marks it seen).
    public var pageURL: String?

    public init(dataset: Dataset, quality: DatasetQuality, pageURL: String? = nil) {
        self.dataset = dataset; self.quality = quality; self.pageURL = pageURL
    }
}

/// What one page did to the catalog.
public struct PageCounts: Sendable, Equatable, Codable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added; self.updated = updated; self.unchanged = unchanged
    }

    public static func += (a: inout PageCounts, b: PageCounts) {
        a.added += b.added; a.updated += b.updated; a.unchanged += b.unchanged
    }
}

/// A configured feed as the store knows it.
public struct SourceInfo: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var url: String
    public var kind: String

    public init(id: String, title: String = "", url: String = "", kind: String = "dcat") {
        self.id = id; self.title = title; self.url = url; self.kind = kind
    }
}

extension CatalogStore {
    /// Creates the source or refreshes its title, URL and kind.
    public func register(_ source: SourceInfo) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO source (id, title, url, kind) VALUES (?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url, kind = excluded.kind
                """, arguments: [source.id, source.title, source.url, source.kind])
        }
    }

    /// The IRIs among `datasets` (those `include` accepts) stored for `source` with the same canonical hash
    /// and not withdrawn: the harvester skips scoring them and only marks them seen.
    public func unchangedIRIs(source: String, datasets: [Dataset], where include: (String) -> Bool = { _ in true }) throws -> Set<String> {
        // By index: `for d in datasets` copied each dataset (a retain of every field) to read two.
        try unchangedIRIs(source: source, count: datasets.count) { i in
            include(datasets[i].iri) ? (datasets[i].iri, datasets[i].subgraph.hashHex) : nil
        }
    }

    /// `unchangedIRIs` over `count` candidates given by `candidate(i)` (IRI and hash; nil: not asked about).
    func unchangedIRIs(source: String, count: Int, _ candidate: (Int) -> (iri: String, hashHex: String)?) throws -> Set<String> {
        try read { db in
            var out = Set<String>()
            var stored = try BoundStatement(db, "SELECT hash FROM record WHERE iri_key = ? AND source_id = ? AND iri = ? AND withdrawn_at IS NULL")
            for i in 0..<count {
                guard let (iri, hashHex) = candidate(i) else { continue }
                stored.reset()
                stored.bind(iriKeys.key(iri)); stored.bind(source); stored.bind(iri)
                guard try stored.next() else { continue }
                if stored.text(0, equals: hashHex) { out.insert(iri) }
                stored.reset()
            }
            return out
        }
    }

    /// The canonical hashes (hex) of the live records last seen on `pageURL`, by IRI: what the page held
    /// the last time, so the mapper can recognise a dataset that did not change before it builds its
    /// model. A dataset that moved here from another page is not among them and is checked as usual.
    public func storedHashes(source: String, pageURL: String) throws -> [String: String] {
        try read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT iri, hash FROM record WHERE source_id = ? AND page_url = ? AND withdrawn_at IS NULL
                """, arguments: [source, pageURL])
            while let row = try rows.next() { out[row[0]] = row[1] }
            return out
        }
    }

    /// Stores one page in one transaction: new records are added, records whose hash changed are
    /// replaced (model, subgraph, distributions, facets, full-text row, score, history when the score
    /// moved), records with the same hash only get their "seen" mark. `seenIRIs` are records the caller
    /// already knows are unchanged; `seenPageURL` is the page they were seen on (a dataset may move to
    /// another page, and a later 304 of its new page must find it there). Writing the same page twice
    /// changes nothing but the marks.
    ///
    /// Encoding and text analysis run before the transaction, on every core; the transaction only writes.
    ///
    /// `changedOnly`: the caller has just taken out the records stored with the same hash (the harvester
    /// does, so as not to score them), so the page does not ask the store again. Either way each record is
    /// checked once more inside the transaction.
    @discardableResult
    public func writePage(source: String, run: Int64?, records: consuming [ScoredRecord], seenIRIs: [String] = [],
                          seenPageURL: String? = nil, at date: Date = Date(), changedOnly: Bool = false) throws -> PageCounts {
        var records = records
        // By index: reading a record out of the array copied it (a retain of each of its fields).
        let unchanged = changedOnly ? [] : try unchangedIRIs(source: source, count: records.count) { i in
            (records[i].dataset.iri, records[i].dataset.subgraph.hashHex)
        }
        var alreadyStored: [(iri: String, pageURL: String?)] = []
        if !unchanged.isEmpty {
            for i in records.indices where unchanged.contains(records[i].dataset.iri) {
                alreadyStored.append((records[i].dataset.iri, records[i].pageURL))
            }
            records.removeAll { unchanged.contains($0.dataset.iri) }
        }
        // Consumed: each record moves to the worker that prepares it.
        let prepared = PreparedRecords(consume records, source: source)
        defer { prepared.finish() }
        return try writePage(source: source, run: run, alreadyStored: alreadyStored, seenIRIs: seenIRIs,
                             seenPageURL: seenPageURL, at: date) { writer, counts in
            for i in 0..<prepared.count { try writer.store(prepared.take(i), counts: &counts) }
        }
    }

    /// `writePage(records:…changedOnly: true)` for records prepared beforehand (`CatalogStore.prepare`):
    /// the transaction only writes. A prepared page is written once: its records are moved out of it into
    /// the transaction (`PreparedPage`).
    @discardableResult
    public func writePage(source: String, run: Int64?, prepared: PreparedPage, seenIRIs: [String] = [],
                          seenPageURL: String? = nil, at date: Date = Date()) throws -> PageCounts {
        try writePage(source: source, run: run, alreadyStored: [], seenIRIs: seenIRIs, seenPageURL: seenPageURL,
                      at: date) { writer, counts in
            try prepared.records.handOver { record in try writer.store(record, counts: &counts) }
        }
    }

    /// The page's transaction. `alreadyStored`: records found stored with the same hash before it began,
    /// with their page; only marked seen. `storeRecords` stores the page's records with the writer.
    private func writePage(source: String, run: Int64?, alreadyStored: [(iri: String, pageURL: String?)],
                           seenIRIs: [String], seenPageURL: String?, at date: Date,
                           storeRecords: (inout PageWriter, inout PageCounts) throws -> Void) throws -> PageCounts {
        let now = StoreTime.string(date)
        return try write(foreignKeysChecked: false) { db in
            var counts = PageCounts()
            var writer = try PageWriter(db: db, source: source, keys: iriKeys, run: run, now: now)
            for stored in alreadyStored where try writer.markSeen(iri: stored.iri, pageURL: stored.pageURL) {
                counts.unchanged += 1
            }
            try storeRecords(&writer, &counts)
            for iri in seenIRIs where try writer.markSeen(iri: iri, pageURL: seenPageURL) { counts.unchanged += 1 }
            return counts
        }
    }
}

/// The statements of one page transaction, prepared once for the page and bound directly
/// (`BoundStatement`).
struct PageWriter {
    let db: Database
    let source: String
    let keys: IRIKeys
    let run: Int64?
    let now: String
    /// Facet value ids met on this page, by facet (`Facet.allCases` order), then value. Keyed by the whole
    /// `FacetValue`, each look-up also hashed the label: ~1,200 instructions, seven times a record.
    private var facetIDs: [[String: Int64]] = Array(repeating: [:], count: Facet.allCases.count)
    private var seen, existing, updateRecord, insertRecord, updateBody, insertBody: BoundStatement
    private var deleteDistributions, deleteFacets, deleteSearchRow: BoundStatement
    private var insertDistribution, insertSearch: BoundStatement
    /// `INSERT OR IGNORE INTO record_facet` of 1…`facetRowsPerInsert` rows, by row count, made on first
    /// use: a record's facet values go in one statement, not one each.
    private var facetInserts: [BoundStatement?] = Array(repeating: nil, count: PageWriter.facetRowsPerInsert)
    static let facetRowsPerInsert = 8
    var scores: ScoreWriter

    init(db: Database, source: String, keys: IRIKeys, run: Int64?, now: String) throws {
        self.db = db; self.source = source; self.keys = keys; self.run = run; self.now = now
        seen = try BoundStatement(db, """
            UPDATE record SET last_seen_run = ?, page_url = coalesce(?, page_url)
            WHERE iri_key = ? AND source_id = ? AND iri = ? AND withdrawn_at IS NULL
            """)
        existing = try BoundStatement(db, "SELECT id, hash, withdrawn_at FROM record WHERE iri_key = ? AND source_id = ? AND iri = ?")
        updateRecord = try BoundStatement(db, """
            UPDATE record SET hash = ?, title = ?, publisher = ?, modified = ?,
                last_seen_run = ?, changed_run = ?, withdrawn_at = NULL, score = ?, rating = ?, page_url = ?
            WHERE id = ?
            """)
        insertRecord = try BoundStatement(db, """
            INSERT INTO record (source_id, iri, iri_key, hash, title, publisher, modified,
                first_seen_run, last_seen_run, changed_run, score, rating, page_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateBody = try BoundStatement(db, "UPDATE record_body SET model = ?, subgraph = ? WHERE record_id = ?")
        insertBody = try BoundStatement(db, "INSERT INTO record_body (record_id, model, subgraph) VALUES (?, ?, ?)")
        deleteDistributions = try BoundStatement(db, "DELETE FROM distribution WHERE record_id = ?")
        deleteFacets = try BoundStatement(db, "DELETE FROM record_facet WHERE record_id = ?")
        deleteSearchRow = try BoundStatement(db, "DELETE FROM record_fts WHERE rowid = ?")
        insertDistribution = try BoundStatement(db, """
            INSERT INTO distribution (record_id, position, iri, access_url, download_url, format, media_type, license)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertSearch = try BoundStatement(db, """
            INSERT INTO record_fts (rowid, title, description, keywords, publisher, themes) VALUES (?, ?, ?, ?, ?, ?)
            """)
        scores = try ScoreWriter(db: db)
    }

    /// Marks a stored, live record as seen in this run (and on which page); false when there is none.
    /// `key`: the IRI's key when the caller has it already (`store` does).
    mutating func markSeen(iri: String, key: Int64? = nil, pageURL: String?) throws -> Bool {
        seen.reset()
        seen.bind(run); seen.bind(pageURL); seen.bind(key ?? keys.key(iri)); seen.bind(source); seen.bind(iri)
        try seen.run()
        return db.changesCount > 0
    }

    mutating func store(_ p: PreparedRecord, counts: inout PageCounts) throws {
        let key = keys.key(p.iri)
        existing.reset()
        existing.bind(key); existing.bind(source); existing.bind(p.iri)
        var stored: (id: Int64, sameHash: Bool, withdrawn: Bool)?
        if try existing.next() {
            stored = (existing.int64(0), existing.text(1, equals: p.hash), !existing.isNull(2))
            existing.reset()
        }
        if let stored, stored.sameHash, !stored.withdrawn {
            _ = try markSeen(iri: p.iri, key: key, pageURL: p.pageURL)
            counts.unchanged += 1
            return
        }
        let id: Int64
        if let stored {
            id = stored.id
            updateRecord.reset()
            updateRecord.bind(p.hash); updateRecord.bind(p.title); updateRecord.bind(p.publisher)
            updateRecord.bind(p.modified); updateRecord.bind(run); updateRecord.bind(run)
            updateRecord.bind(p.score.total); updateRecord.bind(p.score.rating.rawValue); updateRecord.bind(p.pageURL)
            updateRecord.bind(id)
            try updateRecord.run()
            try clearDependents(of: id)
            if stored.withdrawn { counts.added += 1 } else { counts.updated += 1 }
        } else {
            insertRecord.reset()
            insertRecord.bind(source); insertRecord.bind(p.iri); insertRecord.bind(key); insertRecord.bind(p.hash); insertRecord.bind(p.title)
            insertRecord.bind(p.publisher); insertRecord.bind(p.modified)
            insertRecord.bind(run); insertRecord.bind(run); insertRecord.bind(run)
            insertRecord.bind(p.score.total); insertRecord.bind(p.score.rating.rawValue); insertRecord.bind(p.pageURL)
            try insertRecord.run()
            id = db.lastInsertedRowID
            counts.added += 1
        }
        try storeBody(p, record: id, isNew: stored == nil)
        try insertDistributions(p.distributions, record: id)
        try insertFacets(p.facets, record: id)
        try insertSearchRow(p.search, record: id)
        try scores.store(p.score, result: p.quality, record: id, run: run, now: now, isNew: stored == nil)
    }

    /// The body row: the body blob in the `model` column, and an empty blob in `subgraph`, which only
    /// records written before the body blob use (`RecordBody`). Not `INSERT OR REPLACE`: in the store
    /// benchmark (20k records) that one statement took the load from 11–12.5 s of CPU to 15.3–15.9 s.
    private mutating func storeBody(_ p: PreparedRecord, record id: Int64, isNew: Bool) throws {
        if !isNew {
            updateBody.reset()
            updateBody.bind(p.body); updateBody.bind(Data()); updateBody.bind(id)
            try updateBody.run()
            if db.changesCount > 0 { return }
        }
        insertBody.reset()
        insertBody.bind(id); insertBody.bind(p.body); insertBody.bind(Data())
        try insertBody.run()
    }

    private mutating func clearDependents(of id: Int64) throws {
        for keyPath in [\PageWriter.deleteDistributions, \PageWriter.deleteFacets, \PageWriter.deleteSearchRow] {
            self[keyPath: keyPath].reset()
            self[keyPath: keyPath].bind(id)
            try self[keyPath: keyPath].run()
        }
    }

    private mutating func insertDistributions(_ rows: [PreparedRecord.DistributionRow], record id: Int64) throws {
        for (i, d) in rows.enumerated() {
            insertDistribution.reset()
            insertDistribution.bind(id); insertDistribution.bind(i); insertDistribution.bind(d.iri)
            insertDistribution.bind(d.accessURL); insertDistribution.bind(d.downloadURL); insertDistribution.bind(d.format)
            insertDistribution.bind(d.mediaType); insertDistribution.bind(d.license)
            try insertDistribution.run()
        }
    }

    /// A record's facet rows, up to `facetRowsPerInsert` a statement. Per row, SQLite's own work (two
    /// b-tree inserts) stays; a statement's start, cursors and reset are paid once for the record. A
    /// value read from the record row (`Facet.recordColumn`) gets its `facet_value` row, not a link.
    private mutating func insertFacets(_ values: [FacetValue], record id: Int64) throws {
        var valueIDs: [Int64] = []
        valueIDs.reserveCapacity(values.count)
        for v in values {
            let valueID = try facetID(v)
            if v.facet.recordColumn == nil { valueIDs.append(valueID) }
        }
        var start = 0
        while start < valueIDs.count {
            let n = min(Self.facetRowsPerInsert, valueIDs.count - start)
            if facetInserts[n - 1] == nil {
                let rows = Array(repeating: "(?, ?)", count: n).joined(separator: ", ")
                facetInserts[n - 1] = try BoundStatement(db, "INSERT OR IGNORE INTO record_facet (value_id, record_id) VALUES " + rows)
            }
            facetInserts[n - 1]!.reset()
            for valueID in valueIDs[start..<(start + n)] {
                facetInserts[n - 1]!.bind(valueID)
                facetInserts[n - 1]!.bind(id)
            }
            try facetInserts[n - 1]!.run()
            start += n
        }
    }

    /// The id of a facet value, created on first use; cached for the page.
    mutating func facetID(_ v: FacetValue) throws -> Int64 {
        let f = v.facet.ordinal
        if let id = facetIDs[f][v.value] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(db.cachedStatement(
            sql: "SELECT id FROM facet_value WHERE facet = ? AND value = ?"), arguments: [v.facet.rawValue, v.value]) {
            id = found
        } else {
            try db.cachedStatement(sql: "INSERT INTO facet_value (facet, value, label) VALUES (?, ?, ?)")
                .execute(arguments: [v.facet.rawValue, v.value, v.label])
            id = db.lastInsertedRowID
        }
        facetIDs[f][v.value] = id
        return id
    }

    private mutating func insertSearchRow(_ doc: SearchDocument, record id: Int64) throws {
        insertSearch.reset()
        insertSearch.bind(id); insertSearch.bind(doc.title); insertSearch.bind(doc.description)
        insertSearch.bind(doc.keywords); insertSearch.bind(doc.publisher); insertSearch.bind(doc.themes)
        try insertSearch.run()
    }
}
