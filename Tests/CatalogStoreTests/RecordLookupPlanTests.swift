@testable import CatalogStore
import GRDB
import Testing

/// How `oogst show IRI` finds its records: through the unique (source, IRI) index, never a scan of
/// `record` (schema v6 has no index on the IRI alone).
@Suite struct RecordLookupPlanTests {
    @Test func aRecordIsFoundByIRIThroughTheSourceAndIRIIndex() throws {
        let t = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden")).0
        let plan = try DatabaseQueue(path: t.path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + CatalogStore.recordSelect + CatalogStore.byIRI,
                             arguments: ["https://example.org/ds/a"]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH r USING") && $0.contains("sqlite_autoindex_record_1 (source_id=? AND iri=?)") })
        #expect(!plan.contains { $0.hasPrefix("SCAN r") })
    }
}
