@testable import CatalogStore
import GRDB
import Testing

/// How `oogst show IRI` finds its records: through the index of IRI keys, never a scan of `record`
/// (schema v8 has no index on the IRI text).
@Suite struct RecordLookupPlanTests {
    @Test func aRecordIsFoundByIRIThroughTheKeyIndex() throws {
        let t = try TemporaryStore.with(Feed.dataset("a", title: "Fietspaden")).0
        let plan = try DatabaseQueue(path: t.path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + CatalogStore.recordSelect + CatalogStore.byIRI,
                             arguments: [1, "https://example.org/ds/a"]).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH r USING") && $0.contains("record_by_iri_key (iri_key=?)") })
        #expect(!plan.contains { $0.hasPrefix("SCAN r") })
    }
}
