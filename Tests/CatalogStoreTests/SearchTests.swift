import CatalogStore
import Foundation
import Testing

@Suite struct SearchTests {
    static let cc0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl"
    static let ccby = "http://creativecommons.org/licenses/by/4.0/deed.nl"
    static let feed =
        Feed.dataset("fiets", title: "Fietspaden in Utrecht", description: "Alle paden.", keywords: ["verkeer"],
                     theme: "TRAN", format: "CSV", license: cc0, modified: "2024-05-01")
        + Feed.dataset("straat", title: "Straatnamen", description: "Namen van straten en fietspaden.",
                       publisher: "https://example.org/org/ede", publisherName: "Gemeente Ede",
                       theme: "REGI", format: "JSON", license: ccby, modified: "2022-01-10")
        + Feed.dataset("gem", title: "Gemeentelijke begroting", description: "De begroting.", keywords: ["geld"],
                       theme: "GOVE", format: "CSV", license: cc0)
        + Feed.dataset("coord", title: "Coördinaten van meetpunten", description: "Meetpunten in Súdwest-Fryslân.",
                       publisher: "https://example.org/org/ede", publisherName: "Gemeente Ede")

    static func store() throws -> TemporaryStore { try TemporaryStore.with(feed).0 }

    func iris(_ r: SearchResult) -> [String] { r.hits.map { String($0.iri.split(separator: "/").last ?? "") } }

    @Test func titleHitOutranksDescriptionHit() throws {
        let t = try Self.store()
        let r = try t.store.search(SearchRequest(text: "fietspaden"))
        #expect(iris(r) == ["fiets", "straat"])
        #expect((r.hits[0].relevance ?? 0) > (r.hits[1].relevance ?? 0))
        #expect(r.hits.map(\.rank) == [1, 2])
    }

    @Test(arguments: [("fietspad", "fiets"), ("straat", "straat"), ("gemeente", "gem"), ("coordinaten", "coord"),
                      ("sudwest", "coord"), ("fryslan", "coord")])
    func dutchFormsAndFoldedDiacriticsAreFound(query: String, expected: String) throws {
        let r = try Self.store().store.search(SearchRequest(text: query))
        #expect(iris(r).contains(expected), "\(query) should find \(expected), found \(iris(r))")
    }

    @Test func facetCountsOverTheHits() throws {
        let r = try Self.store().store.search(SearchRequest())
        #expect(r.total == 4)
        let publishers = Dictionary(uniqueKeysWithValues: (r.facets["publisher"] ?? []).map { ($0.label, $0.count) })
        #expect(publishers == ["Gemeente Utrecht": 2, "Gemeente Ede": 2])
        let formats = Dictionary(uniqueKeysWithValues: (r.facets["format"] ?? []).map { ($0.value, $0.count) })
        #expect(formats == ["CSV": 2, "JSON": 1])
        #expect((r.facets["theme"] ?? []).map(\.count).reduce(0, +) == 3)
        #expect((r.facets["rating"] ?? []).map(\.count).reduce(0, +) == 4)
        #expect(r.facets["source"] == [FacetCount(value: "s", label: "s", count: 4)])
        let narrowed = try Self.store().store.search(SearchRequest(text: "fietspaden"))
        #expect((narrowed.facets["publisher"] ?? []).map(\.count) == [1, 1])
    }

    /// A record with more facet values than one insert statement takes (they go in groups of eight):
    /// every value is counted and filters on the last group too.
    @Test func recordWithManyFacetValuesKeepsThemAll() throws {
        let formats = ["CSV", "JSON", "XML", "PDF", "ZIP", "XLSX", "ODS", "GEOJSON", "HTML", "TXT", "KML"]
        let eu = "http://publications.europa.eu/resource/authority/"
        var turtle = "<https://example.org/ds/many> a dcat:Dataset ; dct:title \"Veel vormen\"@nl ;\n"
        turtle += "  dcat:theme <\(eu)data-theme/TRAN> ; dct:publisher <https://example.org/org/ede> ;\n"
        turtle += formats.map { "  dcat:distribution [ dcat:accessURL <https://example.org/f/\($0)> ; dct:format <\(eu)file-type/\($0)> ; dct:license <\(Self.cc0)> ]" }
            .joined(separator: " ;\n") + " .\n"
        turtle += "<https://example.org/org/ede> a foaf:Agent ; foaf:name \"Gemeente Ede\" .\n"
        let (t, _) = try TemporaryStore.with(turtle)
        let r = try t.store.search(SearchRequest())
        let counted = Dictionary(uniqueKeysWithValues: (r.facets["format"] ?? []).map { ($0.value, $0.count) })
        #expect(counted == Dictionary(uniqueKeysWithValues: formats.map { ($0, 1) }))
        #expect(r.facets.values.map { $0.count }.reduce(0, +) == formats.count + 5)
        for f in ["CSV", "KML"] {
            var request = SearchRequest()
            request.filters[.format] = [f]
            #expect(iris(try t.store.search(request)) == ["many"])
        }
    }

