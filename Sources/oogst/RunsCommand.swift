import ArgumentParser
import CatalogStore
import Foundation

struct Runs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Harvest run history: status, counts and page errors, newest first.",
        discussion: """
            Status: succeeded (the whole source was read), partial (some pages failed; nothing withdrawn), failed, held (more datasets vanished than the withdrawal guard allows; nothing withdrawn) or running.

            Examples:
              oogst runs
              oogst runs --source data-overheid --json
            """
    )

    @Option(help: "Only this source.") var source: String?
    @Option(help: "How many runs.") var limit = 20
    @Flag(help: "Print {\"runs\": [...]} as JSON.") var json = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        try reportingFailures {
            let runs = try store.openExisting().runs(source: source, limit: limit)
            if json {
                try printJSON(["runs": runs])
                return
            }
            if runs.isEmpty { print("no runs yet"); return }
            print("run  source               status     started               pages  added updated unchanged withdrawn failed")
            for r in runs {
                let cells = [SearchTable.pad("\(r.id)", 5), SearchTable.pad(SearchTable.clip(r.source, 20), 21),
                             SearchTable.pad(r.status.rawValue, 11), SearchTable.pad(r.startedAt, 22),
                             SearchTable.pad("\(r.pages)", 7), SearchTable.pad("\(r.added)", 6),
                             SearchTable.pad("\(r.updated)", 8), SearchTable.pad("\(r.unchanged)", 10),
                             SearchTable.pad("\(r.withdrawn)", 10), "\(r.failed)"]
                print(cells.joined())
                if let m = r.message { print("     \(m)") }
                for e in r.errors {
                    let place = [e.url, e.line.map(String.init), e.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
                    print("     \(place): \(e.message)")
                }
            }
        }
    }
}
