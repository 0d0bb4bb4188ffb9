import CatalogStore
import Foundation

/// The number of live records, counted again only when the store's generation has moved: `/catalog`
/// states the total on every page and `/health` on every probe, and a harvester walking a thousand pages
/// should not pay a count per page.
final class RecordCountCache: @unchecked Sendable {
    private let store: CatalogStore
    private let lock = NSLock()
    private var value: (count: Int, generation: Int64)?

    init(store: CatalogStore) {
        self.store = store
    }

    /// The count, from the cache while the catalog is unchanged (one caller counts, the others wait for it).
    func count() throws -> Int {
        // Read outside the lock: every /health probe and /catalog page asks, and only a recount needs to wait.
        let generation = try store.generation()
        return try lock.withLock {
            if let v = value, v.generation >= generation { return v.count }
            let n = try store.recordCount()
            value = (n, generation)
            return n
        }
    }
}
