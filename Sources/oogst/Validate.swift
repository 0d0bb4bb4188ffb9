import ArgumentParser
import DCAT
import CatalogStore
import Foundation
import Quality
import RDF
import RDFIO

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score every dataset in one or more feed files against the MQA method and DCAT-AP NL; store nothing unless --store is given.",
        discussion: """
            Each file is read (format from --from, else its extension, else its content), mapped to the DCAT-AP NL model, and every dataset is scored out of 405 points with a rating band and a finding with a remedy for every lost point. Run it on a feed before you publish it.

            Link reachability (accessURL/downloadURL status) is not checked here and shows as unchecked. DCAT-AP compliance is checked only with --shapes: give a folder of SHACL files, e.g. ../shared/specs/shacl/dcat-ap-3.0.1 and ../shared/specs/shacl/dcat-ap-nl-3.0.

            Examples:
              oogst validate fixtures/demo/catalog.ttl
              oogst validate feed.rdf --shapes shapes/dcat-ap-3.0.1 --shapes shapes/dcat-ap-nl-3.0 --json
              oogst validate feed.ttl --store catalog.sqlite --source my-feed   # then: oogst search --db catalog.sqlite
            """
    )

    @Argument(help: "Feed files to score.")
    var files: [String]

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("A folder of SHACL shapes (*SHACL*.ttl) for the DCAT-AP compliance indicator (repeatable).",
                               valueName: "DIR"))
    var shapes: [String] = []

    @Option(help: "Messages in this language where the rules have them: en or nl.")
    var language: String = "en"

    @Flag(help: "Print the contract JSON ({\"datasets\": [...]}) instead of a table.")
    var json = false

    @Option(help: ArgumentHelp("Also store the datasets and scores in this catalog database (for search, show, scores).",
                               valueName: "DB"))
    var store: String?

    @Option(help: ArgumentHelp("The source id the stored records belong to (with --store).", valueName: "ID"))
    var source: String = "local"

    func validate() throws {
        guard ["en", "nl"].contains(language) else { throw ValidationError("--language takes en or nl") }
    }

    func run() throws {
        try reportingFailures(score)
    }

    private func score() throws {
        var scorer = Scorer(compliance: shapes.isEmpty ? nil : try SHACLComplianceChecker(directories: shapes))
        scorer.messageLanguage = language
        let contexts = input.localContexts
        var results: [DatasetQuality] = []
        let importer = try store.map { try StoreImport(path: $0, source: source, files: files) }
        for (index, file) in files.enumerated() {
            var graph = Graph()
            let base = URL(fileURLWithPath: file).standardizedFileURL.absoluteString
            // One blank-node prefix per file, so nodes of different files never merge.
            let options = ReadOptions(base: base, blankNodePrefix: "f\(index)b", localContexts: contexts)
            try RDFReaders.read(try FileByteSource(path: file), explicit: input.format,
                                options: options, into: &graph)
            let mapped = DCATMapper(sourceID: file).map(graph)
            // The models hold what scoring needs; the graph (hundreds of MB for a large feed) goes first,
            // freed while the datasets are scored.
            BackgroundRelease.release(consume graph)
            let scored = scorer.score(mapped.datasets)  // on every core, same order
            try importer?.store(file: file, datasets: mapped.datasets, scores: scored)
            results += scored
            BackgroundRelease.release(consume mapped)
        }
        try importer?.finish()
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(ValidationOutput(datasets: results))
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(TextReport.render(results), terminator: "")
        }
        BackgroundRelease.release(consume results)
    }
}
