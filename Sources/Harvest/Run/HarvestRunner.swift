import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import RDFIO

/// One harvest of one source: page by page, fetch → parse → map → score → store, one transaction per page;
/// then, only when the whole source was seen, the withdrawal of what vanished (within the guard share).
public struct HarvestRunner: Sendable {
    public let config: HarvestConfig
    public let store: CatalogStore
    public let fetcher: Fetcher
    /// The DCAT-AP compliance checker (SHACL shapes), when configured.
    public var compliance: (any ComplianceChecker)?
    public var now: @Sendable () -> Date = { Date() }

    public init(config: HarvestConfig, store: CatalogStore, fetcher: Fetcher? = nil) {
        self.config = config
        self.store = store
        self.fetcher = fetcher ?? Fetcher(userAgent: config.userAgentHeader,
                                          rateLimiter: HostRateLimiter(minInterval: config.http.hostInterval))
    }

    /// Runs the source once. Never throws: every failure ends up in the report (and in the store).
    public func run(_ source: SourceConfig, cancel: CancellationFlag = CancellationFlag(),
                    progress: (@Sendable (RunProgress) -> Void)? = nil) async -> HarvestOutcome {
        let started = now()
        let runID: Int64
        do {
            try store.register(SourceInfo(id: source.id, title: source.title, url: source.url.absoluteString,
                                          kind: source.kind.rawValue))
            runID = try store.startRun(source: source.id, at: started)
        } catch {
            var report = RunReport(id: 0, source: source.id, status: .failed, startedAt: RunReport.timestamp(started))
            report.finishedAt = report.startedAt
            report.message = "\(error)"
            return HarvestOutcome(report: report, unreachable: false)
        }
        var state = RunState(report: RunReport(id: runID, source: source.id, status: .running,
                                               startedAt: RunReport.timestamp(started)))
        let links = (try? store.linkResults()) ?? StoredLinks(results: [:])
        var scorer = Scorer(links: links, compliance: compliance)
        scorer.messageLanguage = "en"
        // On a failed count the store is asked as before.
        let hadRecords = ((try? store.recordCount(source: source.id)) ?? 1) > 0
        let context = PageContext(runner: self, source: source, run: runID, scorer: scorer, sourceHadRecords: hadRecords)

        let paging: PagingReport
        switch source.kind {
        case .dcat: paging = await walkHydra(context, &state, cancel: cancel, progress: progress, started: started)
        case .ckan: paging = await walkCKAN(context, &state, cancel: cancel, progress: progress, started: started)
        }
        finish(&state, source: source, paging: paging, cancelled: cancel.isCancelled)
        let finished = now()
        state.report.finishedAt = RunReport.timestamp(finished)
        try? store.finishRun(state.report, at: finished)
        return HarvestOutcome(report: state.report, unreachable: state.unreachable, warnings: paging.warnings)
    }

    // MARK: paging

    /// Pages go through three stages at once: while pages N-1 and N are written (one transaction each, in
    /// order, `CommitQueue`), page N+1 is mapped and scored, and pages N+2 and N+3 (each URL known from the
    /// page before) are fetched and parsed (`PageReadAhead`). Transactions stay in page order, one at a time.
    /// With one transaction in flight and one page read ahead, 100k first harvests kept 1.71–1.78 of the two
    /// cores busy (CPU over wall time); with two of each, 1.75–1.82 (docs/benchmarks.md, session 26).
    private func walkHydra(_ context: PageContext, _ state: inout RunState, cancel: CancellationFlag,
                           progress: (@Sendable (RunProgress) -> Void)?, started: Date) async -> PagingReport {
        var walker = PageWalker(start: context.source.url.absoluteString, maxPages: context.source.maxPages)
        var reader = PageReadAhead(context: context, maxPages: context.source.maxPages, cancel: cancel)
        var commits = CommitQueue()
        pages: while let url = walker.nextURL() {
            if cancel.isCancelled { walker.fail(page: url, reason: "stopped by a signal"); break }
            let read = await reader.take(url)
            // A parsed page is mapped, scored and prepared while the pages before it are still being written.
            var mapped: Result<PageWrite, PageFailure>?
            if case .parsed(let page) = read { mapped = context.mapRDFPage(page) }
            // A mapped page is queued behind the pages in flight; anything else writes to the store from
            // here, after every page before it. If a page before could not be written, what it links to is
            // unknown, and this page is dropped unwritten.
            let queues: Bool
            if case .parsed = read, case .success? = mapped { queues = true } else { queues = false }
            if let failed = await commits.ready(queueing: queues, into: &state, store: store) {
                walker.fail(page: failed.url, reason: failed.failure.error.message)
                break pages
            }
            switch (read, mapped) {
            case (.parsed(let page), .success(let write)?):
                walker.record(page: url, links: page.links, datasets: write.datasets)
                commits.submit(write, totalItems: page.links.totalItems, in: context)
            case (.parsed, .failure(let failure)?), (.failed(let failure), _):
                state.fail(failure, store: store)
                walker.fail(page: url, reason: failure.error.message)
            case (.notModified(let memory), _):
                state.report.pages += 1
                let seen = (try? store.markPageSeen(source: context.source.id, pageURL: url, run: context.run)) ?? 0
                state.report.unchanged += seen
                walker.record(page: url, links: HydraLinks(next: memory.nextURL, totalItems: memory.totalItems),
                              datasets: memory.datasets)
                state.datasets += memory.datasets
            case (.parsed, nil):
                preconditionFailure("a parsed page is always mapped")
            }
            report(progress, state, context, started)
        }
        // The pages in flight are finished (a signal stops the walk after them), and pages read ahead but
        // not reached are waited for and dropped, so nothing of this run touches the store after it ends.
        if let failed = await commits.settle(into: &state, store: store) {
            walker.fail(page: failed.url, reason: failed.failure.error.message)
        }
        report(progress, state, context, started)
        await reader.stop()
        return walker.finish()
    }

