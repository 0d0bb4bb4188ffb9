import GRDB
import RDF

/// A record's IRI as a 64-bit number, so the index that finds records by IRI holds numbers instead of text.
///
/// Why: the (source, IRI) text index compared ~75 bytes on every probe and was six times the size of
/// the number index (100.5 against 17.0 MB at a million records); a million-record load ran 9 % and
/// 19 % faster without it (docs/store.md, schema v8). Two IRIs may share a key: every lookup also
/// compares the IRI.
///
/// The key is keyed: a random seed is drawn when the schema is made and kept in `store_state`. A feed's
/// author cannot see it, so cannot write thousands of IRIs with one key to make every lookup read them all.
struct IRIKeys: Sendable {
    let seed: UInt64

    func key(_ iri: String) -> Int64 {
        var h = StableHasher()
        h.combine(seed)
        h.combine(iri)
        return Int64(bitPattern: h.value)
    }

    /// The seed of the file open in `db`; nil before schema v8 (a file only tests still make).
    static func load(_ db: Database) throws -> IRIKeys? {
        guard try db.tableExists("store_state"),
              try db.columns(in: "store_state").contains(where: { $0.name == "iri_key_seed" }) else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT iri_key_seed FROM store_state WHERE id = 1")
            .map { IRIKeys(seed: UInt64(bitPattern: $0)) }
    }

    /// A fresh seed; never zero, so a seed is told apart from the column's default.
    static func newSeed() -> UInt64 {
        var seed: UInt64 = 0
        while seed == 0 { seed = UInt64.random(in: .min ... .max) }
        return seed
    }
}
