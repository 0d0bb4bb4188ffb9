import CatalogStore
import Foundation
import JSONLD
import RDF

/// A page mapped, scored and prepared for the store, waiting for its transaction.
struct PageWrite: Sendable {
    let url: String
    /// Changed and new datasets, scored and prepared for the store (encoded, analysed, packed).
    let prepared: PreparedPage
    /// Datasets the store holds with the same hash: only marked seen.
    let seen: [String]
    /// Datasets on the page in all.
    let datasets: Int
    /// What a 304 of the page will need (RDF pages; CKAN answers are always fetched in full).
    let memory: PageMemory?
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
