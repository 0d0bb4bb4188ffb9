import CatalogStore
import Foundation
import Quality

/// `oogst daemon`: runs every enabled source on its schedule, a bounded number at a time, with jitter so
/// that many sources on the same schedule do not hit their hosts together; checks links on its own cadence.
public struct HarvestDaemon: Sendable {
    public let runner: HarvestRunner
    /// How often the link pass looks for links older than the configured re-check age.
    public var linkPassInterval: TimeInterval = 3600
    public var log: @Sendable (String) -> Void

    public init(runner: HarvestRunner, log: @escaping @Sendable (String) -> Void) {
        self.runner = runner
        self.log = log
    }

    /// Runs until `cancel` is set; the runs in flight finish their current page first.
    public func run(cancel: CancellationFlag) async {
        let config = runner.config
        let sources = config.sources.filter(\.enabled)
        var due: [String: Date] = [:]
        for s in sources { due[s.id] = firstDue(s) }
        var nextLinkPass = Date()
        log("daemon: \(sources.count) source(s), at most \(config.maxConcurrentSources) at a time")
        while !cancel.isCancelled {
            let now = runner.now()
            let ready = sources.filter { (due[$0.id] ?? .distantFuture) <= now }
            if !ready.isEmpty {
                await runBatch(ready, cancel: cancel)
                for s in ready { due[s.id] = withJitter(s.schedule.nextFire(after: runner.now()), schedule: s.schedule) }
                continue
            }
            if now >= nextLinkPass {
                await checkLinks(cancel: cancel)
                nextLinkPass = runner.now().addingTimeInterval(linkPassInterval)
                continue
            }
            let wake = min(due.values.min() ?? .distantFuture, nextLinkPass)
            // Sleep in short steps so a signal is noticed within a second.
            try? await Task.sleep(nanoseconds: UInt64(max(0.05, min(1, wake.timeIntervalSince(runner.now()))) * 1e9))
        }
        log("daemon: stopped")
    }

    /// A source that never ran (or whose last start is a schedule step ago) is due now.
    func firstDue(_ s: SourceConfig) -> Date {
        guard let last = try? runner.store.runs(source: s.id, limit: 1).first,
              let started = ISO8601DateFormatter().date(from: last.startedAt) else { return runner.now() }
        return s.schedule.nextFire(after: started)
    }

    /// Up to a tenth of the interval (at most five minutes) later, so equal schedules spread out.
    func withJitter(_ date: Date, schedule: Schedule) -> Date {
        let step = schedule.nextFire(after: date).timeIntervalSince(date)
        return date.addingTimeInterval(Double.random(in: 0...min(300, max(0, step / 10))))
    }

    private func runBatch(_ sources: [SourceConfig], cancel: CancellationFlag) async {
        let limit = max(1, runner.config.maxConcurrentSources)
        await withTaskGroup(of: Void.self) { group in
            var started = 0
            for s in sources {
                if started >= limit { await group.next() }
                if cancel.isCancelled { break }
                started += 1
                group.addTask {
                    log("run \(s.id): started")
                    let outcome = await runner.run(s, cancel: cancel)
                    let r = outcome.report
                    log("run \(s.id): \(r.status.rawValue), \(r.pages) pages, \(r.added) added, \(r.updated) updated, \(r.unchanged) unchanged, \(r.withdrawn) withdrawn, \(r.failed) failed\(r.message.map { " (\($0))" } ?? "")")
                }
            }
        }
    }

    private func checkLinks(cancel: CancellationFlag) async {
        guard !cancel.isCancelled else { return }
        do {
            let checked = try await LinkPass(runner: runner).run(source: nil)
            if checked.urls > 0 { log("links: \(checked.urls) checked, \(checked.rescored) scores changed") }
        } catch {
            log("links: \(error)")
        }
    }
}

/// Checks the access and download URLs not checked within the re-check age, stores the results and
/// rescores: what `oogst links` runs and the daemon repeats.
public struct LinkPass: Sendable {
    public let runner: HarvestRunner
    public init(runner: HarvestRunner) { self.runner = runner }

    public func run(source: String?, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> (urls: Int, rescored: Int) {
        let store = runner.store
        let cutoff = runner.now().addingTimeInterval(-runner.config.linkRecheckAge)
        let urls = try store.linksToCheck(source: source, checkedBefore: cutoff)
        guard !urls.isEmpty else { return (0, 0) }
        let checker = LinkChecker(fetcher: runner.fetcher, concurrency: runner.config.linkConcurrency)
        var results: [String: LinkCheck] = [:]
        // In batches, so results land in the store as they come and progress can be shown.
        let batch = 200
        for start in stride(from: 0, to: urls.count, by: batch) {
            let slice = Array(urls[start..<min(urls.count, start + batch)])
            let found = await checker.check(slice)
            try store.saveLinkResults(found, at: runner.now())
            results.merge(found) { $1 }
            progress?(min(urls.count, start + batch), urls.count)
        }
        let scorer = Scorer(links: try store.linkResults(), compliance: runner.compliance)
        let rescored = try store.rescore(source: source, with: scorer, at: runner.now())
        return (results.count, rescored)
    }
}
