import GRDB

/// The schema, one migration per version. A migration, once released, is never edited: a database made by
/// any earlier version of Oogst must migrate forward (the tests open a file of every earlier version).
enum Migrations {
    /// Names in order; the last one is the current schema.
    static let names = ["v1-catalog", "v2-harvest-pages", "v3-live-records", "v4-record-bodies", "v5-fts-without-prefix-index",
                               "v6-without-iri-index", "v7-without-modified-index", "v8-iri-keys", "v9-fts-automerge-16",
                               "v10-rating-and-source-from-record", "v11-without-score-index"]

    static func migrator(upTo last: String? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        let wanted = last.flatMap { names.firstIndex(of: $0) } ?? names.count - 1
        if wanted >= 0 { migrator.registerMigration(names[0], migrate: v1) }
        if wanted >= 1 { migrator.registerMigration(names[1], migrate: v2) }
        if wanted >= 2 { migrator.registerMigration(names[2], migrate: v3) }
        if wanted >= 3 { migrator.registerMigration(names[3], migrate: v4) }
        if wanted >= 4 { migrator.registerMigration(names[4], migrate: v5) }
        if wanted >= 5 { migrator.registerMigration(names[5], migrate: v6) }
        if wanted >= 6 { migrator.registerMigration(names[6], migrate: v7) }
        if wanted >= 7 { migrator.registerMigration(names[7], migrate: v8) }
        if wanted >= 8 { migrator.registerMigration(names[8], migrate: v9) }
        if wanted >= 9 { migrator.registerMigration(names[9], migrate: v10) }
        if wanted >= 10 { migrator.registerMigration(names[10], migrate: v11) }
        return migrator
    }

