import ArgumentParser
import CatalogStore
import Foundation
import Quality
import RDF

struct Scores: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the stored quality scores: per dataset, publisher or source; as a table, CSV, JSON or DQV.",
        discussion: """
            --by dataset gives one row per dataset with every indicator's points; --by publisher and --by source give the mean score, the datasets per rating band and the fixes ranked by the points they would gain ("add keywords to 847 datasets: +30 each").

            DQV (Turtle) gives a dqv:QualityMeasurement per dataset and metric, as data.europa.eu publishes them; it is always per dataset.

            Examples:
              oogst scores --by publisher
              oogst scores --format csv --output scores.csv
              oogst scores --format dqv --source demo-nl3 > measurements.ttl
            """
    )

    @Option(help: "Group by dataset, publisher or source.") var by: String = "dataset"
    @Option(help: "Output format: table, csv, json or dqv.") var format: String = "table"
    @Option(help: ArgumentHelp("Write to FILE (replaced only when the export succeeds) instead of stdout.", valueName: "FILE"))
    var output: String?
    @Option(help: "Only this source.") var source: String?
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard ScoreGrouping(rawValue: by) != nil else { throw ValidationError("--by takes dataset, publisher or source") }
        guard ["table", "csv", "json", "dqv"].contains(format) else {
            throw ValidationError("--format takes table, csv, json or dqv")
        }
        if format == "dqv" && by != "dataset" { throw ValidationError("--format dqv is per dataset; drop --by") }
    }

    func run() throws {
        try reportingFailures {
            let catalog = try store.openExisting()
            let grouping = ScoreGrouping(rawValue: by) ?? .dataset
            let out = MemoryByteOutput()
            func emit(_ s: String) { var s = s; s.withUTF8 { out.write(UnsafeRawBufferPointer($0)) } }
            switch (format, grouping) {
            case ("dqv", _):
                var writer = DQVWriter()
                var triples: [Triple] = []
                try catalog.forEachScore(source: source) { triples += writer.triples(for: $0.quality) }
                try TurtleWriter(prefixes: DQVWriter.prefixes).write(triples, to: out)
            case ("csv", .dataset):
                emit(ScoreCSV.line(ScoreCSV.datasetHeader))
                try catalog.forEachScore(source: source) { emit(ScoreCSV.line(ScoreCSV.datasetRow($0))) }
            case ("csv", _):
                emit(ScoreCSV.line(ScoreCSV.groupHeader))
                for a in try catalog.aggregates(by: grouping, source: source) { emit(ScoreCSV.line(ScoreCSV.groupRow(a))) }
            case ("json", .dataset):
                var entries: [ScoredEntry] = []
                try catalog.forEachScore(source: source) { entries.append(ScoredEntry(score: $0)) }
                emit(try jsonString(["datasets": entries]) + "\n")
            case ("json", _):
                emit(try jsonString(["groups": try catalog.aggregates(by: grouping, source: source)]) + "\n")
            case (_, .dataset):
                var results: [DatasetQuality] = []
                try catalog.forEachScore(source: source) { results.append($0.quality) }
                emit(TextReport.render(results))
            default:
                emit(GroupTable.render(try catalog.aggregates(by: grouping, source: source), grouping: grouping))
            }
            try write(out.bytes)
        }
    }

    private func write(_ bytes: [UInt8]) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError(status: ExitStatus.ioError, message: "\(output): \(error.localizedDescription)")
        }
    }
}

/// A dataset's scores with its record number and source.
struct ScoredEntry: Encodable {
    var score: RecordScore
    enum Keys: String, CodingKey { case id, source }
    func encode(to encoder: Encoder) throws {
        try score.quality.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(score.id, forKey: .id)
        try c.encode(score.source, forKey: .source)
    }
}

func jsonString<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// The terminal view of publisher or source aggregates.
enum GroupTable {
    static func render(_ groups: [QualityAggregate], grouping: ScoreGrouping) -> String {
        var out = SearchTable.pad(grouping.rawValue, 42) + "datasets  mean  excellent/good/sufficient/bad\n"
        for g in groups {
            let bands = Rating.allCases.map { "\(g.count($0))" }.joined(separator: "/")
            out += SearchTable.pad(SearchTable.clip(g.label, 40), 42) + SearchTable.pad("\(g.datasets)", 10)
                + SearchTable.pad(String(format: "%.0f", g.meanScore), 6) + bands + "\n"
            for fix in g.fixes.prefix(3) { out += "    fix: \(fix.summary)\n" }
        }
        return out
    }
}
