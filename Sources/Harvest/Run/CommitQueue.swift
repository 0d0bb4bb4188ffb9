import CatalogStore
import Dispatch
import Foundation

/// The page transactions of a run, in page order, on a thread of their own: while pages are written, the
/// walk maps, scores and prepares the next on the other cores. A transaction is one core's work; while
/// mapping waited for it, a 20k Turtle harvest kept 1.5 of the 2 cores busy (CPU time over wall time).
/// The page arrives prepared (`PreparedPage`), so the thread only writes.
///
/// Up to `depth` pages are in flight, queued on the one thread in page order, so the walk need not wait
/// for page N's transaction before it submits N+1 and maps N+2: with one page in flight the walk waited
/// whenever a transaction ran longer than the next page's mapping, and a core idled meanwhile.
/// The walk settles everything in flight (`settle`) before it writes to the store itself (a 304's "seen"
/// marks, a page error, the run's end), so the store sees the same writes in the same order as when every
/// page was written before the next was read. When a transaction fails, the pages queued behind it are
/// dropped unwritten and uncounted (`CommitGate`), as when the walk mapped them and stopped at the failure
/// before submitting them: what they link from is the page that failed, and paging stops there.
struct CommitQueue {
    private struct InFlight {
        let url: String
        let datasets: Int
        let totalItems: Int?
        /// nil: dropped behind a failed transaction.
        let result: Task<Result<PageCounts, PageFailure>?, Never>
    }

    /// Pages submitted and not yet settled, at most this many.
    let depth: Int
    private let thread = DispatchQueue(label: "oogst.harvest.commit")
    private let gate = CommitGate()
    private var inFlight: [InFlight] = []

    init(depth: Int = 2) {
        precondition(depth >= 1, "a commit queue holds at least one page")
        self.depth = depth
    }

    /// Queues the page's transaction behind those in flight; there must be room (`ready(queueing: true)`).
    mutating func submit(_ write: PageWrite, totalItems: Int?, in context: PageContext) {
        precondition(inFlight.count < depth, "a page is submitted while the commit queue is full")
        let thread = self.thread, gate = self.gate
        // The transaction blocks its thread for its whole length: not one of the few cooperative threads.
        let result = Task {
            await withCheckedContinuation { done in
                thread.async { done.resume(returning: gate.commit(write, in: context)) }
            }
        }
        inFlight.append(InFlight(url: write.url, datasets: write.datasets, totalItems: totalItems, result: result))
    }

    /// Readies the queue for the walk's next step: room for one more page when it queues one
    /// (`queueing`), otherwise every page settled, as the walk then writes to the store itself. Returns the
    /// first page whose transaction failed, with its failure, after settling every page behind it (they
    /// were dropped): paging must stop there.
    mutating func ready(queueing: Bool, into state: inout RunState, store: CatalogStore) async -> (url: String, failure: PageFailure)? {
        guard let failed = await settle(keeping: queueing ? depth - 1 : 0, into: &state, store: store) else { return nil }
        _ = await settle(into: &state, store: store)
        return failed
    }

    /// Waits for every page in flight, in order, and adds what each did to the run. Returns the first page
    /// whose transaction failed, with its failure: paging must stop there. The pages behind it were dropped.
    mutating func settle(into state: inout RunState, store: CatalogStore) async -> (url: String, failure: PageFailure)? {
        await settle(keeping: 0, into: &state, store: store)
    }

    /// Settles the oldest pages until at most `keeping` are in flight; returns the first failure.
    private mutating func settle(keeping: Int, into state: inout RunState, store: CatalogStore) async -> (url: String, failure: PageFailure)? {
        var first: (url: String, failure: PageFailure)?
        while inFlight.count > keeping {
            if let failed = await settleOldest(into: &state, store: store), first == nil { first = failed }
        }
        return first
    }

    private mutating func settleOldest(into state: inout RunState, store: CatalogStore) async -> (url: String, failure: PageFailure)? {
        let page = inFlight.removeFirst()
        switch await page.result.value {
        case nil:
            return nil
        case .success(let counts)?:
            state.add(counts)
            state.datasets += page.datasets
            state.total = page.totalItems ?? state.total
            return nil
        case .failure(let failure)?:
            state.fail(failure, store: store)
            return (page.url, failure)
        }
    }
}

/// Drops the queue's later transactions once one has failed (nil: not written). Only the commit thread
/// touches it, one transaction after the other; the lock makes that explicit rather than relied upon.
private final class CommitGate: @unchecked Sendable {
    private let lock = NSLock()
    private var failed = false

    func commit(_ write: PageWrite, in context: PageContext) -> Result<PageCounts, PageFailure>? {
        if lock.withLock({ failed }) { return nil }
        let result = context.commit(write)
        if case .failure = result { lock.withLock { failed = true } }
        return result
    }
}
