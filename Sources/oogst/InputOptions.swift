import ArgumentParser
import JSONLD
import RDFIO

/// The options of every command that reads feeds: the input format and where JSON-LD contexts come from.
struct InputOptions: ParsableArguments {
    @Option(help: "Input format: ntriples, nquads, turtle, rdfxml, jsonld (default: from the file name, else the content).")
    var from: String?

    @Option(name: .customLong("load"), help: ArgumentHelp(
        "Serve remote JSON-LD documents under URL PREFIX from DIR or one file (repeatable).", valueName: "PREFIX=DIR"))
    var loads: [String] = []

    var format: RDFFormat? { from.flatMap(RDFFormat.init(name:)) }

    /// `--load` values as the JSON-LD loader's own parser reads them (validated, so they never fail here).
    var localContexts: [(prefix: String, directory: String)] {
        loads.compactMap { try? PrefixMappingLoader.mapping(fromArgument: $0) }.map { (prefix: $0.0, directory: $0.1) }
    }

    func validate() throws {
        if let from, RDFFormat(name: from) == nil {
            throw ValidationError("unknown input format '\(from)'; use ntriples, nquads, turtle, rdfxml or jsonld")
        }
        for l in loads where (try? PrefixMappingLoader.mapping(fromArgument: l)) == nil {
            throw ValidationError("--load takes PREFIX=DIR, got '\(l)'")
        }
    }
}
