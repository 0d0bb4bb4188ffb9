import ArgumentParser

@main
struct Oogst: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oogst",
        abstract: "Harvest, score and search DCAT-AP NL metadata catalogs.",
        discussion: """
            Oogst reads catalog feeds in RDF/XML, Turtle, N-Triples and JSON-LD.

            Exit status: 0 success, 64 usage error, 65 bad input data, 69 source unreachable, 74 I/O error, 1 anything else. Errors go to stderr as `oogst: FILE:LINE:COL: message`.
            """,
        subcommands: [Convert.self, Validate.self, Search.self, Show.self, Scores.self, Runs.self]
    )
}
