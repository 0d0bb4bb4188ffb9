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
    /// Whether the source had live records when the run began. Without any, whatever the store holds was
    /// written by this run, and each page's transaction finds those records by their hash anyway: the
    /// store is asked neither what a page held last time nor about each dataset new to its page (all
    /// 1,000 of every page of a first harvest).
    let sourceHadRecords: Bool

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

    /// Maps a parsed page and scores what changed: everything of the page but its transaction (`commit`),
    /// so the walk can do this for one page while the page before it is written.
    func mapRDFPage(_ page: ParsedPage) -> Result<PageWrite, PageFailure> {
        do {
            let known = try knownHashes(page: page.url)
            let mapped = mapper(recognising: known).map(page.graph)
            let memory = PageMemory(etag: page.validators.etag, lastModified: page.validators.lastModified,
                                    nextURL: page.links.next, datasets: mapped.datasetCount, totalItems: page.links.totalItems)
            return .success(try scoreChanged(mapped, known: known, page: page.url, memory: memory))
        } catch {
            return .failure(PageFailure(url: page.url, parse: error))
        }
    }

    /// Fetches a CKAN page, translates it into a graph, maps it and scores what changed.
    func mapCKANPage(_ url: URL) async -> Result<(CKANPage, PageWrite), PageFailure> {
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
            let known = try knownHashes(page: url.absoluteString)
            let mapped = mapper(recognising: known).map(graph)
            return .success((page, try scoreChanged(mapped, known: known, page: url.absoluteString, memory: nil)))
        } catch {
            return .failure(PageFailure(url: url.absoluteString, parse: error))
        }
    }

    /// What the page held last time (IRI → stored hash); nothing to ask when the source had no records.
    private func knownHashes(page: String) throws -> [String: String] {
        sourceHadRecords ? try store.storedHashes(source: source.id, pageURL: page) : [:]
    }

    /// A mapper that recognises the datasets the page held last time (`known`: IRI → stored hash),
    /// unchanged, and builds no model for them: a page sent again as it was costs its parse and the hashes.
    private func mapper(recognising known: [String: String]) -> DCATMapper {
        guard !known.isEmpty else { return DCATMapper(sourceID: source.id) }
        return DCATMapper(sourceID: source.id, isUnchanged: { (iri: String, hash: String) -> Bool in known[iri] == hash })
    }

    /// Scores only what changed: what the mapper recognised, and what the store holds with the same hash
    /// (a dataset that moved here from another page), keep their score and are only marked seen.
    private func scoreChanged(_ mapped: consuming DCATMappingResult, known: [String: String], page: String,
                              memory: PageMemory?) throws -> PageWrite {
        let datasetCount = mapped.datasetCount
        var seen = mapped.unchanged
        // Taken out of the result, so that `prepare` gets the only reference and consumes the datasets
        // where they lie (a shared array would be copied whole first).
        var changed = mapped.datasets
        mapped.datasets = []
        // A dataset in `known` with another hash has changed; only one new to this page may have moved
        // here unchanged, so only those are looked up one by one.
        let stranger = { (iri: String) in known[iri] == nil }
        let unchanged = sourceHadRecords && changed.indices.contains(where: { stranger(changed[$0].iri) })
            ? try store.unchangedIRIs(source: source.id, datasets: changed, where: stranger) : []
        // One pass splits the page; filtering copies every dataset (a retain of each field), and a first
        // harvest has nothing to leave out.
        if !unchanged.isEmpty {
            let all = changed
            changed = []
            for i in all.indices {
                if unchanged.contains(all[i].iri) { seen.append(all[i].iri) } else { changed.append(all[i]) }
            }
        }
        // Scored and prepared for the store in one pass on every core; the same results as one by one.
        let scorer = self.scorer
        let prepared = CatalogStore.prepare(consume changed, source: source.id, pageURL: page) { scorer.score($0) }
        return PageWrite(url: page, prepared: prepared, seen: seen, datasets: datasetCount, memory: memory)
    }

    /// Writes a mapped page in one transaction, then remembers its validators (RDF pages).
    ///
    /// The page before it may have been written after this page was mapped, so a dataset both pages hold
    /// was scored again here; the transaction checks every record's hash once more and only marks it seen.
    func commit(_ write: PageWrite) -> Result<PageCounts, PageFailure> {
        do {
            let counts = try store.writePage(source: source.id, run: run, prepared: write.prepared, seenIRIs: write.seen,
                                             seenPageURL: write.url, at: runner.now())
            if let memory = write.memory { try store.remember(page: memory, source: source.id, url: write.url) }
            return .success(counts)
        } catch {
            return .failure(PageFailure(url: write.url, parse: error))
        }
    }
}
