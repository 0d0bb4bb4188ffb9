import CatalogStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// What every response gets: the `API-Version` header, CORS for the configured origins, 405 for methods a
/// read-only server does not have, and every error as a problem (JSON for the API and the catalog, an
/// HTML page for the web pages).
struct APIMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    let version: String
    let cors: CORSPolicy
    let htmlError: @Sendable (Problem, Request) -> Response

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if request.method == .options {
            response = cors.preflight(request)
        } else if request.method != .get && request.method != .head {
            response = render(Problem(.methodNotAllowed, detail: "this server is read-only: use GET or HEAD"), request)
            response.headers[.allow] = "GET, HEAD, OPTIONS"
        } else {
            do {
                response = try await next(request, context)
            } catch {
                response = render(Self.problem(for: error, logger: context.logger), request)
            }
        }
        response.headers[.apiVersion] = version
        // The API and the catalog negotiate on Accept, the pages on Accept-Language: caches must know.
        response.headers[.vary] = Routes.isMachinePath(request.uri.path) ? "Accept" : "Accept-Language"
        cors.decorate(&response, for: request)
        return response
    }

    /// The problem an error stands for; unexpected errors are logged and answered without their details.
    static func problem(for error: any Error, logger: Logger) -> Problem {
        switch error {
        case let p as Problem:
            return p
        case let e as UnknownFacetValue:
            return .badParameter(e.facet.rawValue, e.description)
        case let e as HTTPError:
            return Problem(e.status, detail: e.body ?? (e.status == .notFound ? "no such resource" : e.status.reasonPhrase))
        case let e as StoreError:
            logger.error("store: \(e)")
            return Problem(.serviceUnavailable, detail: "the catalog database cannot be read right now")
        default:
            logger.error("unexpected: \(error)")
            return Problem(.internalServerError, detail: "an unexpected error occurred; it has been logged")
        }
    }

    func render(_ problem: Problem, _ request: Request) -> Response {
        let path = request.uri.path
        if Routes.isMachinePath(path) || ((try? AcceptHeader(request.headers[.accept]).choose(["text/html", "application/problem+json"])) == "application/problem+json") {
            return Reply.bytes(problem.json(instance: request.uri.string), contentType: "application/problem+json",
                               status: problem.status)
        }
        return htmlError(problem, request)
    }
}

/// Which origins may read the API from a browser: none (the default), all (`*`), or a list.
public struct CORSPolicy: Sendable {
    public var origins: [String]

    public init(origins: [String]) { self.origins = origins }

    var allowsAll: Bool { origins.contains("*") }

    func allowed(_ origin: String?) -> String? {
        guard let origin, !origins.isEmpty else { return nil }
        if allowsAll { return "*" }
        return origins.contains(origin) ? origin : nil
    }

    func decorate(_ response: inout Response, for request: Request) {
        guard !origins.isEmpty else { return }
        if !allowsAll { response.headers[.vary] = response.headers[.vary].map { $0 + ", Origin" } ?? "Origin" }
        guard let allow = allowed(request.headers[.origin]) else { return }
        response.headers[.accessControlAllowOrigin] = allow
        response.headers[.accessControlExposeHeaders] = "API-Version, Link, Content-Type"
    }

    /// Answers OPTIONS: the methods there are and, for an allowed CORS preflight, what may be sent.
    func preflight(_ request: Request) -> Response {
        var headers: HTTPFields = [.allow: "GET, HEAD, OPTIONS"]
        if request.headers[.accessControlRequestMethod] != nil, allowed(request.headers[.origin]) != nil {
            headers[.accessControlAllowMethods] = "GET, HEAD, OPTIONS"
            headers[.accessControlAllowHeaders] = request.headers[.accessControlRequestHeaders] ?? "Accept, Accept-Language"
            headers[.accessControlMaxAge] = "3600"
        }
        return Response(status: .noContent, headers: headers)
    }
}

extension HTTPField.Name {
    /// NL API Design Rules: the full API version on every response.
    static let apiVersion = HTTPField.Name("API-Version")!
    /// RFC 8288 web links (pagination).
    static let link = HTTPField.Name("Link")!
}
