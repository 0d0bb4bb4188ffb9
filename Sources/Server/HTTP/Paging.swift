import Hummingbird

/// `page` (from 1) and `pageSize` of a collection request, with the links to first/prev/next/last.
struct Paging: Sendable {
    var page: Int
    var pageSize: Int

    var offset: Int { (page - 1) * pageSize }

    init(page: Int = 1, pageSize: Int) { self.page = page; self.pageSize = pageSize }

    /// Reads and checks the parameters; a bad value is a 400 naming the parameter.
    init(_ query: QueryString, defaultSize: Int = 20, maxSize: Int = 100) throws {
        page = 1
        pageSize = defaultSize
        if let p = query["page"] {
            guard let n = Int(p), n >= 1, n <= 1_000_000 else {
                throw Problem.badParameter("page", "must be a whole number from 1 to 1000000, got '\(p)'")
            }
            page = n
        }
        if let s = query["pageSize"] {
            guard let n = Int(s), n >= 1, n <= maxSize else {
                throw Problem.badParameter("pageSize", "must be a whole number from 1 to \(maxSize), got '\(s)'")
            }
            pageSize = n
        }
    }

    func lastPage(total: Int) -> Int { max(1, (total + pageSize - 1) / pageSize) }

    /// HAL-style links (`{"href": …}`) for the page, keeping every other query parameter as given.
    func links(base: String, path: String, query: QueryString, total: Int) -> [String: Link] {
        let kept = query.pairs.filter { $0.name != "page" && $0.name != "pageSize" && !$0.value.isEmpty }
        func href(_ page: Int) -> Link {
            Link(href: base + path + "?" + QueryString.build(kept.map { ($0.name, $0.value) } + [("page", "\(page)"), ("pageSize", "\(pageSize)")]))
        }
        let last = lastPage(total: total)
        var out: [String: Link] = ["self": href(page), "first": href(1), "last": href(last)]
        if page > 1 { out["prev"] = href(min(page - 1, last)) }
        if page < last { out["next"] = href(page + 1) }
        return out
    }

    /// The same links as an RFC 8288 `Link` header.
    static func linkHeader(_ links: [String: Link]) -> String {
        ["first", "prev", "next", "last"].compactMap { rel in links[rel].map { "<\($0.href)>; rel=\"\(rel)\"" } }
            .joined(separator: ", ")
    }
}

struct Link: Codable, Sendable, Equatable {
    var href: String
}

/// The absolute base (`http://host:port`) links are built on: the configured public URL, else the Host
/// the client used (checked to be a plain host[:port]), else the address the server listens on.
struct BaseURL {
    static func of(_ request: Request, settings: ServerSettings) -> String {
        if let configured = settings.publicURL { return configured }
        if let host = request.head.authority, !host.isEmpty, host.utf8.count < 256,
           host.utf8.allSatisfy({ c in (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) || ".-:[]".utf8.contains(c) }) {
            return "http://" + host
        }
        let h = settings.host.contains(":") ? "[\(settings.host)]" : settings.host
        return "http://\(h):\(settings.port)"
    }
}
