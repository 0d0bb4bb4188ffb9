import ArgumentParser
import Foundation
import RDF
import RDFIO

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Parse one RDF document and write it out as N-Triples, N-Quads or Turtle.",
        discussion: """
            The input format comes from --from, else the file extension (.nt .nq .ttl .rdf .xml .jsonld .json), else the first bytes of the document. Relative IRIs resolve against --base, else the file's own file: URL. JSON-LD never touches the network: map context URLs to local folders or files with --load.

            Examples:
              oogst convert fixtures/demo/catalog.ttl
              oogst convert feed.rdf --to turtle --output feed.ttl
              oogst convert feed.jsonld --load https://example.org/context.jsonld=contexts/ctx.jsonld
              curl -s https://example.org/catalog.ttl | oogst convert - --from turtle --base https://example.org/
            """
    )

    @Argument(help: "The document to read, or - for standard input.")
    var file: String

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: ntriples (default), nquads, turtle.")
    var to: String = "ntriples"

    @Option(help: "Base IRI for relative references.")
    var base: String?

    @Option(help: "Write to this file (replaced only when the whole input parsed) instead of standard output.")
    var output: String?

    @Flag(help: "JSON-LD: read the whole document into memory instead of node by node (needed for the rare document whose later members change how earlier nodes read).")
    var noStreaming = false

    func validate() throws {
        guard let out = RDFFormat(name: to), [.nTriples, .nQuads, .turtle].contains(out) else {
            throw ValidationError("unknown output format '\(to)'; use ntriples, nquads or turtle")
        }
    }

    func run() throws {
        try reportingFailures(convert)
    }

    private func convert() throws {
        let source: ByteSource = file == "-" ? FileByteSource.standardInput() : try FileByteSource(path: file)
        let options = ReadOptions(base: base ?? defaultBase(), localContexts: input.localContexts,
                                  jsonLDStreaming: !noStreaming)
        let target = RDFFormat(name: to)!
        let explicit = input.format

        // Write to a temporary file next to --output and move it into place only on success, so a
        // syntax error never leaves a half-written file that looks complete.
        let temporary = output.map { $0 + ".oogst-partial" }
        let out: ByteOutput = try temporary.map { try FileByteOutput(path: $0) } ?? FileByteOutput.standardOutput()
        do {
            switch target {
            case .turtle:
                var graph = Graph()
                try RDFReaders.read(source, explicit: explicit, options: options, into: &graph)
                try RDFWriters.writeTurtle(graph, to: out, base: base)
            default:
                var writer = NTriplesWriter(output: out, quads: target == .nQuads)
                try RDFReaders.read(source, explicit: explicit, options: options, into: &writer)
            }
            try out.flush()
        } catch {
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw error
        }
        if let temporary, let output {
            _ = try? FileManager.default.removeItem(atPath: output)
            try FileManager.default.moveItem(atPath: temporary, toPath: output)
        }
    }

    private func defaultBase() -> String? {
        guard file != "-" else { return nil }
        return URL(fileURLWithPath: file).standardizedFileURL.absoluteString
    }
}
