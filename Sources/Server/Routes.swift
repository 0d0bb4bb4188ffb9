import CatalogStore
import Hummingbird
import Mustache

/// Every path the server answers.
enum Routes {
    static let api = "/api/v1"

    /// Paths whose errors are `application/problem+json` (the rest are web pages and get HTML).
    static func isMachinePath(_ path: String) -> Bool {
        path == api || path.hasPrefix(api + "/") || path.hasPrefix("/catalog") || path == "/health"
    }

    static func router(store: CatalogStore, settings: ServerSettings, library: MustacheLibrary) -> Router<BasicRequestContext> {
        let router = Router(options: [.autoGenerateHeadEndpoints])
        let searches = SearchCache(store: store)
        searches.warmUp()
        let web = WebPages(store: store, searches: searches, settings: settings, library: library)
        router.add(middleware: APIMiddleware(version: ServerSettings.apiVersion, cors: CORSPolicy(origins: settings.corsOrigins),
                                             htmlError: { problem, request in web.errorPage(problem, request) }))
        let counts = RecordCountCache(store: store)
        let apiHandlers = APIHandlers(store: store, settings: settings, counts: counts, searches: searches,
                                      replies: ReplyCache(store: store))
        let catalog = CatalogHandlers(store: store, settings: settings, counts: counts)

        router.get("/health") { request, _ in try await apiHandlers.health(request) }
        router.get(RouterPath(api)) { request, _ in try await apiHandlers.index(request) }
        router.get(RouterPath(api + "/openapi.json")) { request, _ in try await apiHandlers.openAPI(request) }
        router.get(RouterPath(api + "/datasets")) { request, _ in try await apiHandlers.datasets(request) }
        router.get(RouterPath(api + "/datasets/{id}")) { request, context in
            try await apiHandlers.dataset(request, id: try context.parameters.require("id"))
        }
        router.get(RouterPath(api + "/publishers")) { request, _ in try await apiHandlers.publishers(request) }
        router.get(RouterPath(api + "/publishers/{id}")) { request, context in
            try await apiHandlers.publisher(request, id: try context.parameters.require("id"))
        }
        router.get(RouterPath(api + "/publishers/{id}/scores")) { request, context in
            try await apiHandlers.publisherScores(request, id: try context.parameters.require("id"))
        }
        router.get(RouterPath(api + "/scores")) { request, _ in try await apiHandlers.scores(request) }
        router.get(RouterPath(api + "/sources")) { request, _ in try await apiHandlers.sources(request) }
        router.get(RouterPath(api + "/runs")) { request, _ in try await apiHandlers.runs(request) }

        router.get("/catalog") { request, _ in try await catalog.page(request, fileExtension: nil) }
        for format in RDFOutput.allCases {
            router.get(RouterPath("/catalog.\(format.fileExtension)")) { request, _ in
                try await catalog.page(request, fileExtension: format.fileExtension)
            }
        }

        router.get("/") { request, _ in try await web.search(request) }
        router.get("/datasets/{id}") { request, context in try await web.dataset(request, id: try context.parameters.require("id")) }
        router.get("/publishers") { request, _ in try await web.publishers(request) }
        router.get("/publishers/{id}") { request, context in try await web.publisher(request, id: try context.parameters.require("id")) }
        return router
    }
}
