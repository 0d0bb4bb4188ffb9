import Foundation
import GRDB

/// Search results remembered for as long as the catalog has not changed, for a long-lived reader such as
/// `oogst serve`. The catalog changes only when a harvest, link check or purge commits, a few times a day,
/// while people repeat the same searches and facet clicks all day; a result is exact until the store's
/// generation moves (any write, from any process), and then every remembered result is dropped at once.
/// This is the shard request cache of a search engine, invalidated on refresh, not a time-based guess.
public final class SearchCache: @unchecked Sendable {
    private let store: CatalogStore
    private let capacity: Int
    private let lock = NSLock()
    private var generation: Int64 = -1
    private var entries: [SearchRequest: Entry] = [:]
    private var tick: UInt64 = 0
    private let indexLock = NSLock()
    private var index: (index: FacetIndex, generation: Int64)?

    private struct Entry {
        var result: SearchResult
        var lastUsed: UInt64
    }

    /// - Parameter capacity: results kept; past it the least recently used half is dropped. With 0 nothing
    ///   is remembered but facets are still counted from the in-memory index (what a benchmark of cold
    ///   searches wants).
    public init(store: CatalogStore, capacity: Int = 2_048) {
        self.store = store
        self.capacity = max(0, capacity)
    }

    /// The store's answer to `request`: remembered when the catalog is unchanged since it was computed.
    /// Facets are counted from a `FacetIndex` of the same generation. The generation, the index and the
    /// search are read in one transaction, so they always describe the same catalog. Errors (an unknown
    /// facet value) are never remembered.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try store.read { db in
            let current = try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM store_state WHERE id = 1")) ?? 0
            if let hit = lookup(request, generation: current) { return hit }
            let index = try facetIndex(db, generation: current)
            let result = try SearchPlan(db: db, request: request, facetIndex: index).run()
            remember(request, result, generation: current)
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

    /// How many results are remembered now (for tests and diagnostics).
    public var count: Int { lock.withLock { entries.count } }

    private func lookup(_ request: SearchRequest, generation current: Int64) -> SearchResult? {
        lock.withLock {
            if current > generation {
                entries.removeAll(keepingCapacity: true)
                generation = current
                return nil
            }
            // A reader whose snapshot predates the latest write: answer it fresh, keep nothing of it.
            if current < generation { return nil }
            guard var entry = entries[request] else { return nil }
            tick += 1
            entry.lastUsed = tick
            entries[request] = entry
            return entry.result
        }
    }

    private func remember(_ request: SearchRequest, _ result: SearchResult, generation current: Int64) {
        lock.withLock {
            guard current == generation, capacity > 0 else { return }
            if entries.count >= capacity { dropLeastRecentlyUsedHalf() }
            tick += 1
            entries[request] = Entry(result: result, lastUsed: tick)
        }
    }

    private func dropLeastRecentlyUsedHalf() {
        let ticks = entries.values.map(\.lastUsed).sorted()
        let lastDropped = ticks[(ticks.count - 1) / 2]
        entries = entries.filter { $0.value.lastUsed > lastDropped }
    }
}
