import ArgumentParser
import CatalogStore
import DCAT
import Foundation
import Quality
import RDF

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One stored dataset with its score, findings, remedies and score history.",
        discussion: """
            Give the number `oogst search` prints in brackets, or the dataset IRI (all sources holding it are shown).

            Examples:
              oogst show 12
              oogst show http://data.example.nl/id/dataset/fietspaden --json
              oogst show 12 --turtle      # the DCAT-AP NL 3.0 description as Oogst re-publishes it
            """
    )

    @Argument(help: "Record number or dataset IRI.") var id: String
    @Flag(help: "Print the contract JSON ({\"datasets\": [...]}, as validate prints it, plus store fields).") var json = false
    @Flag(help: "Print the dataset as DCAT-AP NL 3.0 Turtle.") var turtle = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if json && turtle { throw ValidationError("--json and --turtle exclude each other") }
    }

    func run() throws {
        try reportingFailures {
            let records = try store.openExisting().records(matching: id)
            guard !records.isEmpty else {
                throw CLIError(status: 1, message: "no dataset '\(id)' in the catalog; `oogst search` lists record numbers")
            }
            if json {
                try printJSON(ShowOutput(datasets: records.map(ShownRecord.init)))
            } else if turtle {
                var triples: [Triple] = []
                for (i, r) in records.enumerated() {
                    triples += DCATSerializer(blankNodePrefix: "r\(i)n").triples(for: r.dataset)
                }
                let output = MemoryByteOutput()
                try TurtleWriter().write(triples, to: output)
                print(String(decoding: output.bytes, as: UTF8.self), terminator: "")
            } else {
                print(records.map(RecordText.render).joined(separator: "\n"), terminator: "")
            }
        }
    }
}

struct ShowOutput: Encodable { var datasets: [ShownRecord] }

/// The `validate` entry of one record, plus where and when the store has it.
struct ShownRecord: Encodable {
    var record: StoredRecord

    func encode(to encoder: Encoder) throws { try record.encodeWithStoreFields(to: encoder) }
}

/// The terminal view of one record.
enum RecordText {
    static func render(_ r: StoredRecord) -> String {
        let q = r.quality
        var out = "\(q.title.isEmpty ? r.iri : q.title)\n"
        out += "  record      \(r.id) from source \(r.source)\(r.withdrawnAt.map { ", withdrawn \($0)" } ?? "")\n"
        out += "  IRI         \(r.iri)\n"
        out += "  publisher   \(q.publisher.isEmpty ? "(none)" : q.publisher)\n"
        out += "  score       \(q.score.total)/\(q.score.max) \(q.score.rating.rawValue)"
        out += Dimension.allCases.map { " · \($0.rawValue) \(q.score[$0])" }.joined() + "\n"
        if r.history.count > 1 {
            out += "  history     " + r.history.map { "\($0.total) (run \($0.run.map(String.init) ?? "-"))" }
                .joined(separator: " → ") + "\n"
        }
        let findings = q.findings.sorted { $0.pointsLost > $1.pointsLost }
        if findings.isEmpty {
            out += "  no findings\n"
        } else {
            out += "  what to fix, most points first:\n"
            for f in findings {
                let points = f.pointsLost > 0 ? "-\(f.pointsLost)" : f.severity.rawValue
                out += "    \(SearchTable.pad(points, 9))\(f.path): \(f.message)\n"
                if !f.remedy.isEmpty { out += "             → \(f.remedy)\n" }
            }
        }
        return out
    }
}
