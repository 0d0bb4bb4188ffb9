import ArgumentParser
import CatalogStore
import Foundation

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over the local catalog, with filters and facets.",
        discussion: """
            Words are matched in titles, descriptions, keywords, publisher names and theme labels, in every language the feed gave. Dutch word forms are found from any form (fietspad finds fietspaden, gemeentelijke finds gemeente), English ones too, and accents do not matter (coordinaten finds Coördinaten). A title hit ranks above a description hit.

            Query syntax: words (all must match), "a phrase", prefix* , -excluded, a OR b. Anything else you type is searched for literally; no input can break the query.

            Filters take a facet value (as listed under the hits) or its label, case-insensitively; repeat a filter to allow several values. Without words, every record matching the filters is listed by score.

            Examples:
              oogst search fietspaden
              oogst search "luchtkwaliteit" --theme ENVI --rating good --sort score
              oogst search --publisher "Gemeente Utrecht" --json
            """
    )

    @Argument(help: "Words to search for (none: list everything that passes the filters).")
    var words: [String] = []

    @Option(help: "Only this publisher (IRI or name; repeatable).") var publisher: [String] = []
    @Option(help: "Only this EU data theme (code such as TRAN, label or IRI; repeatable).") var theme: [String] = []
    @Option(help: "Only records with a distribution in this format (CSV, JSON, a media type…; repeatable).") var format: [String] = []
    @Option(help: "Only records with this licence (IRI or EU code; repeatable).") var license: [String] = []
    @Option(help: "Only this rating band: excellent, good, sufficient, bad (repeatable).") var rating: [String] = []
    @Option(help: "Only this configured source (repeatable).") var source: [String] = []
    @Option(help: "Only records scoring at least N of 405.") var minScore: Int?
    @Option(help: ArgumentHelp("Only records modified on or after this date (YYYY-MM-DD).", valueName: "DATE"))
    var modifiedSince: String?
    @Option(help: "Order: relevance, score or modified.") var sort: String = "relevance"
    @Option(help: "Hits per page.") var limit = 20
    @Option(help: "Hits to skip.") var offset = 0
    @Flag(help: "Print the contract JSON ({\"total\", \"hits\", \"facets\"}).") var json = false
    @OptionGroup var store: StoreOptions

    func validate() throws {
        guard SearchSort(rawValue: sort) != nil else { throw ValidationError("--sort takes relevance, score or modified") }
        guard (0...1000).contains(limit) else { throw ValidationError("--limit takes 0 to 1000") }
        guard offset >= 0 else { throw ValidationError("--offset cannot be negative") }
        for r in rating where !["excellent", "good", "sufficient", "bad"].contains(r.lowercased()) {
            throw ValidationError("--rating takes excellent, good, sufficient or bad, got '\(r)'")
        }
        if let minScore, !(0...405).contains(minScore) { throw ValidationError("--min-score takes 0 to 405") }
        if let modifiedSince, !Self.looksLikeDate(modifiedSince) {
            throw ValidationError("--modified-since takes a date such as 2024-01-31, got '\(modifiedSince)'")
        }
    }

    static func looksLikeDate(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard b.count >= 4, b.prefix(4).allSatisfy({ (48...57).contains($0) }) else { return false }
        return b.count == 4 || (b.count >= 7 && b[4] == UInt8(ascii: "-"))
    }

    func run() throws {
        try reportingFailures {
            let catalog = try store.openExisting()
            var request = SearchRequest(text: words.joined(separator: " "))
            request.filters = [.publisher: publisher, .theme: theme, .format: format, .license: license,
                               .rating: rating.map { $0.lowercased() }, .source: source]
            request.minScore = minScore
            request.modifiedSince = modifiedSince
            request.sort = SearchSort(rawValue: sort) ?? .relevance
            request.limit = limit
            request.offset = offset
            let result = try catalog.search(request)
            if json {
                try printJSON(result)
            } else {
                print(SearchTable.render(result, request: request), terminator: "")
            }
        }
    }
}

/// The terminal view of a search: numbered hits with score and band, then the facets.
enum SearchTable {
    static func render(_ result: SearchResult, request: SearchRequest) -> String {
        var out = ""
        var shown = ""
        if let first = result.hits.first, let last = result.hits.last { shown = " (\(first.rank)–\(last.rank))" }
        out += "\(result.total) dataset\(result.total == 1 ? "" : "s")\(shown)\n"
        for h in result.hits {
            let title = clip(h.title.isEmpty ? h.iri : h.title, 60)
            out += pad("\(h.rank).", 5) + pad("\(h.score)", 4) + " " + pad(h.rating, 11) + title + "\n"
            out += String(repeating: " ", count: 21) + clip("[\(h.id)] \(h.publisher.isEmpty ? "(no publisher)" : h.publisher)", 60) + "\n"
        }
        for facet in Facet.allCases {
            guard let counts = result.facets[facet.rawValue], !counts.isEmpty else { continue }
            let top = counts.prefix(6).map { "\(clip($0.label, 30)) (\($0.count))" }.joined(separator: ", ")
            out += "\(facet.rawValue): \(top)\n"
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func clip(_ s: String, _ width: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }
}

/// Prints one JSON document on stdout (the `--json` contract: exactly one document).
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
