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
    private let indexLock = NSLock()
    private var index: (index: FacetIndex, generation: Int64)?

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
    /// Facets are counted from a `FacetIndex` of the same generation. The generation, the index and the
    /// search are read in one transaction, so they always describe the same catalog. Errors (an unknown
    /// facet value) are never remembered.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try store.read { db in
            let current = try CatalogStore.generation(db)
            if let hit = results.value(for: request, generation: current) { return hit }
            let index = try facetIndex(db, generation: current)
            let result = try SearchPlan(db: db, request: request, facetIndex: index).run()
            results.remember(result, for: request, generation: current)
            return result
        }
    }

    /// The facet index of this generation, built by the first search that needs it (others wait for it).
    private func facetIndex(_ db: Database, generation current: Int64) throws -> FacetIndex {
        try indexLock.withLock {
            if let built = index, built.generation == current { return built.index }
            let fresh = try FacetIndex(db)
            index = (fresh, current)
            return fresh
        }
    }
}
