/// How `oogst serve` listens and what it allows.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 picks a free port (tests); the bound port is reported through `onRunning`.
    public var port: Int
    /// Origins allowed to read the API from a browser (`*` for any); empty: no CORS headers.
    public var corsOrigins: [String]
    /// The URL clients reach the server at (`https://data.example.nl`), when it differs from the Host they
    /// send (behind a proxy). Links and the catalog's IRIs are built on it.
    public var publicURL: String?
    /// Datasets per `/catalog` page.
    public var catalogPageSize: Int
    /// Where the Mustache templates are, when not beside the executable (`OOGST_TEMPLATES` also works).
    public var templatesDirectory: String?

    /// The full version of the API (the `API-Version` header); its major number is the `/api/v1` path.
    public static let apiVersion = "1.0.0"

    public init(host: String = "127.0.0.1", port: Int = 8080, corsOrigins: [String] = [], publicURL: String? = nil,
                catalogPageSize: Int = 100, templatesDirectory: String? = nil) {
        self.host = host
        self.port = port
        self.corsOrigins = corsOrigins
        self.publicURL = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.catalogPageSize = catalogPageSize
        self.templatesDirectory = templatesDirectory
    }
}
