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
    private var building = false
    /// The newest generation a search has seen without a snapshot of it, and since when.
    private var waiting: (generation: Int64, since: Date)?
    private let quietPeriod: TimeInterval
    private let builder = DispatchQueue(label: "oogst.search-snapshot", qos: .utility)

    /// - Parameters:
    ///   - capacity: results kept; past it the least recently used half is dropped. With 0 nothing is
    ///     remembered but searches are still answered from the in-memory snapshot (what a benchmark of
    ///     cold searches wants).
    ///   - quietPeriod: how long the store's generation must stay the same before a search starts
    ///     building a snapshot of it. A harvest commits a page every second or so; building after each
    ///     (seconds at a million records) would only make snapshots that are stale when they are done.
    public init(store: CatalogStore, capacity: Int = 2_048, quietPeriod: TimeInterval = 2) {
        self.store = store
        self.results = GenerationCache(capacity: capacity)
        self.quietPeriod = quietPeriod
    }

    /// How many results are remembered now (for tests and diagnostics).
    public var count: Int { results.count }

    /// The store's answer to `request`: remembered when the catalog is unchanged since it was computed.
    ///
    /// A search not remembered is answered from the `SearchSnapshot` of the store's generation
    /// (`MemorySearch`; by SQL with facets counted from the snapshot for the queries it leaves to SQL).
    /// When there is no snapshot of this generation, SQL answers it alone, exactly, and once the
    /// generation has stayed the same for `quietPeriod` a snapshot is built in the background: no search
    /// waits for a build (~10 s at a million records), and a harvest that commits page after page makes
    /// searches slower, never wrong. The generation, the snapshot and the search are read in one
    /// transaction, so they always describe the same catalog. Errors (an unknown facet value) are never
    /// remembered.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try store.read { db in
            let current = try CatalogStore.generation(db)
            if let hit = results.value(for: request, generation: current) { return hit }
            let result: SearchResult
            if let snapshot = snapshot(of: current) {
                let plan = SearchPlan(db: db, request: request, facetIndex: snapshot.facets)
                result = try MemorySearch(plan: plan, snapshot: snapshot).run() ?? plan.run()
            } else {
                result = try SearchPlan(db: db, request: request).run()
            }
            results.remember(result, for: request, generation: current)
            return result
        }
    }

    /// Whether searches are answered from a snapshot of the store's current generation (diagnostics).
    public var isSnapshotCurrent: Bool {
        guard let current = try? store.generation() else { return false }
        return snapshotLock.withLock { snapshot?.generation == current }
    }

    /// The bytes of the snapshot's arrays, nil without one (diagnostics, benchmarks).
    public var snapshotByteCount: Int? { snapshotLock.withLock { snapshot?.snapshot.byteCount } }

    /// Builds the snapshot of the current generation now, in the caller's thread (a server's start, a
    /// benchmark, a test); until the next write every search is answered from it.
    public func prepare() throws {
        install(try readSnapshot())
    }

    /// Starts building the snapshot in the background if there is none (a server calls it at start, so
    /// that its first searches find one sooner).
    public func warmUp() {
        snapshotLock.withLock {
            if snapshot == nil { startBuildLocked() }
        }
    }

    /// The snapshot of `generation`, or nil; then a build starts if the generation has been quiet for
    /// `quietPeriod` and none is running. A snapshot older than `generation` is dropped at once: it can
    /// answer nothing, and its memory is wanted for the next. A search reading an older generation than
    /// the snapshot's (its transaction began before the last write) leaves everything as it is.
    private func snapshot(of generation: Int64) -> SearchSnapshot? {
        snapshotLock.withLock {
            if let built = snapshot {
                if built.generation == generation { return built.snapshot }
                if built.generation > generation { return nil }
                snapshot = nil
            }
            let now = Date()
            if let seen = waiting, seen.generation >= generation {
                guard seen.generation == generation else { return nil }
            } else {
                waiting = (generation, now)
            }
            if let seen = waiting, now.timeIntervalSince(seen.since) >= quietPeriod { startBuildLocked() }
            return nil
        }
    }

    /// Starts a background build unless one is running; the caller holds `snapshotLock`.
    private func startBuildLocked() {
        guard !building else { return }
        building = true
        builder.async {
            // A failed build (the file went away, the disk is full) leaves SQL answering; the next
            // search tries again.
            let fresh = try? self.readSnapshot()
            self.snapshotLock.withLock {
                self.building = false
                if let fresh { self.installLocked(fresh) }
            }
        }
    }

    private func readSnapshot() throws -> (snapshot: SearchSnapshot, generation: Int64) {
        try store.read { db in (try SearchSnapshot(db), try CatalogStore.generation(db)) }
    }

    private func install(_ fresh: (snapshot: SearchSnapshot, generation: Int64)) {
        snapshotLock.withLock { installLocked(fresh) }
    }

    /// Keeps `fresh` unless a snapshot of a later generation is already there; the caller holds
    /// `snapshotLock`.
    private func installLocked(_ fresh: (snapshot: SearchSnapshot, generation: Int64)) {
        if (snapshot?.generation ?? Int64.min) <= fresh.generation { snapshot = fresh }
    }
}