    @Test func everyFilter() throws {
        let t = try Self.store()
        func find(_ configure: (inout SearchRequest) -> Void) throws -> [String] {
            var r = SearchRequest()
            configure(&r)
            return iris(try t.store.search(r)).sorted()
        }
        #expect(try find { $0.filters[.publisher] = ["gemeente ede"] } == ["coord", "straat"])
        #expect(try find { $0.filters[.publisher] = ["https://example.org/org/utrecht"] } == ["fiets", "gem"])
        #expect(try find { $0.filters[.theme] = ["TRAN", "http://publications.europa.eu/resource/authority/data-theme/GOVE"] } == ["fiets", "gem"])
        #expect(try find { $0.filters[.format] = ["json"] } == ["straat"])
        #expect(try find { $0.filters[.license] = [Self.ccby] } == ["straat"])
        #expect(try find { $0.filters[.license] = ["CC0"] } == ["fiets", "gem"])
        #expect(try find { $0.filters[.source] = ["s"] }.count == 4)
        #expect(try find { $0.modifiedSince = "2023-01-01" } == ["fiets"])
        let scores = try t.store.search(SearchRequest()).hits.map(\.score)
        let cut = scores.sorted()[2]
        #expect(try find { $0.minScore = cut }.count == scores.filter { $0 >= cut }.count)
        let rating = try #require(try t.store.search(SearchRequest()).hits.first?.rating)
        #expect(try find { $0.filters[.rating] = [rating] }.count
                == (try t.store.search(SearchRequest()).hits.filter { $0.rating == rating }.count))
        // Filters combine with text and with each other.
        #expect(try find { $0.text = "fietspaden"; $0.filters[.publisher] = ["Gemeente Ede"] } == ["straat"])
        #expect(try find { $0.filters[.format] = ["CSV"]; $0.filters[.theme] = ["GOVE"] } == ["gem"])
    }

    /// The total comes from the rating facet when facets are counted, from a count otherwise: the same.
    @Test func totalIsTheSameWithAndWithoutFacets() throws {
        let t = try Self.store()
        for text in ["", "fietspaden", "gemeente", "nergens"] {
            var r = SearchRequest(text: text)
            let with = try t.store.search(r).total
            r.facets = false
            #expect(try t.store.search(r).total == with, "\(text)")
        }
    }

    @Test func unknownFacetValueIsAUsageErrorNamingKnownValues() throws {
        let t = try Self.store()
        var r = SearchRequest()
        r.filters[.publisher] = ["Gemeente Nergens"]
        #expect {
            _ = try t.store.search(r)
        } throws: { error in
            guard let e = error as? UnknownFacetValue else { return false }
            return e.facet == .publisher && e.known.contains("https://example.org/org/ede")
        }
    }

    @Test func sortAndPaging() throws {
        let t = try Self.store()
        var r = SearchRequest()
        r.sort = .score
        let all = try t.store.search(r).hits.map(\.score)
        #expect(all == all.sorted(by: >))
        r.sort = .modified
        #expect(iris(try t.store.search(r)).prefix(2) == ["fiets", "straat"])
        r.limit = 1
        r.offset = 1
        let page = try t.store.search(r)
        #expect(page.total == 4)
        #expect(iris(page) == ["straat"])
        #expect(page.hits.first?.rank == 2)
    }

    @Test(arguments: ["\"", "\"unbalanced", "AND", "OR OR", "NOT fiets", "fiets AND", "*", "-", "--", "-fiets",
                      "(", "fiets)", "title:fiets", "NEAR(a b)", "^fiets", "a\u{0}b", "💥", "'; DROP TABLE record; --"])
    func hostileQueriesNeverBreakTheSearch(query: String) throws {
        let t = try Self.store()
        let r = try t.store.search(SearchRequest(text: query))
        #expect(r.total >= 0)
        #expect(try t.store.recordCount() == 4)
    }

    @Test func longHostileQueriesNeverBreakTheSearch() throws {
        let t = try Self.store()
        for query in [String(repeating: "fietspaden ", count: 2000), String(repeating: "(", count: 5000),
                      String(repeating: "\"a ", count: 1000), String(repeating: "x", count: 100_000)] {
            #expect(try t.store.search(SearchRequest(text: query)).total >= 0)
        }
    }

    @Test func withdrawnRecordsAreNotFound() throws {
        let (t, _) = try TemporaryStore.with(Self.feed)
        let run = try t.store.startRun(source: "s")
        try t.store.writePage(source: "s", run: run, records: try Feed.records(Feed.dataset("gem", title: "Gemeentelijke begroting", description: "De begroting.", keywords: ["geld"], theme: "GOVE", format: "CSV", license: Self.cc0)))
        #expect(try t.store.withdrawUnseen(source: "s", run: run) == 3)
        let r = try t.store.search(SearchRequest())
        #expect(iris(r) == ["gem"])
        #expect((r.facets["publisher"] ?? []).map(\.count) == [1])
    }
}
