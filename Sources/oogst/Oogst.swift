import ArgumentParser

@main
struct Oogst: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oogst",
        abstract: "Harvest, score and search DCAT-AP NL metadata catalogs.",
        discussion: """
            Oogst harvests catalog feeds (RDF/XML, Turtle, N-Triples, JSON-LD; Hydra-paged or single dumps; CKAN API) into a local SQLite catalog, scores every dataset with the data.europa.eu MQA method and DCAT-AP NL rules, and lets you search and export the results.

            Start here:
              oogst harvest --config config/demo.yaml     # the bundled fixture feeds, no network
              oogst search fietspaden --db oogst-demo.sqlite
              oogst scores --by publisher --db oogst-demo.sqlite

            Exit status: 0 success, 64 usage error, 65 bad input data, 69 source unreachable, 74 I/O error, 1 anything else. Errors go to stderr as `oogst: FILE:LINE:COL: message`.
            """,
        subcommands: [HarvestCommand.self, Daemon.self, Serve.self, Search.self, Show.self, Scores.self, Runs.self, Links.self, Validate.self, Convert.self]
    )
}
