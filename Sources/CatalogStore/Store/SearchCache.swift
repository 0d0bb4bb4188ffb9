import Foundation
import GRDB

/// Search results remembered for as long as the catalog has not changed, for a long-lived reader such as
/// `oogst serve`. The catalog changes only when a harvest, link check or purge commits, a few times a day,
/// while people repeat the same searches and facet clicks all day; a result is exact until the store's
/// generation moves (any write, from any process), and then every remembered result is dropped at once.
/// This is the shard request cache of a search engine, invalidated on refresh, not a time-based guess.
public final class SearchCache: @unchecked Sendable {
    private let store: CatalogStore
    private let results: GenerationCache<SearchRequest, SearchResult>
    private let snapshotLock = NSLock()
    private var snapshot: (snapshot: SearchSnapshot, generation: Int64)?

    /// - Parameter capacity: results kept; past it the least recently used half is dropped. With 0 nothing
    ///   is remembered but facets are still counted from the in-memory index (what a benchmark of cold
    ///   searches wants).
    public init(store: CatalogStore, capacity: Int = 2_048) {
        self.store = store
        self.results = GenerationCache(capacity: capacity)
    }

    /// How many results are remembered now (for tests and diagnostics).
    public var count: Int { results.count }

    /// The store's answer to `request`: remembered when the catalog is unchanged since it was computed.
    /// A search not remembered is answered from a `SearchSnapshot` of the same generation
    /// (`MemorySearch`), or, when it needs word positions, by SQL with facets counted from the snapshot.
    /// The generation, the snapshot and the search are read in one transaction, so they always describe
    /// the same catalog. Errors (an unknown facet value) are never remembered.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try store.read { db in
            let current = try CatalogStore.generation(db)
            if let hit = results.value(for: request, generation: current) { return hit }
            let snapshot = try snapshot(db, generation: current)
            let plan = SearchPlan(db: db, request: request, facetIndex: snapshot.facets)
            let result = try MemorySearch(plan: plan, snapshot: snapshot).run() ?? plan.run()
            results.remember(result, for: request, generation: current)
            return result
        }
    }

    /// The snapshot of this generation, built by the first search that needs it (others wait for it).
    private func snapshot(_ db: Database, generation current: Int64) throws -> SearchSnapshot {
        try snapshotLock.withLock {
            if let built = snapshot, built.generation == current { return built.snapshot }
            snapshot = nil  // the old one's memory goes before the new one is built
            let fresh = try SearchSnapshot(db)
            snapshot = (fresh, current)
            return fresh
        }
    }
}
