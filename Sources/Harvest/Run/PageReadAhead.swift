/// Fetches and parses the pages of a Hydra walk ahead of the walk, following each page's next link as
/// soon as the page is parsed, and holds up to `capacity` pages read and not yet taken.
///
/// The walk used to start reading page N+2 only when it began mapping N+1, so each read (0.13 s median in
/// a 100k harvest with both cores busy, 0.045 s of it the parse) had one page's mapping (0.17 s) to finish
/// in; when it did not, the mapping of the next page waited (1.4–3.0 s a run) and a core idled. A reader
/// of its own keeps going while the walk maps and the commit thread writes (docs/benchmarks.md, session 26).
///
/// The reader guesses the walk's next URL from the page's links; the walk stays in charge (loops, the page
/// cap, failures are its decisions). When it asks for a URL the reader did not read next, the reader's
/// pages are dropped and it starts again from that URL, so a guess never changes what is harvested.
struct PageReadAhead {
    let context: PageContext
    let capacity: Int
    let maxPages: Int
    let cancel: CancellationFlag
    private var current: Reader?

    init(context: PageContext, capacity: Int = 2, maxPages: Int, cancel: CancellationFlag) {
        precondition(capacity >= 1, "a read-ahead holds at least one page")
        self.context = context
        self.capacity = capacity
        self.maxPages = maxPages
        self.cancel = cancel
    }

    /// The page at `url`, read ahead when the reader got there, otherwise read from here on.
    mutating func take(_ url: String) async -> PageRead {
        if let reader = current, let read = await reader.queue.take(expecting: url) { return read }
        await stop()
        let reader = Reader(start: url, context: context, capacity: capacity, maxPages: maxPages, cancel: cancel)
        current = reader
        // A reader always reads the page it starts from; read here should it ever come back without it.
        if let read = await reader.queue.take(expecting: url) { return read }
        return await context.readRDFPage(url)
    }

    /// Stops reading and waits until the reader is done, so nothing of the run touches the store after
    /// it ends; pages read and not taken are dropped.
    mutating func stop() async {
        guard let reader = current else { return }
        current = nil
        await reader.queue.close()
        reader.task.cancel()
        await reader.task.value
    }

    private struct Reader {
        let queue: ReadQueue
        let task: Task<Void, Never>

        init(start: String, context: PageContext, capacity: Int, maxPages: Int, cancel: CancellationFlag) {
            let queue = ReadQueue(capacity: capacity)
            self.queue = queue
            task = Task {
                var url = start
                var visited = Set<String>()
                while true {
                    visited.insert(PageWalker.key(url))
                    let read = await context.readRDFPage(url)
                    guard await queue.put(url: url, read) else { return }
                    guard let next = Self.next(after: read), !visited.contains(PageWalker.key(next)),
                          visited.count < maxPages, !cancel.isCancelled, !Task.isCancelled else { break }
                    url = next
                }
                await queue.finish()
            }
        }

        /// Where the walk goes after this page when it goes on (`PageWalker.record` decides for real).
        static func next(after read: PageRead) -> String? {
            switch read {
            case .parsed(let page): return page.links.next
            case .notModified(let memory): return memory.nextURL
            case .failed: return nil
            }
        }
    }
}

/// Pages read and not yet taken, in order, at most `capacity`: the reader waits while it is full, the walk
/// waits while it is empty.
private actor ReadQueue {
    private let capacity: Int
    private var pages: [(url: String, read: PageRead)] = []
    /// No page will be added: the reader finished (pages held can still be taken) or was closed.
    private var ended = false
    /// Closed by the walk: pages held were dropped, and the reader stops at its next `put`.
    private var closed = false
    private var waitingTaker: CheckedContinuation<(url: String, read: PageRead)?, Never>?
    private var waitingPutter: CheckedContinuation<Void, Never>?

    init(capacity: Int) { self.capacity = capacity }

    /// Adds a page, waiting for room; false when the queue was closed (the page is dropped).
    func put(url: String, _ read: PageRead) async -> Bool {
        guard !closed else { return false }
        if let taker = waitingTaker {
            waitingTaker = nil
            taker.resume(returning: (url, read))
            return true
        }
        pages.append((url, read))
        if pages.count >= capacity {
            await withCheckedContinuation { waitingPutter = $0 }
        }
        return !closed
    }

    /// The next page if it is `url`; nil when the reader went elsewhere or stopped before it.
    func take(expecting url: String) async -> PageRead? {
        let next: (url: String, read: PageRead)?
        if !pages.isEmpty {
            next = pages.removeFirst()
            if let putter = waitingPutter {
                waitingPutter = nil
                putter.resume()
            }
        } else if ended {
            next = nil
        } else {
            next = await withCheckedContinuation { waitingTaker = $0 }
        }
        guard let next, next.url == url else { return nil }
        return next.read
    }

    /// The reader has nothing more to add; the walk takes what is held, then gets nil.
    func finish() {
        ended = true
        waitingTaker?.resume(returning: nil)
        waitingTaker = nil
    }

    /// No more pages: a waiting reader and a waiting walk are let go; pages not taken are dropped.
    func close() {
        ended = true
        closed = true
        pages = []
        waitingPutter?.resume()
        waitingPutter = nil
        waitingTaker?.resume(returning: nil)
        waitingTaker = nil
    }
}
