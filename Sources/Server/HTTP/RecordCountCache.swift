import CatalogStore
import Foundation

/// The number of live records, remembered for a few seconds. Counting reads every record row (the live
/// flag sits behind the record's blobs: ~0.3 s at 100k records), and `/catalog` states the total on every
/// page and `/health` on every probe; a harvester walking a thousand pages must not pay a count per page.
final class RecordCountCache: @unchecked Sendable {
    private let store: CatalogStore
    private let maxAge: TimeInterval
    private let lock = NSLock()
    private var value: (count: Int, at: Date)?

    init(store: CatalogStore, maxAge: TimeInterval = 10) {
        self.store = store
        self.maxAge = maxAge
    }

    /// The count, from the cache when it is fresh enough; otherwise counted (one caller counts, the others
    /// wait for its answer).
    func count() throws -> Int {
        try lock.withLock {
            if let v = value, Date().timeIntervalSince(v.at) < maxAge { return v.count }
            let n = try store.recordCount()
            value = (n, Date())
            return n
        }
    }
}
