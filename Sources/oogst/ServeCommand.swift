import ArgumentParser
import CatalogStore
import Foundation
import Server

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the catalog: REST API (/api/v1), DCAT-AP NL 3.0 re-publication (/catalog) and web pages (/).",
        discussion: """
            Read-only. Binds to 127.0.0.1 unless --host says otherwise. The database may be written by `oogst daemon` or `oogst harvest` at the same time: readers never block the harvester.

            Endpoints: /api/v1/datasets, /api/v1/datasets/{id}, /api/v1/publishers, /api/v1/publishers/{id}/scores, /api/v1/scores, /api/v1/sources, /api/v1/runs, /api/v1/openapi.json, /health; /catalog (.ttl .rdf .jsonld .nt), Hydra-paged; the search page at /. See docs/api.md.

            SIGINT or SIGTERM stops the server after the requests in flight.

            Examples:
              oogst serve --db oogst-demo.sqlite
              oogst serve --db catalog.sqlite --host 0.0.0.0 --port 8080 --cors https://portal.example.nl
            """
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to listen on (default: loopback only).") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0: any free port).") var port = 8080
    @Option(help: ArgumentHelp("Let this origin read the API from a browser (repeatable; * for any).", valueName: "ORIGIN"))
    var cors: [String] = []
    @Option(help: ArgumentHelp("The URL clients reach this server at, when behind a proxy (links and catalog IRIs use it).", valueName: "URL"))
    var publicURL: String?
    @Option(help: "Datasets per /catalog page.") var catalogPageSize = 100
    @Option(help: ArgumentHelp("Folder of the web page templates (default: installed beside the program).", valueName: "DIR"))
    var templates: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
        guard (1...1000).contains(catalogPageSize) else { throw ValidationError("--catalog-page-size takes 1 to 1000") }
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw ValidationError("--public-url must start with http:// or https://")
        }
    }

    func run() async throws {
        do {
            let catalog = try store.openExisting(mapped: true)
            let settings = ServerSettings(host: host, port: port, corsOrigins: cors, publicURL: publicURL,
                                          catalogPageSize: catalogPageSize, templatesDirectory: templates)
            let server = try await OogstServer(settings: settings, store: catalog)
            let shownHost = host.contains(":") ? "[\(host)]" : host
            try await server.run { bound in
                printError("serving \(catalog.path) on http://\(shownHost):\(bound)/ (API http://\(shownHost):\(bound)/api/v1); stop with Ctrl-C")
            }
        } catch let e as ExitCode {
            throw e
        } catch {
            throw fail(error)
        }
    }
}
