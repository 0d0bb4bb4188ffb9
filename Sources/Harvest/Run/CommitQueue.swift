import CatalogStore
import Dispatch

/// The page transactions of a run, in page order, on a thread of their own: while one page is written,
/// the walk maps, scores and prepares the next on the other cores. A transaction is one core's work; while
/// mapping waited for it, a 20k Turtle harvest kept 1.5 of the 2 cores busy (CPU time over wall time), now
/// 1.7. The page arrives prepared (`PreparedPage`), so the thread only writes.
///
/// At most one page is in flight. The walk settles it (`settle`) before it submits the next page and
/// before it writes to the store itself (a 304's "seen" marks, a page error, the run's end), so the store
/// sees the same writes in the same order as when every page was written before the next was read.
struct CommitQueue {
    private struct InFlight {
        let url: String
        let datasets: Int
        let totalItems: Int?
        let result: Task<Result<PageCounts, PageFailure>, Never>
    }

    private let thread = DispatchQueue(label: "oogst.harvest.commit")
    private var inFlight: InFlight?

    /// Starts the page's transaction; the page before must have been settled.
    mutating func submit(_ write: PageWrite, totalItems: Int?, in context: PageContext) {
        precondition(inFlight == nil, "a page is submitted while the one before it is still in flight")
        let thread = self.thread
        // The transaction blocks its thread for its whole length: not one of the few cooperative threads.
        let result = Task {
            await withCheckedContinuation { done in
                thread.async { done.resume(returning: context.commit(write)) }
            }
        }
        inFlight = InFlight(url: write.url, datasets: write.datasets, totalItems: totalItems, result: result)
    }

    /// Waits for the page in flight, if any, and adds what it did to the run. Returns the page's URL and
    /// failure when its transaction failed: paging must stop there.
    mutating func settle(into state: inout RunState, store: CatalogStore) async -> (url: String, failure: PageFailure)? {
        guard let page = inFlight else { return nil }
        inFlight = nil
        switch await page.result.value {
        case .success(let counts):
            state.add(counts)
            state.datasets += page.datasets
            state.total = page.totalItems ?? state.total
            return nil
        case .failure(let failure):
            state.fail(failure, store: store)
            return (page.url, failure)
        }
    }
}
