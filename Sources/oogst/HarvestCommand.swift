import ArgumentParser
import CatalogStore
import Foundation
import Harvest

struct HarvestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harvest",
        abstract: "Harvest configured sources once: fetch, parse, map, score and store every page.",
        discussion: """
            Each named source (all enabled ones when none is named) is harvested page by page, one transaction per page: new datasets are added, changed ones (a different canonical hash) are replaced and rescored, unchanged ones are only marked seen. Pages answered 304 Not Modified cost no parse.

            Datasets that vanished are withdrawn only after a complete, error-free run, and never more than the configuration's withdrawal_guard share at once (the run is then `held`). Withdrawn records stay for grace_days before they are purged. A failed or partial run withdraws nothing.

            Exit status: 0 when every run succeeded or was held, 65 when a page could not be read, 69 when a source did not answer, 64 for an unknown source or a bad configuration.

            Examples:
              oogst harvest --config config/demo.yaml
              oogst harvest data-overheid --json
            """
    )

    @Argument(help: "Source ids (default: every enabled source).") var sources: [String] = []
    @Flag(help: "Print {\"runs\": [...]} as JSON; no progress lines.") var json = false
    @OptionGroup var store: StoreOptions

    func run() async throws {
        do {
            let session = try WritingSession(store)
            let chosen = try Self.select(sources, from: session.config)
            let catalog = session.store
            try catalog.failInterruptedRuns()
            let runner = session.runner
            let cancel = CancellationFlag()
            let signals = SignalWatch(cancel)
            var outcomes: [HarvestOutcome] = []
            for source in chosen where !cancel.isCancelled {
                let progress = json ? nil : ProgressLine.handler()
                let outcome = await runner.run(source, cancel: cancel, progress: progress)
                ProgressLine.clear(enabled: !json)
                outcomes.append(outcome)
                if !json { print(RunText.render(outcome.report)) }
            }
            withExtendedLifetime(signals) {}
            withExtendedLifetime(session) {}
            if json { try printJSON(["runs": outcomes.map(\.report)]) } else if !outcomes.isEmpty {
                print(try SummaryText.render(catalog))
            }
            if outcomes.contains(where: \.unreachable) { throw ExitCode(ExitStatus.unavailable) }
            if outcomes.contains(where: { $0.report.status == .failed || $0.report.status == .partial }) {
                throw ExitCode(ExitStatus.dataError)
            }
        } catch let e as ExitCode {
            throw e
        } catch {
            throw fail(error)
        }
    }

    static func select(_ ids: [String], from config: HarvestConfig) throws -> [SourceConfig] {
        if ids.isEmpty { return config.sources.filter(\.enabled) }
        return try ids.map { id in
            guard let s = config.source(id) else {
                throw CLIError(status: ExitStatus.usage,
                               message: "no source '\(id)' in \(config.path); sources: \(config.sources.map(\.id).joined(separator: ", "))")
            }
            return s
        }
    }
}

/// The terminal view of one run.
enum RunText {
    static func render(_ r: RunReport) -> String {
        var out = "\(r.source): \(r.status.rawValue) — \(r.pages) page\(r.pages == 1 ? "" : "s"), \(r.added) added, \(r.updated) updated, \(r.unchanged) unchanged, \(r.withdrawn) withdrawn, \(r.failed) failed"
        for e in r.errors {
            let place = [e.url, e.line.map(String.init), e.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            out += "\n  error: \(place): \(e.message)"
        }
        if let m = r.message { out += "\n  note: \(m)" }
        return out
    }
}

/// The score summary after a harvest: the catalog's mean, its bands and the fixes that gain most.
enum SummaryText {
    static func render(_ catalog: CatalogStore) throws -> String {
        let all = try catalog.aggregates(by: .source)
        var out = "\ncatalog: \(try catalog.recordCount()) datasets\n"
        for g in all {
            let bands = ["excellent", "good", "sufficient", "bad"].map { "\(g.bands[$0] ?? 0) \($0)" }.joined(separator: ", ")
            out += String(format: "  %@: mean score %.0f of 405 (%@)\n", g.label, g.meanScore, bands)
            if let fix = g.fixes.first { out += "    biggest gain: \(fix.summary)\n" }
        }
        return out
    }
}