    /// CKAN pages are fetched, translated, mapped and scored while the pages before are written; the next
    /// page's URL needs this page's package count, so there is no reading ahead.
    private func walkCKAN(_ context: PageContext, _ state: inout RunState, cancel: CancellationFlag,
                          progress: (@Sendable (RunProgress) -> Void)?, started: Date) async -> PagingReport {
        var pager = CKANPager(endpoint: context.source.url, rows: context.source.rows, maxPages: context.source.maxPages)
        var commits = CommitQueue()
        pages: while let url = pager.nextURL() {
            if cancel.isCancelled { pager.fail(page: url, reason: "stopped by a signal"); break }
            let mapped = await context.mapCKANPage(url)
            let queues: Bool
            if case .success = mapped { queues = true } else { queues = false }
            if let failed = await commits.ready(queueing: queues, into: &state, store: store) {
                pager.fail(page: URL(string: failed.url) ?? url, reason: failed.failure.error.message)
                break pages
            }
            switch mapped {
            case .success(let (page, write)):
                pager.record(page: url, count: page.count, packages: page.packages)
                commits.submit(write, totalItems: page.count, in: context)
            case .failure(let failure):
                state.fail(failure, store: store)
                pager.fail(page: url, reason: failure.error.message)
            }
            report(progress, state, context, started)
        }
        if let failed = await commits.settle(into: &state, store: store) {
            pager.fail(page: URL(string: failed.url) ?? context.source.url, reason: failed.failure.error.message)
        }
        report(progress, state, context, started)
        return pager.finish()
    }

    private func report(_ progress: (@Sendable (RunProgress) -> Void)?, _ state: RunState, _ context: PageContext,
                        _ started: Date) {
        progress?(RunProgress(source: context.source.id, pages: state.report.pages, datasets: state.datasets,
                              totalItems: state.total, elapsed: now().timeIntervalSince(started)))
    }

    // MARK: the end of a run

    /// Decides the status; withdraws only after a complete run with no page errors, within the guard share.
    private func finish(_ state: inout RunState, source: SourceConfig, paging: PagingReport, cancelled: Bool) {
        var notes = paging.warnings
        let sawEverything = paging.isComplete && state.report.failed == 0 && !cancelled
        if cancelled { notes.insert("stopped by a signal after \(state.report.pages) pages; nothing withdrawn", at: 0) }
        if !sawEverything {
            state.report.status = state.report.pages > state.report.failed ? .partial : .failed
            if !cancelled && state.report.failed == 0 {
                notes.append("the source was not seen completely; nothing withdrawn")
            } else if !cancelled {
                let n = state.report.failed
                notes.append("\(n) page\(n == 1 ? "" : "s") could not be read, so the source was not seen completely; nothing withdrawn")
            }
        } else {
            do {
                let plan = try store.withdrawalPlan(source: source.id, run: state.report.id)
                if plan.unseen > 0 && plan.share > config.withdrawalGuardShare {
                    state.report.status = .held
                    notes.insert(String(format: "held: %d of %d records (%.0f%%) vanished from the feed, more than the withdrawal guard allows (%.0f%%); nothing withdrawn. Check the feed; if it really shrank, raise withdrawal_guard in the configuration for one run.",
                                        plan.unseen, plan.live, plan.share * 100, config.withdrawalGuardShare * 100), at: 0)
                } else {
                    state.report.withdrawn = try store.withdrawUnseen(source: source.id, run: state.report.id, at: now())
                    state.report.status = .succeeded
                }
                let cutoff = now().addingTimeInterval(-Double(config.graceDays) * 86_400)
                try store.purgeWithdrawn(before: cutoff)
            } catch {
                state.report.status = .failed
                notes.insert("\(error)", at: 0)
            }
        }
        state.report.message = notes.isEmpty ? nil : notes.joined(separator: "; ")
    }
}

/// A finished run, with what the exit status needs.
public struct HarvestOutcome: Sendable {
    public var report: RunReport
    /// The source gave no usable answer (exit status 69).
    public var unreachable: Bool
    public var warnings: [String] = []
}

/// Counts kept while a run goes.
struct RunState {
    var report: RunReport
    var datasets = 0
    var total: Int?
    var unreachable = false

    mutating func add(_ c: PageCounts) {
        report.pages += 1
        report.added += c.added
        report.updated += c.updated
        report.unchanged += c.unchanged
    }

    mutating func fail(_ failure: PageFailure, store: CatalogStore) {
        report.pages += 1
        report.failed += 1
        report.errors.append(failure.error)
        if failure.unreachable && report.pages == 1 { unreachable = true }
        try? store.recordError(run: report.id, failure.error)
    }
}
