import RDF

/// A loaded remote document (JSON-LD 1.1 API `RemoteDocument`).
public struct RemoteDocument: Sendable {
    /// The final URL of the document (after redirects); relative contexts inside it resolve against it.
    public var documentUrl: String
    public var contentType: String?
    /// A context linked from an HTTP `Link` header, if any.
    public var contextUrl: String?
    public var document: JSONValue

    public init(documentUrl: String, contentType: String? = "application/ld+json", contextUrl: String? = nil, document: JSONValue) {
        self.documentUrl = documentUrl
        self.contentType = contentType
        self.contextUrl = contextUrl
        self.document = document
    }
}

/// Fetches remote contexts (and documents). Errors it throws become "loading remote context failed"
/// (or "loading document failed") with the loader's message kept.
public protocol DocumentLoader {
    func load(_ url: String) throws -> RemoteDocument
}

/// The default: no network. Every URL is refused with a message that says how to allow it.
public struct NoNetworkLoader: DocumentLoader {
    public init() {}
    public func load(_ url: String) throws -> RemoteDocument {
        throw JSONLDError(
            "loading remote context failed",
            "remote context \(url) not loaded: network access is off; map it to a local folder with --load \(url)=DIR"
        )
    }
}

/// Serves URLs under given prefixes from local folders: `("https://example.org/ctx/", "/path/ctx")` makes
/// `https://example.org/ctx/a.jsonld` come from `/path/ctx/a.jsonld`. A prefix that names one file
/// (the URL equals the prefix) maps to the path itself when that path is a file. Every other URL fails.
public struct PrefixMappingLoader: DocumentLoader {
    public let mappings: [(prefix: String, directory: String)]
    public let limits: JSONLimits

    public init(_ mappings: [(String, String)], limits: JSONLimits = JSONLimits()) {
        // Longest prefix first, so a specific mapping wins over a general one.
        self.mappings = mappings.map { (prefix: $0.0, directory: $0.1) }.sorted { $0.prefix.count > $1.prefix.count }
        self.limits = limits
    }

    /// Parses one `--load PREFIX=DIR` argument. The split is at the last '=', since a URL prefix may
    /// hold a query while a folder name rarely holds an '='.
    public static func mapping(fromArgument argument: String) throws -> (String, String) {
        guard let eq = argument.lastIndex(of: "="), eq != argument.startIndex,
            argument.index(after: eq) != argument.endIndex
        else {
            throw JSONLDError("invalid loader mapping", "expected PREFIX=DIR, got '\(argument)'")
        }
        return (String(argument[..<eq]), String(argument[argument.index(after: eq)...]))
    }

    public func load(_ url: String) throws -> RemoteDocument {
        for m in mappings where url.hasPrefix(m.prefix) {
            var rest = String(url.dropFirst(m.prefix.count))
            if let cut = rest.firstIndex(where: { $0 == "#" || $0 == "?" }) { rest = String(rest[..<cut]) }
            let path: String
            if rest.isEmpty {
                path = m.directory
            } else {
                guard !rest.split(separator: "/").contains("..") else {
                    throw JSONLDError("loading remote context failed", "\(url): '..' is not allowed in a mapped URL")
                }
                path = m.directory.hasSuffix("/") ? m.directory + rest : m.directory + "/" + rest
            }
            do {
                let doc = try JSONParser.parse(FileByteSource(path: path), limits: limits)
                return RemoteDocument(documentUrl: url, document: doc)
            } catch let e as RDFSyntaxError {
                throw JSONLDError("loading remote context failed", "\(url) (from \(path)): \(e)")
            } catch {
                throw JSONLDError("loading remote context failed", "\(url) (mapped to \(path)): \(error)")
            }
        }
        return try NoNetworkLoader().load(url)
    }
}

/// Remembers what a loader returned during one processor run, so a context used by every node of a
/// streamed document is fetched and parsed once.
final class CachingLoader {
    let base: DocumentLoader
    private var cache: [String: RemoteDocument] = [:]

    init(_ base: DocumentLoader) { self.base = base }

    func load(_ url: String) throws -> RemoteDocument {
        if let d = cache[url] { return d }
        let d = try base.load(url)
        cache[url] = d
        return d
    }
}
