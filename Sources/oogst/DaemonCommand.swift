import ArgumentParser
import CatalogStore
import Foundation
import Harvest

struct Daemon: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run every enabled source on its schedule until SIGINT or SIGTERM; check links on the side.",
        discussion: """
            Schedules come from the configuration: a 5-field cron expression (UTC) or an interval such as 6h. A source that never ran starts at once. At most max_concurrent_sources run together, with a little jitter. Links older than link_recheck_age are checked every hour and the scores updated.

            One process per database: a second daemon or harvest on the same database is refused. On SIGINT/SIGTERM each run finishes its page in flight and the daemon exits 0; a run cut off by a crash is marked failed at the next start.

            Example:
              oogst daemon --config config/oogst.yaml
            """
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        do {
            let session = try WritingSession(store)
            let interrupted = try session.store.failInterruptedRuns()
            let log: @Sendable (String) -> Void = { line in
                FileHandle.standardError.write(Data("\(ISO8601DateFormatter().string(from: Date())) \(line)\n".utf8))
            }
            if interrupted > 0 { log("marked \(interrupted) interrupted run(s) failed") }
            let cancel = CancellationFlag()
            let signals = SignalWatch(cancel)
            await HarvestDaemon(runner: session.runner, log: log).run(cancel: cancel)
            withExtendedLifetime(signals) {}
            withExtendedLifetime(session) {}
        } catch {
            throw fail(error)
        }
    }
}

struct Links: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check access and download URLs (HEAD, GET when HEAD is refused) and rescore the datasets.",
        discussion: """
            URLs checked within link_recheck_age are skipped. Afterwards the reachability indicators (accessUrlStatusCode, downloadUrlStatusCode) are scored from the results instead of `unchecked`.

            Example:
              oogst links --source voorbeeldstad --config config/demo.yaml
            """
    )

    @Option(help: "Only this source.") var source: String?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        do {
            let session = try WritingSession(store)
            let terminal = ProgressLine.isTerminal
            let result = try await LinkPass(runner: session.runner).run(source: source) { done, total in
                if terminal { FileHandle.standardError.write(Data("\rlinks: \(done)/\(total)\u{1B}[K".utf8)) }
            }
            ProgressLine.clear(enabled: true)
            withExtendedLifetime(session) {}
            print("links: \(result.urls) checked, \(result.rescored) dataset score\(result.rescored == 1 ? "" : "s") changed")
        } catch {
            throw fail(error)
        }
    }
}