    /// Sources, runs, records with their model, subgraph and hash, facets, scores with history, link status,
    /// and the full-text index.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE source (
                id TEXT PRIMARY KEY NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                url TEXT NOT NULL DEFAULT '',
                kind TEXT NOT NULL DEFAULT 'dcat'
            );
            CREATE TABLE run (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'held')),
                pages INTEGER NOT NULL DEFAULT 0,
                added INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                withdrawn INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0,
                message TEXT
            );
            CREATE INDEX run_by_source ON run(source_id, id);
            CREATE TABLE run_error (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
                url TEXT NOT NULL,
                line INTEGER,
                "column" INTEGER,
                message TEXT NOT NULL
            );
            CREATE INDEX run_error_by_run ON run_error(run_id);
            CREATE TABLE record (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                iri TEXT NOT NULL,
                hash TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                publisher TEXT NOT NULL DEFAULT '',
                modified TEXT,
                model BLOB NOT NULL,
                subgraph BLOB NOT NULL,
                first_seen_run INTEGER,
                last_seen_run INTEGER,
                changed_run INTEGER,
                withdrawn_at TEXT,
                score INTEGER NOT NULL DEFAULT 0,
                rating TEXT NOT NULL DEFAULT 'bad',
                UNIQUE (source_id, iri)
            );
            CREATE INDEX record_by_iri ON record(iri);
            CREATE INDEX record_by_score ON record(score);
            CREATE INDEX record_by_modified ON record(modified);
            CREATE TABLE distribution (
                record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                iri TEXT,
                access_url TEXT,
                download_url TEXT,
                format TEXT,
                media_type TEXT,
                license TEXT,
                PRIMARY KEY (record_id, position)
            ) WITHOUT ROWID;
            CREATE TABLE facet_value (
                id INTEGER PRIMARY KEY,
                facet TEXT NOT NULL,
                value TEXT NOT NULL,
                label TEXT NOT NULL,
                UNIQUE (facet, value)
            );
            CREATE TABLE record_facet (
                value_id INTEGER NOT NULL REFERENCES facet_value(id),
                record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
                PRIMARY KEY (value_id, record_id)
            ) WITHOUT ROWID;
            CREATE INDEX record_facet_by_record ON record_facet(record_id);
            CREATE TABLE score (
                record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
                total INTEGER NOT NULL,
                rating TEXT NOT NULL,
                findability INTEGER NOT NULL,
                accessibility INTEGER NOT NULL,
                interoperability INTEGER NOT NULL,
                reusability INTEGER NOT NULL,
                contextuality INTEGER NOT NULL,
                result BLOB NOT NULL,
                run_id INTEGER,
                scored_at TEXT NOT NULL
            );
            CREATE TABLE score_history (
                record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                run_id INTEGER,
                total INTEGER NOT NULL,
                rating TEXT NOT NULL,
                findability INTEGER NOT NULL,
                accessibility INTEGER NOT NULL,
                interoperability INTEGER NOT NULL,
                reusability INTEGER NOT NULL,
                contextuality INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                PRIMARY KEY (record_id, seq)
            ) WITHOUT ROWID;
            CREATE TABLE link_status (
                url TEXT PRIMARY KEY NOT NULL,
                status INTEGER,
                error TEXT,
                checked_at TEXT NOT NULL
            ) WITHOUT ROWID;
            -- The text arrives analysed (folded, stemmed per language: TextAnalyzer), so unicode61 only splits
            -- it. Prefix indexes of 2 and 3 characters keep prefix queries fast.
            CREATE VIRTUAL TABLE record_fts USING fts5(
                title, description, keywords, publisher, themes,
                tokenize = 'unicode61', prefix = '2 3'
            );
            """)
    }

    /// What the harvester added: the page a record came from (a 304 on that page marks its records seen
    /// without parsing) and, per page, the validators for conditional GET and what the page said last time
    /// (its next link and dataset count), so paging goes on past a 304.
    private static func v2(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE record ADD COLUMN page_url TEXT;
            CREATE INDEX record_by_page ON record(source_id, page_url);
            CREATE TABLE page_validator (
                source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                url TEXT NOT NULL,
                etag TEXT,
                last_modified TEXT,
                next_url TEXT,
                datasets INTEGER NOT NULL DEFAULT 0,
                total_items INTEGER,
                fetched_at TEXT NOT NULL,
                PRIMARY KEY (source_id, url)
            ) WITHOUT ROWID;
            """)
    }

    /// Live records by id without reading their rows: every search, count and catalog page filters on
    /// `withdrawn_at IS NULL`, which otherwise reads each ~7 KB row (count(*) over 100k: 300 ms → 10 ms).
    private static func v3(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX record_live ON record(id) WHERE withdrawn_at IS NULL")
    }

    /// The model and subgraph blobs (~7 KB a record) move out of `record` into `record_body`. Every
    /// search, count, facet filter and "seen" mark reads or rewrites a `record` row, and SQLite reads a
    /// row's columns in order: with the blobs in the row, reaching `score` or `withdrawn_at` meant
    /// following the blob's overflow pages, and a seen mark rewrote them all.
    ///
    /// `store_state.generation` counts committed write transactions (`CatalogStore.write` bumps it), so a
    /// long-lived reader such as `oogst serve` can tell with one small read whether anything it remembers
    /// is stale, whichever process wrote.
    private static func v4(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE store_state (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                generation INTEGER NOT NULL
            );
            INSERT INTO store_state (id, generation) VALUES (1, 0);
            CREATE TABLE record_body (
                record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
                model BLOB NOT NULL,
                subgraph BLOB NOT NULL
            );
            INSERT INTO record_body (record_id, model, subgraph) SELECT id, model, subgraph FROM record;
            ALTER TABLE record DROP COLUMN model;
            ALTER TABLE record DROP COLUMN subgraph;
            """)
    }

    /// The full-text table without its prefix indexes. FTS5 uses a prefix index only for a query prefix of
    /// exactly that length (`ab*`, `abc*`), yet every word of every record went into both, so each word
    /// was indexed three times: 12 % of a page transaction's instructions and 7 % of the file, for
    /// two- and three-letter prefix queries, which FTS5 answers from the main index as well (a range scan
    /// of the words with that prefix) and `oogst serve` answers from memory. The rows are copied over
    /// with their rowids (the record ids); a large catalog takes a while, once.
    private static func v5(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE record_fts_v5 USING fts5(
                title, description, keywords, publisher, themes,
                tokenize = 'unicode61'
            );
            INSERT INTO record_fts_v5 (rowid, title, description, keywords, publisher, themes)
                SELECT rowid, title, description, keywords, publisher, themes FROM record_fts;
            DROP TABLE record_fts;
            ALTER TABLE record_fts_v5 RENAME TO record_fts;
            """)
    }

    /// Without `record_by_iri`. The unique index on (source, IRI) finds a record by its IRI as well, one
    /// probe per source (`CatalogStore.records(matching:)`), and the page writer's lookups use it already;
    /// the second index only cost writes. IRIs arrive in no particular order, so each insert landed on its
    /// own leaf page: at a million records a page of 1,000 records dirtied ~900 of its 16 KB pages, each
    /// written to the log and again to the file.
    private static func v6(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX record_by_iri")
    }

    /// Without `record_by_modified`. Modification dates arrive in no particular order, so like the IRI index
    /// of v6 every insert landed on a leaf of its own: at 500,000 records it was a quarter of the bytes a
    /// load wrote. What it served is cheap without it: a search with facets reads every match's row anyway
    /// (its score and date come with it), and sorting all live records by date or filtering them on it is
    /// one pass over `record`, which counting them already is.
    private static func v7(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX record_by_modified")
    }

    /// Records are found by IRI through `record.iri_key` (`IRIKeys`), a keyed 64-bit hash of the IRI, and
    /// an index on that number alone. The unique (source, IRI) index goes: each of its entries was ~75 bytes
    /// of text, compared on every probe, and the index six times the size. SQLite drops a table's own `UNIQUE`
    /// only by making the table again, so `record` is copied into a new one, ids and all (the full-text
    /// rows and every child table keep pointing at them); foreign keys are off during a migration. The one
    /// writer keeps (source, IRI) unique: it looks a record up before inserting it, in the same transaction.
    private static func v8(_ db: Database) throws {
        let keys = IRIKeys(seed: IRIKeys.newSeed())
        try db.execute(sql: "ALTER TABLE store_state ADD COLUMN iri_key_seed INTEGER NOT NULL DEFAULT 0")
        try db.execute(sql: "UPDATE store_state SET iri_key_seed = ? WHERE id = 1", arguments: [Int64(bitPattern: keys.seed)])
        let keyOf = DatabaseFunction("oogst_iri_key", argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map(keys.key)
        }
        db.add(function: keyOf)
        defer { db.remove(function: keyOf) }
        try db.execute(sql: """
            CREATE TABLE record_v8 (
                id INTEGER PRIMARY KEY,
                source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                iri TEXT NOT NULL,
                iri_key INTEGER NOT NULL,
                hash TEXT NOT NULL,
                title TEXT NOT NULL DEFAULT '',
                publisher TEXT NOT NULL DEFAULT '',
                modified TEXT,
                first_seen_run INTEGER,
                last_seen_run INTEGER,
                changed_run INTEGER,
                withdrawn_at TEXT,
                score INTEGER NOT NULL DEFAULT 0,
                rating TEXT NOT NULL DEFAULT 'bad',
                page_url TEXT
            );
            INSERT INTO record_v8 (id, source_id, iri, iri_key, hash, title, publisher, modified, first_seen_run,
                    last_seen_run, changed_run, withdrawn_at, score, rating, page_url)
                SELECT id, source_id, iri, oogst_iri_key(iri), hash, title, publisher, modified, first_seen_run,
                    last_seen_run, changed_run, withdrawn_at, score, rating, page_url FROM record;
            DROP TABLE record;
            ALTER TABLE record_v8 RENAME TO record;
            CREATE INDEX record_by_iri_key ON record(iri_key);
            CREATE INDEX record_by_score ON record(score);
            CREATE INDEX record_by_page ON record(source_id, page_url);
            CREATE INDEX record_live ON record(id) WHERE withdrawn_at IS NULL;
            """)
    }

    /// FTS5 merges a level's segments into one when it holds 16 of them, not 4 (its `automerge` setting,
    /// kept in `record_fts_config`). Every page transaction writes a new segment, and with 4 the same
    /// entries were read and written again about twice as often: a 100k harvest spent ~3 % of its CPU
    /// less with 16 (4 of 4 pairs), a million-record load ~4 %. A search reads up to 15 segments a level
    /// instead of 3; at a million records the SQL plans' latencies moved by at most a few per cent, within
    /// the machine's noise (docs/benchmarks.md, sessions 18 and 19).
    private static func v9(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO record_fts (record_fts, rank) VALUES ('automerge', 16)")
    }

    /// The rating and source facets are read from the record row (`Facet.recordColumn`); their links go.
    /// Their `facet_value` rows stay: filters and counts still name values by them.
    private static func v10(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM record_facet WHERE value_id IN (SELECT id FROM facet_value WHERE facet IN ('rating', 'source'))
            """)
    }

    /// Without `record_by_score`, for the reason v7 dropped the date index: scores arrive in no order, so
    /// every insert went into the middle of the index, and what it served is one pass over `record` anyway
    /// (a search that counts facets reads every match's row; one sorted by score without a text query
    /// sorts the live records it counts). A 100k load spent 3.9 % less CPU without it (4 of 4 pairs).
    private static func v11(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX record_by_score")
    }
}
