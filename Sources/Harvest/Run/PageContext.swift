import CatalogStore
import DCAT
import Foundation
import Quality
import RDF
import RDFIO

/// Everything one page needs: fetch with the remembered validators, parse, map, score what changed, store.
struct PageContext: Sendable {
    let runner: HarvestRunner
    let source: SourceConfig
    let run: Int64
    let scorer: Scorer

    var store: CatalogStore { runner.store }

    func request(_ url: URL, accept: String, memory: PageMemory?) -> FetchRequest {
        let validators = memory.map { Validators(etag: $0.etag, lastModified: $0.lastModified) }
        return FetchRequest(url: url, accept: accept, validators: validators?.isEmpty == false ? validators : nil,
                            limits: runner.config.limits(for: source), allowFile: source.allowFile)
    }

    /// Fetches and parses a page; mapping and storing it is `storeRDFPage`, so the walk can read the next
    /// page while this one is stored.
    func readRDFPage(_ url: String) async -> PageRead {
        guard let pageURL = URL(string: url) else {
            return .failed(PageFailure(url: url, parse: RDFSyntaxError(source: url, line: 0, column: 0, message: "not a URL")))
        }
        let memory = try? store.pageMemory(source: source.id, url: url)
        let fetched: FetchedPage
        do {
            switch try await runner.fetcher.fetch(request(pageURL, accept: FetchRequest.rdfAccept, memory: memory)) {
            case .notModified:
                if let memory { return .notModified(memory) }
                return .failed(PageFailure(url: url, fetch: FetchError(url: pageURL, reason: .unexpectedNotModified)))
            case .fetched(let page): fetched = page
            }
        } catch {
            return .failed(PageFailure(url: url, fetch: error))
        }
        defer { fetched.discard() }
        var graph = Graph()
        let final = fetched.finalURL.absoluteString
        do {
            let options = ReadOptions(base: final, blankNodePrefix: "p")
            try RDFReaders.read(try fetched.openSource(), explicit: source.format, mediaType: fetched.mediaType,
                                options: options, into: &graph)
        } catch {
            // A page that does not parse is fetched in full next time.
            try? store.forget(page: url, source: source.id)
            return .failed(PageFailure(url: url, parse: error))
        }
        let links = HydraPaging.links(in: graph, pageURL: final, requestedURL: url)
        return .parsed(ParsedPage(url: url, graph: graph, links: links, validators: fetched.validators))
    }

    /// Maps a parsed page, scores what changed, writes it in one transaction and remembers its validators.
    func storeRDFPage(_ page: ParsedPage) -> PageOutcome {
        do {
            let datasets = DCATMapper(sourceID: source.id).map(page.graph).datasets
            let counts = try storeDatasets(datasets, page: page.url)
            try store.remember(page: PageMemory(etag: page.validators.etag, lastModified: page.validators.lastModified,
                                                nextURL: page.links.next, datasets: datasets.count,
                                                totalItems: page.links.totalItems),
                               source: source.id, url: page.url)
            return .stored(page.links, datasets: datasets.count, counts: counts)
        } catch {
            return .failed(PageFailure(url: page.url, parse: error))
        }
    }

    func harvestCKANPage(_ url: URL) async -> Result<(CKANPage, PageCounts), PageFailure> {
        let fetched: FetchedPage
        do {
            // CKAN answers change with every edit anywhere in the portal; fetch in full.
            guard let page = try await runner.fetcher.fetch(request(url, accept: FetchRequest.jsonAccept, memory: nil)).page else {
                return .failure(PageFailure(url: url.absoluteString, fetch: FetchError(url: url, reason: .unexpectedNotModified)))
            }
            fetched = page
        } catch {
            return .failure(PageFailure(url: url.absoluteString, fetch: error))
        }
        defer { fetched.discard() }
        do {
            var graph = Graph()
            let translator = CKANPackageTranslator(site: CKANPackageTranslator.site(ofEndpoint: source.url),
                                                   datasetIRITemplate: source.datasetIRITemplate)
            let page = try translator.translate(file: fetched.file, source: url.absoluteString, into: &graph)
            let datasets = DCATMapper(sourceID: source.id).map(graph).datasets
            return .success((page, try storeDatasets(datasets, page: url.absoluteString)))
        } catch {
            return .failure(PageFailure(url: url.absoluteString, parse: error))
        }
    }

    /// Scores only what changed (an unchanged hash keeps its score) and writes the page in one transaction.
    func storeDatasets(_ datasets: [Dataset], page: String) throws -> PageCounts {
        let unchanged = try store.unchangedIRIs(source: source.id, datasets: datasets)
        // One pass splits the page; filtering copies every dataset (a retain of each field), and a first
        // harvest has nothing to leave out.
        var changed = datasets, seen: [String] = []
        if !unchanged.isEmpty {
            changed = []
            for d in datasets {
                if unchanged.contains(d.iri) { seen.append(d.iri) } else { changed.append(d) }
            }
        }
        // Scored on every core; the same results as one by one.
        let records = zip(changed, scorer.score(changed)).map { ScoredRecord(dataset: $0, quality: $1, pageURL: page) }
        return try store.writePage(source: source.id, run: run, records: records, seenIRIs: seen,
                                   seenPageURL: page, at: runner.now(), changedOnly: true)
    }
}
