import CatalogStore
import Foundation
import JSONLD
import RDF

/// What happened to one page.
enum PageOutcome {
    /// Parsed and stored: its paging links and how many datasets it held.
    case stored(HydraLinks, datasets: Int, counts: PageCounts)
    /// 304: its records were marked seen; paging continues from what the page said last time.
    case notModified(PageMemory)
    case failed(PageFailure)
}

/// A page fetched and parsed, waiting to be mapped and stored.
struct ParsedPage: Sendable {
    let url: String
    let graph: Graph
    let links: HydraLinks
    let validators: Validators
}

/// What reading one page gave.
enum PageRead: Sendable {
    case parsed(ParsedPage)
    /// 304: nothing to parse; the page's records are still in the store.
    case notModified(PageMemory)
    case failed(PageFailure)
}

/// A page that could not be fetched or read, with the place when known.
struct PageFailure: Error, Sendable {
    var error: PageError
    /// True when no answer came at all (the contract's exit status 69), false for bad content (65).
    var unreachable: Bool

    init(url: String, fetch: FetchError) {
        error = PageError(url: url, message: fetch.description)
        unreachable = fetch.isUnreachable
    }

    init(url: String, parse: any Error) {
        switch parse {
        case let e as RDFSyntaxError:
            error = PageError(url: url, line: e.line > 0 ? e.line : nil, column: e.column > 0 ? e.column : nil, message: e.message)
        case let e as JSONLDError:
            error = PageError(url: url, message: "\(e.code)\(e.message.isEmpty ? "" : ": \(e.message)")")
        default:
            error = PageError(url: url, message: "\(parse)")
        }
        unreachable = false
    }
}
